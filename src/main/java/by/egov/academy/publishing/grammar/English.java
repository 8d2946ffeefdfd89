package by.egov.academy.publishing.grammar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/** British English, as the ministry's English pages use it: "8 September 2017". */
public final class English implements Grammar {

    static final English INSTANCE = new English();

    private static final String[] UNITS = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth"};
    private static final String[] TEENS = {"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    private static final String[] TENS_ORDINAL = {"", "", "twentieth", "thirtieth", "fortieth", "fiftieth",
            "sixtieth", "seventieth", "eightieth", "ninetieth"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety"};

    private English() {
    }

    @Override
    public String ordinal(int n) {
        return Slavic.compoundOrdinal(n, UNITS, TEENS, TENS_ORDINAL, TENS, "hundredth").replace(' ', '-');
    }

    @Override
    public String date(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + date.getYear();
    }

    @Override
    public String inMonth(YearMonth month) {
        return "in " + month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
    }

    @Override
    public String count(int n, Noun noun) {
        return n + " " + (Math.abs(n) == 1 ? noun.one() : noun.many());
    }

    @Override
    public String countGenitive(int n, Noun noun) {
        return count(n, noun);
    }

    @Override
    public String adjective(String word, GrammaticalCase grammaticalCase) {
        return word;
    }

    /** English needs no case: the phrase, lower-cased as it stands inside a sentence («the cycle of …»). */
    @Override
    public java.util.Optional<String> headGenitive(String phrase) {
        return phrase == null || phrase.isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(Bodies.lowerFirst(phrase.strip()));
    }
}

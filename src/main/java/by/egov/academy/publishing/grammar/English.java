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

    /** Common nouns that make an organisation's name take "the" (the Grodno Regional Executive Committee). */
    private static final java.util.Set<String> INSTITUTIONAL = java.util.Set.of("ministry", "committee", "administration",
            "department", "institution", "institute", "enterprise", "office", "agency", "council", "university", "centre",
            "center", "park", "government", "service");

    /**
     * An organisation's name as it stands in running text: "the" before a name built on an institutional noun
     * (the Ministry of …, the State Enterprise “…”), none before a brand or company name (Microsoft Belarus,
     * Belarusian Cloud Technologies LLC). Words inside “…” are the quoted name and do not count.
     */
    public static String definite(String name) {
        String n = name.strip();
        if (n.startsWith("the ") || n.startsWith("The ")) {
            return "t" + n.substring(1);
        }
        String outside = n.replaceAll("“[^”]*”|\"[^\"]*\"", " ");
        for (String word : outside.split("[\\s,()]+")) {
            if (INSTITUTIONAL.contains(word.toLowerCase(Locale.ROOT))) {
                return "the " + n;
            }
        }
        return n;
    }

    /** English needs no case: the phrase, lower-cased as it stands inside a sentence («the cycle of …»). */
    @Override
    public java.util.Optional<String> headGenitive(String phrase) {
        return phrase == null || phrase.isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(Bodies.lowerFirst(phrase.strip()));
    }
}

package by.egov.academy.publishing.grammar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/** What the news and announcement writers need from a language. */
public interface Grammar {

    /** The ordinal as an attribute of a masculine noun in the nominative: «первый», «другі», "first". */
    String ordinal(int n);

    /** A date as the ministry's news writes it: «8 сентября 2017 г.», «8 верасня 2017 г.», "8 September 2017". */
    String date(LocalDate date);

    /** "In that month": «в октябре 2017 г.», «у кастрычніку 2017 г.», "in October 2017". */
    String inMonth(YearMonth month);

    /** A number with its noun in the nominative: «16 районов», «21 район», «2 района». */
    String count(int n, Noun noun);

    /** A number with its noun in the genitive, as after «представители»: «16 районов», «21 района». */
    String countGenitive(int n, Noun noun);

    /** A masculine singular adjective («Гродненский») in the given case («Гродненским»). */
    String adjective(String masculineNominative, GrammaticalCase grammaticalCase);

    /**
     * The genitive of a noun phrase whose first word is its head, as after «на территории» or «семинар»:
     * «Отдел регионального развития …» → «отдела регионального развития …», «Цикл семинаров» → «цикла
     * семинаров». Empty when the head's genitive cannot be told from its spelling (a noun in «-ь»).
     */
    default java.util.Optional<String> headGenitive(String nominativePhrase) {
        return java.util.Optional.of(nominativePhrase);
    }

    /** A phrase placed after a word: Belarusian writes «у» as «ў» after a vowel («вобласці ў кастрычніку»). */
    default String after(String previousWord, String phrase) {
        return phrase;
    }

    static Grammar of(Locale locale) {
        return switch (locale.getLanguage()) {
            case "be" -> Belarusian.INSTANCE;
            case "en" -> English.INSTANCE;
            default -> Russian.INSTANCE;
        };
    }
}

package by.egov.academy.publishing.grammar;

import java.time.LocalDate;
import java.time.YearMonth;

/** Belarusian (the official orthography of 2008). */
public final class Belarusian implements Grammar {

    static final Belarusian INSTANCE = new Belarusian();

    private static final String[] UNITS = {"", "першы", "другі", "трэці", "чацвёрты", "пяты", "шосты", "сёмы",
            "восьмы", "дзявяты"};
    private static final String[] TEENS = {"дзясяты", "адзінаццаты", "дванаццаты", "трынаццаты", "чатырнаццаты",
            "пятнаццаты", "шаснаццаты", "сямнаццаты", "васямнаццаты", "дзевятнаццаты"};
    private static final String[] TENS_ORDINAL = {"", "", "дваццаты", "трыццаты", "саракавы", "пяцідзясяты",
            "шасцідзясяты", "сямідзясяты", "васьмідзясяты", "дзевяносты"};
    private static final String[] TENS = {"", "", "дваццаць", "трыццаць", "сорак", "пяцьдзясят", "шэсцьдзясят",
            "семдзесят", "восемдзесят", "дзевяноста"};
    private static final String[] MONTHS_GENITIVE = {"студзеня", "лютага", "сакавіка", "красавіка", "мая",
            "чэрвеня", "ліпеня", "жніўня", "верасня", "кастрычніка", "лістапада", "снежня"};
    private static final String[] MONTHS_PREPOSITIONAL = {"студзені", "лютым", "сакавіку", "красавіку", "маі",
            "чэрвені", "ліпені", "жніўні", "верасні", "кастрычніку", "лістападзе", "снежні"};

    /**
     * Belarusian writes what it hears: an unstressed «о» is «а» (Гродзенскага), a stressed ending keeps «о»
     * (абласнога). Stress is not in the spelling, so the adjectives with a stressed ending that names of
     * bodies use are listed.
     */
    private static final java.util.Set<String> STRESSED_ENDING = java.util.Set.of("абласны", "гарадскі", "пасялковы");

    private Belarusian() {
    }

    @Override
    public String ordinal(int n) {
        return Slavic.compoundOrdinal(n, UNITS, TEENS, TENS_ORDINAL, TENS, "соты");
    }

    @Override
    public String date(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS_GENITIVE[date.getMonthValue() - 1] + " " + date.getYear() + " г.";
    }

    @Override
    public String inMonth(YearMonth month) {
        return "у " + MONTHS_PREPOSITIONAL[month.getMonthValue() - 1] + " " + month.getYear() + " г.";
    }

    @Override
    public String count(int n, Noun noun) {
        return n + " " + Slavic.form(n, noun);
    }

    @Override
    public String countGenitive(int n, Noun noun) {
        return n + " " + Slavic.genitiveForm(n, noun);
    }

    /** Masculine singular adjectives in «-ы» (абласны) and «-і» (Гродзенскі: after к, г, х; сіні: soft). */
    @Override
    public String adjective(String word, GrammaticalCase c) {
        if (c == GrammaticalCase.NOMINATIVE || c == GrammaticalCase.ACCUSATIVE || word.length() < 3) {
            return word;
        }
        char ending = word.charAt(word.length() - 1);
        String stem = word.substring(0, word.length() - 1);
        char last = stem.charAt(stem.length() - 1);
        if (ending != 'ы' && ending != 'і') {
            return word;
        }
        boolean velar = "кгх".indexOf(last) >= 0;
        boolean soft = ending == 'і' && !velar;
        boolean stressed = STRESSED_ENDING.contains(word.toLowerCase(java.util.Locale.ROOT));
        return switch (c) {
            case GENITIVE -> stem + (soft ? "яга" : stressed ? "ога" : "ага");
            case DATIVE -> stem + (soft ? "яму" : stressed ? "ому" : "аму");
            case INSTRUMENTAL, PREPOSITIONAL -> stem + (ending == 'і' ? "ім" : "ым");
            default -> word;
        };
    }

    @Override
    public java.util.Optional<String> headGenitive(String phrase) {
        return Slavic.headGenitive(phrase, Belarusian::genitiveOfNoun);
    }

    static String genitiveOfNoun(String w) {
        String stem = w.substring(0, w.length() - 1);
        if (w.endsWith("ія") || w.endsWith("ыя")) {
            return stem + "і";
        }
        if (w.endsWith("нне") || w.endsWith("ццё")) {
            return stem + "я";
        }
        if (w.endsWith("а")) {
            char before = stem.isEmpty() ? ' ' : stem.charAt(stem.length() - 1);
            return stem + ("кгх".indexOf(before) >= 0 ? "і" : "ы");
        }
        if (w.endsWith("я")) {
            return stem + "і";
        }
        if (w.endsWith("й")) {
            return stem + "я";
        }
        char last = w.charAt(w.length() - 1);
        if ("бвгдзклмнпрстфхжшчц".indexOf(last) >= 0) {
            return w + "а";
        }
        return null;
    }

    private static final String VOWELS = "аеёіоуыэюяАЕЁІОУЫЭЮЯ";

    @Override
    public String after(String previousWord, String phrase) {
        if (previousWord == null || previousWord.isEmpty() || phrase == null) {
            return phrase;
        }
        String word = previousWord.replaceAll("[»”\"')]+$", "");
        boolean vowel = !word.isEmpty() && VOWELS.indexOf(word.charAt(word.length() - 1)) >= 0;
        if (vowel && phrase.startsWith("у ")) {
            return "ў " + phrase.substring(2);
        }
        if (!vowel && phrase.startsWith("ў ")) {
            return "у " + phrase.substring(2);
        }
        return phrase;
    }
}

package by.egov.academy.publishing.grammar;

import java.time.LocalDate;
import java.time.YearMonth;

/** Russian as the ministry's press service writes it. */
public final class Russian implements Grammar {

    static final Russian INSTANCE = new Russian();

    private static final String[] UNITS = {"", "первый", "второй", "третий", "четвёртый", "пятый", "шестой",
            "седьмой", "восьмой", "девятый"};
    private static final String[] TEENS = {"десятый", "одиннадцатый", "двенадцатый", "тринадцатый",
            "четырнадцатый", "пятнадцатый", "шестнадцатый", "семнадцатый", "восемнадцатый", "девятнадцатый"};
    private static final String[] TENS_ORDINAL = {"", "", "двадцатый", "тридцатый", "сороковой", "пятидесятый",
            "шестидесятый", "семидесятый", "восьмидесятый", "девяностый"};
    private static final String[] TENS = {"", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят",
            "семьдесят", "восемьдесят", "девяносто"};
    private static final String[] MONTHS_GENITIVE = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря"};
    private static final String[] MONTHS_PREPOSITIONAL = {"январе", "феврале", "марте", "апреле", "мае", "июне",
            "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"};

    private Russian() {
    }

    @Override
    public String ordinal(int n) {
        return Slavic.compoundOrdinal(n, UNITS, TEENS, TENS_ORDINAL, TENS, "сотый");
    }

    @Override
    public String date(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS_GENITIVE[date.getMonthValue() - 1] + " " + date.getYear() + " г.";
    }

    @Override
    public String inMonth(YearMonth month) {
        return "в " + MONTHS_PREPOSITIONAL[month.getMonthValue() - 1] + " " + month.getYear() + " г.";
    }

    @Override
    public String count(int n, Noun noun) {
        return n + " " + Slavic.form(n, noun);
    }

    @Override
    public String countGenitive(int n, Noun noun) {
        return n + " " + Slavic.genitiveForm(n, noun);
    }

    /**
     * Masculine singular adjectives: hard «-ый» and stressed «-ой» (областной), «-ий» after к, г, х, ж, ш, ч, щ
     * (Гродненский, городской is «-ой» after к), and soft «-ний» (верхний).
     */
    @Override
    public String adjective(String word, GrammaticalCase c) {
        if (c == GrammaticalCase.NOMINATIVE || c == GrammaticalCase.ACCUSATIVE || word.length() < 3) {
            return word; // the accusative of an inanimate masculine noun's adjective is the nominative
        }
        String stem = word.substring(0, word.length() - 2);
        String ending = word.substring(word.length() - 2);
        char last = stem.charAt(stem.length() - 1);
        if (!ending.equals("ый") && !ending.equals("ой") && !ending.equals("ий")) {
            return word; // not an adjective we know how to decline: leave it as written
        }
        // «-ий» after a soft consonant or a sibilant (верхний, свежий) takes «е»; after к, г, х and hard ones «о»
        boolean e = ending.equals("ий") && "кгхц".indexOf(last) < 0;
        boolean i = ending.equals("ий") && last != 'ц' || "кгхжшчщ".indexOf(last) >= 0;
        return switch (c) {
            case GENITIVE -> stem + (e ? "его" : "ого");
            case DATIVE -> stem + (e ? "ему" : "ому");
            case INSTRUMENTAL -> stem + (i ? "им" : "ым");
            case PREPOSITIONAL -> stem + (e ? "ем" : "ом");
            default -> word;
        };
    }

    /** Nouns whose genitive drops a vowel or otherwise does not follow from the spelling. */
    private static final java.util.Map<String, String> IRREGULAR_GENITIVE = java.util.Map.of(
            "дворец", "дворца", "центр", "центра", "конференц-зал", "конференц-зала");

    @Override
    public java.util.Optional<String> headGenitive(String phrase) {
        return Slavic.headGenitive(phrase, Russian::genitiveOfNoun);
    }

    static String genitiveOfNoun(String w) {
        if (IRREGULAR_GENITIVE.containsKey(w)) {
            return IRREGULAR_GENITIVE.get(w);
        }
        String stem = w.substring(0, w.length() - 1);
        if (w.endsWith("ия")) {
            return stem + "и";
        }
        if (w.endsWith("ие")) {
            return stem + "я";
        }
        if (w.endsWith("а")) {
            return stem + ("кгхжшчщ".indexOf(stem.isEmpty() ? ' ' : stem.charAt(stem.length() - 1)) >= 0 ? "и" : "ы");
        }
        if (w.endsWith("я")) {
            return stem + "и";
        }
        if (w.endsWith("о")) {
            return stem + "а";
        }
        if (w.endsWith("й")) {
            return stem + "я";
        }
        char last = w.charAt(w.length() - 1);
        if ("бвгдзклмнпрстфхжшчщц".indexOf(last) >= 0) {
            return w + "а";
        }
        return null; // «-ь» is masculine or feminine: the spelling does not say
    }
}

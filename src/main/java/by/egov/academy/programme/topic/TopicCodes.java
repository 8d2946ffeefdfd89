package by.egov.academy.programme.topic;

import java.util.Locale;
import java.util.Map;

/**
 * A topic's code made from its Russian name when the user gives none: transliterated, upper case, words
 * joined by underscores (e.g. «Цифровое ЖКХ» → TSIFROVOE_ZHKKH). Stable once made: a renamed topic keeps it.
 */
final class TopicCodes {

    static final int MAX = 60;

    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('а', "A"), Map.entry('б', "B"), Map.entry('в', "V"), Map.entry('г', "G"), Map.entry('д', "D"),
            Map.entry('е', "E"), Map.entry('ё', "E"), Map.entry('ж', "ZH"), Map.entry('з', "Z"), Map.entry('и', "I"),
            Map.entry('й', "Y"), Map.entry('к', "K"), Map.entry('л', "L"), Map.entry('м', "M"), Map.entry('н', "N"),
            Map.entry('о', "O"), Map.entry('п', "P"), Map.entry('р', "R"), Map.entry('с', "S"), Map.entry('т', "T"),
            Map.entry('у', "U"), Map.entry('ф', "F"), Map.entry('х', "KH"), Map.entry('ц', "TS"), Map.entry('ч', "CH"),
            Map.entry('ш', "SH"), Map.entry('щ', "SHCH"), Map.entry('ъ', ""), Map.entry('ы', "Y"), Map.entry('ь', ""),
            Map.entry('э', "E"), Map.entry('ю', "YU"), Map.entry('я', "YA"), Map.entry('і', "I"), Map.entry('ў', "U"));

    private TopicCodes() {
    }

    /** The code the name suggests, at most {@link #MAX} - 4 characters (room for a suffix), never empty. */
    static String fromName(String name) {
        StringBuilder sb = new StringBuilder();
        for (char ch : name.toLowerCase(Locale.ROOT).toCharArray()) {
            String latin = LATIN.get(ch);
            if (latin != null) {
                sb.append(latin);
            } else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
                sb.append(Character.toUpperCase(ch));
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
                sb.append('_');
            }
        }
        String code = sb.toString().replaceAll("_+$", "");
        if (code.length() > MAX - 4) {
            code = code.substring(0, MAX - 4).replaceAll("_+$", "");
        }
        return code.isEmpty() ? "TOPIC" : code;
    }

    /** A code of the user's: upper case, as stored. */
    static String normalise(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}

package by.egov.academy.publishing.grammar;

/** Number agreement shared by Russian and Belarusian. */
final class Slavic {

    private Slavic() {
    }

    static String form(int n, Noun noun) {
        int abs = Math.abs(n);
        int lastTwo = abs % 100;
        int last = abs % 10;
        if (lastTwo >= 11 && lastTwo <= 14) {
            return noun.many();
        }
        if (last == 1) {
            return noun.one();
        }
        if (last >= 2 && last <= 4) {
            return noun.few();
        }
        return noun.many();
    }

    /** In the genitive the numeral governs like an adjective: singular after 1, 21…, plural otherwise. */
    static String genitiveForm(int n, Noun noun) {
        int abs = Math.abs(n);
        return abs % 10 == 1 && abs % 100 != 11 ? noun.genitive() : noun.many();
    }

    static String compoundOrdinal(int n, String[] units, String[] teens, String[] tensOrdinal, String[] tensCardinal,
                                  String hundredth) {
        if (n < 1 || n > 100) {
            throw new IllegalArgumentException("ordinals are written for 1 to 100, not " + n);
        }
        if (n == 100) {
            return hundredth;
        }
        if (n < 10) {
            return units[n];
        }
        if (n < 20) {
            return teens[n - 10];
        }
        int tens = n / 10;
        int unit = n % 10;
        return unit == 0 ? tensOrdinal[tens] : tensCardinal[tens] + " " + units[unit];
    }

    /** Declines the first word of a phrase by the given rule, lower-casing it unless it is an abbreviation. */
    static java.util.Optional<String> headGenitive(String phrase, java.util.function.UnaryOperator<String> rule) {
        if (phrase == null || phrase.isBlank()) {
            return java.util.Optional.empty();
        }
        String trimmed = phrase.strip();
        int space = trimmed.indexOf(' ');
        String head = space < 0 ? trimmed : trimmed.substring(0, space);
        String rest = space < 0 ? "" : trimmed.substring(space);
        boolean abbreviation = head.length() > 1 && head.equals(head.toUpperCase(java.util.Locale.ROOT));
        if (abbreviation || !Character.isLetter(head.charAt(0))) {
            return java.util.Optional.empty();
        }
        String declined = rule.apply(head.toLowerCase(java.util.Locale.ROOT));
        return declined == null ? java.util.Optional.empty() : java.util.Optional.of(declined + rest);
    }
}

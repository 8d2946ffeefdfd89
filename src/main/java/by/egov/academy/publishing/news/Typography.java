package by.egov.academy.publishing.news;

import java.util.Locale;

/**
 * Quotes as each language prints them: « » in Russian and Belarusian, “ ” in English, whatever the records
 * were typed with.
 */
final class Typography {

    private Typography() {
    }

    static Draft draft(Draft d, Locale language) {
        return new Draft(apply(d.title(), language), apply(d.body(), language), d.missing());
    }

    static String apply(String text, Locale language) {
        if (text == null) {
            return null;
        }
        if (language.getLanguage().equals("en")) {
            return text.replace('«', '“').replace('»', '”').replace('„', '“')
                    .replaceAll("\"([^\"\\n]*)\"", "“$1”");
        }
        return text.replaceAll("[“„]([^”“\\n]*)[”“]", "«$1»").replaceAll("\"([^\"\\n]*)\"", "«$1»");
    }
}

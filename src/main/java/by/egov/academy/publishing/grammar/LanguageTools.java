package by.egov.academy.publishing.grammar;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * The LanguageTool instances, one per language (ru-RU, be-BY, en-GB), made on first use and reused: they are heavy
 * (seconds and tens of megabytes each). A {@link JLanguageTool} is not thread-safe, so callers lock it.
 */
final class LanguageTools {

    private static final Map<String, JLanguageTool> TOOLS = new ConcurrentHashMap<>();

    private LanguageTools() {
    }

    static String code(String language) {
        return switch (language) {
            case "be" -> "be-BY";
            case "en" -> "en-GB";
            default -> "ru-RU";
        };
    }

    static Language language(String language) {
        return Languages.getLanguageForShortCode(code(language));
    }

    static JLanguageTool tool(String language) {
        return TOOLS.computeIfAbsent(code(language), c -> new JLanguageTool(Languages.getLanguageForShortCode(c)));
    }
}

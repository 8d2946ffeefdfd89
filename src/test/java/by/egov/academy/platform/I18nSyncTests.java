package by.egov.academy.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Russian, Belarusian and English have the same message keys; every key a template or a class names
 * exists; and no template shows text that does not come from the message files.
 */
class I18nSyncTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nSyncTests.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        Properties ru = load("messages.properties");
        Properties be = load("messages_be.properties");
        Properties en = load("messages_en.properties");
        assertThat(be.stringPropertyNames()).as("Belarusian").isEqualTo(ru.stringPropertyNames());
        assertThat(en.stringPropertyNames()).as("English").isEqualTo(ru.stringPropertyNames());
        for (String key : ru.stringPropertyNames()) {
            assertThat(be.getProperty(key)).as("be " + key).isNotBlank();
            assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
        }
    }

    @Test
    void belarusianIsNotRussianLeftUntranslated() throws IOException {
        Properties be = load("messages_be.properties");
        List<String> russianLooking = new ArrayList<>();
        for (String key : be.stringPropertyNames()) {
            String text = be.getProperty(key);
            // и, щ, ъ do not exist in Belarusian; import.columns deliberately quotes the Russian headers,
            // and a language's name is written in that language («Русский») in every file
            if (!key.equals("import.columns") && !key.startsWith("language.") && text.matches("(?s).*[ищъ].*")) {
                russianLooking.add(key + "=" + text);
            }
        }
        assertThat(russianLooking).isEmpty();
    }

    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        // MessageFormat reads a lone ' as the start of quoted text and would swallow the rest of the message
        List<String> broken = new ArrayList<>();
        for (String file : List.of("messages.properties", "messages_be.properties", "messages_en.properties")) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                if (v.matches("(?s).*\\{\\d.*") && v.replace("''", "").contains("'")) {
                    broken.add(file + ": " + key);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyLiteralKeyUsedExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        Pattern templateKey = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]|#messages\\.msg\\('([\\w.]+)'\\)");
        Pattern javaKey = Pattern.compile("\"((?:organisation|official|territory|import|account|error)\\.[\\w.]+)\"");
        try (Stream<Path> files = Stream.concat(Files.walk(TEMPLATES), Files.walk(JAVA))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                Matcher m = (f.toString().endsWith(".html") ? templateKey : javaKey).matcher(text);
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!keys.contains(key)) {
                        missing.add(f.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoUntranslatedText() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(Files.readString(f));
                for (Element e : doc.getAllElements()) {
                    if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace")
                            || e.hasAttr("th:errors") || e.tagName().equals("script") || e.tagName().equals("style")) {
                        continue; // the text is replaced at rendering
                    }
                    for (TextNode t : e.textNodes()) {
                        String s = t.text().strip();
                        if (s.matches(".*\\p{L}{2,}.*") && !isAllowed(s)) {
                            offenders.add(TEMPLATES.relativize(f) + ": <" + e.tagName() + "> " + s);
                        }
                    }
                    for (var attr : e.attributes()) {
                        if (List.of("title", "alt", "placeholder", "aria-label").contains(attr.getKey())
                                && attr.getValue().matches(".*\\p{L}{2,}.*")) {
                            offenders.add(TEMPLATES.relativize(f) + ": " + attr.getKey() + "=" + attr.getValue());
                        }
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** Language names are written in their own language on purpose, for people who cannot read the current one. */
    private static boolean isAllowed(String s) {
        return Set.of("Рус", "Бел", "Eng", "XLSX", "CSV").contains(s);
    }
}

package by.egov.academy.publishing.grammar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool's check of a text (ru-RU, be-BY, en-GB) minus what the allow-list in the repository
 * ({@code src/main/resources/publishing/grammar-allow-list.txt}) accepts: product terms and proper names the
 * dictionaries do not know (beCloud, видеоконференцсвязь …) and rules that misfire on the house style.
 */
public final class GrammarCheck {

    /** One match: where (offsets in the text), what LanguageTool says and proposes, and its rule. */
    public record Match(int from, int to, String text, String message, String rule, List<String> suggestions) {
    }

    static final String ALLOW_LIST = "publishing/grammar-allow-list.txt";

    private static final AllowList ALLOWED = AllowList.load();

    private GrammarCheck() {
    }

    public static List<Match> check(String text, Locale language) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String lang = language.getLanguage();
        List<Match> found = new ArrayList<>();
        // paragraph by paragraph: the writer's fixed paragraphs recur from text to text and are checked once
        int at = 0;
        // sentence by sentence (a full stop, then a capital): the writer's fixed sentences recur from text to text
        for (String paragraph : text.split("\n|(?<=[.!?])(?= \\p{Lu}\\p{Ll})", -1)) {
            if (!paragraph.isBlank()) {
                for (Match m : paragraph(paragraph, lang)) {
                    found.add(new Match(m.from() + at, m.to() + at, m.text(), m.message(), m.rule(), m.suggestions()));
                }
            }
            at += paragraph.length() + (at + paragraph.length() < text.length() && text.charAt(at + paragraph.length()) == '\n' ? 1 : 0);
        }
        return found;
    }

    private static final int CACHED = 5000;
    private static final java.util.Map<String, List<Match>> CACHE = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, List<Match>> eldest) {
                    return size() > CACHED;
                }
            });

    private static List<Match> paragraph(String text, String lang) {
        String key = lang + "\u0000" + text;
        List<Match> cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        JLanguageTool tool = LanguageTools.tool(lang);
        List<RuleMatch> matches;
        try {
            synchronized (tool) {
                matches = tool.check(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Match> found = new ArrayList<>();
        for (RuleMatch m : matches) {
            String covered = text.substring(m.getFromPos(), m.getToPos());
            String rule = m.getRule().getId();
            if (!ALLOWED.allows(lang, rule, text, m.getFromPos(), m.getToPos(), covered)) {
                found.add(new Match(m.getFromPos(), m.getToPos(), covered, m.getMessage().replaceAll("</?suggestion>", "\""),
                        rule, m.getSuggestedReplacements().stream().limit(5).toList()));
            }
        }
        List<Match> result = List.copyOf(found);
        CACHE.put(key, result);
        return result;
    }

    /** The allow-list: {@code rule: ID} or {@code rule ru: ID} lines ignore a rule, any other line is a term. */
    record AllowList(Set<String> rules, List<String> terms) {

        static AllowList load() {
            Set<String> rules = new HashSet<>();
            List<String> terms = new ArrayList<>();
            try (InputStream in = GrammarCheck.class.getClassLoader().getResourceAsStream(ALLOW_LIST)) {
                if (in == null) {
                    return new AllowList(Set.of(), List.of());
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String l = line.strip();
                    if (l.isEmpty() || l.startsWith("#")) {
                        continue;
                    }
                    if (l.startsWith("rule:")) {
                        rules.add("*:" + l.substring(5).strip());
                    } else if (l.matches("rule (ru|be|en):.*")) {
                        rules.add(l.substring(5, 7) + ":" + l.substring(8).strip());
                    } else {
                        terms.add(l);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new AllowList(Set.copyOf(rules), List.copyOf(terms));
        }

        boolean allows(String lang, String rule, String text, int from, int to, String covered) {
            if (rules.contains("*:" + rule) || rules.contains(lang + ":" + rule)) {
                return true;
            }
            for (String term : terms) {
                if (term.equals(covered) || term.endsWith("*")
                        && covered.toLowerCase(Locale.ROOT).startsWith(term.substring(0, term.length() - 1).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
                    if (at <= from && to <= at + term.length()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}

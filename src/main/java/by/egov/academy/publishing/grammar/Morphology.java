package by.egov.academy.publishing.grammar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.RuleMatch;

/**
 * Case forms of names (a venue, an organisation, a cycle, a topic) proposed when the name is saved. Russian forms come
 * from LanguageTool's Russian tagger and synthesizer: the words before the head noun that agree with it (adjectives,
 * ordinals) and the head noun are put into the case, the rest of the name (its genitive complement, a quoted name)
 * stays as it is. Belarusian has no synthesizer in LanguageTool: its forms are proposed by the rules of
 * {@link Belarusian} where they are safe (the genitive; the instrumental of regular endings) and checked with the
 * Belarusian spell checker, whose unknown words come back as warnings. A name that cannot be analysed gets no
 * proposal: the writer then keeps it in the nominative.
 */
public final class Morphology {

    /** Proposed forms (null where none could be made) and the words a spell checker did not know. */
    public record Proposal(String genitive, String prepositional, String instrumental, List<String> unknown) {
        public boolean empty() {
            return genitive == null && prepositional == null && instrumental == null;
        }
    }

    private static final Proposal NONE = new Proposal(null, null, null, List.of());

    private Morphology() {
    }

    public static Proposal propose(String nominative, Locale language) {
        return propose(nominative, language, true);
    }

    /**
     * @param runningText whether a common first word is lower-cased in running text (a venue, a cycle: «в актовом
     *                    зале …»); an organisation's name keeps its capital («Национальным центром …»)
     */
    public static Proposal propose(String nominative, Locale language, boolean runningText) {
        if (nominative == null || nominative.isBlank()) {
            return NONE;
        }
        String name = nominative.strip();
        if (indeclinable(name)) {
            return new Proposal(name, name, name, List.of()); // ГУ «…», Microsoft Belarus: the same in every case
        }
        return switch (language.getLanguage()) {
            case "ru" -> russian(name, runningText);
            case "be" -> belarusian(name, runningText);
            default -> NONE;
        };
    }

    /** A Latin-script name, or an abbreviated legal form (ГУ, ОАО, НИРУП) before the name, does not decline. */
    static boolean indeclinable(String name) {
        char first = name.charAt(0);
        if (first == '«' || first == '"' || first == '“' || (first < 0x0400 && Character.isLetter(first))) {
            return true;
        }
        return abbreviation(firstWord(name));
    }

    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static boolean abbreviation(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && word.chars().anyMatch(Character::isLetter);
    }

    // --- Russian

    private static final String[] CASES = {"R", "P", "T"};

    static Proposal russian(String name, boolean runningText) {
        String[] words = name.split(" ", -1);
        Language ru = LanguageTools.language("ru");
        List<AnalyzedTokenReadings> tags;
        try {
            synchronized (Morphology.class) {
                tags = ru.getTagger().tag(java.util.Arrays.stream(words).map(w -> w.toLowerCase(Locale.ROOT)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the head: the first noun in the nominative with only agreeing words (adjectives, ordinals) before it
        int head = -1;
        AnalyzedToken headReading = null;
        for (int i = 0; i < words.length && head < 0; i++) {
            for (AnalyzedToken t : tags.get(i).getReadings()) {
                String tag = t.getPOSTag();
                if (tag != null && tag.startsWith("NN:") && tag.endsWith(":Nom") && !tag.contains(":Fam") && t.getLemma() != null) {
                    head = i;
                    headReading = t;
                    break;
                }
            }
            if (head < 0 && !hasModifierReading(tags.get(i))) {
                return NONE;
            }
        }
        if (head < 0) {
            return NONE;
        }
        String headTag = headReading.getPOSTag();
        String number = headTag.contains(":PL:") ? "PL" : null;
        String gender = headTag.contains(":Masc:") ? "Masc" : headTag.contains(":Fem:") ? "Fem" : headTag.contains(":Neut:") ? "Neut" : null;
        String[] forms = new String[CASES.length];
        for (int c = 0; c < CASES.length; c++) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < words.length; i++) {
                String word = words[i];
                String form = word;
                if (i < head) {
                    form = modifier(tags.get(i), gender, number, CASES[c]);
                } else if (i == head) {
                    form = synthesize(headReading, headTag.substring(0, headTag.length() - "Nom".length()) + CASES[c]);
                }
                if (form == null) {
                    out = null;
                    break;
                }
                out.append(i == 0 ? "" : " ").append(i <= head ? caseLike(word, form, runningText && i == 0 && !proper(tags.get(i))) : form);
            }
            forms[c] = out == null ? null : out.toString();
        }
        return new Proposal(forms[0], forms[1], forms[2], List.of());
    }

    private static boolean hasModifierReading(AnalyzedTokenReadings r) {
        return r.getReadings().stream().anyMatch(t -> t.getPOSTag() != null && t.getPOSTag().endsWith(":Nom")
                && (t.getPOSTag().startsWith("ADJ:") || t.getPOSTag().startsWith("Ord:") || t.getPOSTag().startsWith("PADJ")));
    }

    private static String modifier(AnalyzedTokenReadings r, String gender, String number, String target) {
        for (AnalyzedToken t : r.getReadings()) {
            String tag = t.getPOSTag();
            if (tag == null || !tag.endsWith(":Nom") || !(tag.startsWith("ADJ:") || tag.startsWith("Ord:") || tag.startsWith("PADJ"))) {
                continue;
            }
            boolean agrees = number != null ? tag.contains(":PL:") : gender != null && tag.contains(":" + gender + ":");
            if (agrees) {
                return synthesize(t, tag.substring(0, tag.length() - "Nom".length()) + target);
            }
        }
        return null;
    }

    private static String synthesize(AnalyzedToken token, String tag) {
        try {
            String[] forms;
            synchronized (Morphology.class) {
                forms = LanguageTools.language("ru").getSynthesizer().synthesize(token, tag);
            }
            return forms.length == 0 ? null : forms[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A proper adjective (Витебский: LanguageTool knows it as a surname or a place) keeps its capital letter. */
    private static boolean proper(AnalyzedTokenReadings r) {
        return r.getReadings().stream().anyMatch(t -> t.getPOSTag() != null
                && (t.getPOSTag().contains(":Fam") || t.getPOSTag().contains(":Geo") || t.getPOSTag().contains(":Name")));
    }

    /** The form written like the word: a capital kept unless the first word is a common word in running text. */
    private static String caseLike(String word, String form, boolean lowerFirst) {
        if (word.isEmpty() || form.isEmpty() || lowerFirst || !Character.isUpperCase(word.charAt(0))) {
            return form;
        }
        return form.substring(0, 1).toUpperCase(Locale.ROOT) + form.substring(1);
    }

    /**
     * Whether LanguageTool recognises a hand-typed Russian form as a form in that case: every Cyrillic word is in
     * its dictionary and one of them has a reading in the case. A form it does not recognise is kept with a warning.
     */
    public static boolean recognised(String form, GrammaticalCase grammaticalCase, Locale language) {
        if (form == null || form.isBlank() || indeclinable(form.strip())) {
            return true;
        }
        if (!language.getLanguage().equals("ru")) {
            return unknownWords(form, language).isEmpty();
        }
        String tagCase = switch (grammaticalCase) {
            case GENITIVE -> ":R";
            case PREPOSITIONAL -> ":P";
            case INSTRUMENTAL -> ":T";
            case DATIVE -> ":D";
            case ACCUSATIVE -> ":V";
            default -> ":Nom";
        };
        List<String> words = java.util.Arrays.stream(form.strip().split("\\s+"))
                .map(w -> w.replaceAll("[^\\p{IsCyrillic}-]", "").toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return true;
        }
        try {
            List<AnalyzedTokenReadings> tags;
            synchronized (Morphology.class) {
                tags = LanguageTools.language("ru").getTagger().tag(words);
            }
            boolean allKnown = tags.stream().allMatch(r -> r.getReadings().stream().anyMatch(t -> t.getPOSTag() != null));
            boolean inCase = tags.stream().anyMatch(r -> r.getReadings().stream()
                    .anyMatch(t -> t.getPOSTag() != null && (t.getPOSTag().contains(tagCase + ":") || t.getPOSTag().endsWith(tagCase))));
            return allKnown && inCase;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- Belarusian

    static Proposal belarusian(String name, boolean runningText) {
        String genitive = belarusianCase(name, GrammaticalCase.GENITIVE, runningText);
        String instrumental = belarusianCase(name, GrammaticalCase.INSTRUMENTAL, runningText);
        List<String> unknown = new ArrayList<>();
        for (String form : new String[]{genitive, instrumental}) {
            if (form != null) {
                unknownWords(form, Locale.forLanguageTag("be")).stream().filter(w -> !unknown.contains(w)).forEach(unknown::add);
            }
        }
        return new Proposal(genitive, null, instrumental, List.copyOf(unknown));
    }

    /**
     * The Belarusian genitive or instrumental where the spelling tells it: masculine adjectives in «-ы/-і» and
     * feminine ones in «-ая/-яя» before a head noun in a hard consonant (masculine) or «-а/-я» (feminine); the rest of
     * the name stays. Anything else (a neuter, a soft sign, a plural) gets no proposal: the editor enters it.
     */
    static String belarusianCase(String name, GrammaticalCase c, boolean runningText) {
        String[] words = name.split(" ", -1);
        StringBuilder out = new StringBuilder();
        String gender = null;
        int head = -1;
        for (int i = 0; i < words.length && head < 0; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            if (lower.length() < 3) {
                return null;
            }
            if (lower.endsWith("ая") || lower.endsWith("яя")) {
                gender = gender == null || gender.equals("f") ? "f" : "x";
            } else if (lower.endsWith("ы") || lower.endsWith("і")) {
                gender = gender == null || gender.equals("m") ? "m" : "x";
            } else {
                head = i;
            }
        }
        if (head < 0 || "x".equals(gender)) {
            return null;
        }
        String h = words[head];
        char last = h.charAt(h.length() - 1);
        boolean feminine = (last == 'а' || last == 'я') && !h.endsWith("тва") && !h.endsWith("цтва");
        boolean masculine = "бвдзлмнпрстфц".indexOf(last) >= 0;
        if (!feminine && !masculine || gender != null && (gender.equals("f") != feminine)) {
            return null;
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String form = w;
            if (i < head) {
                form = feminine ? w.substring(0, w.length() - 2) + (w.endsWith("яя") ? "яй" : "ай")
                        : Belarusian.INSTANCE.adjective(w, c);
            } else if (i == head) {
                String stem = w.substring(0, w.length() - 1);
                if (masculine) {
                    form = w + (c == GrammaticalCase.GENITIVE ? "а" : "ам");
                } else if (c == GrammaticalCase.GENITIVE) {
                    form = Belarusian.genitiveOfNoun(w);
                } else {
                    form = stem + (last == 'я' ? "яй" : "ай");
                }
            }
            out.append(i == 0 ? "" : " ").append(form);
        }
        String s = shortU(out.toString());
        // a common first word is lower-cased in running text; a capitalised adjective of a place (-скі, -цкі) keeps it
        String first = words[0].toLowerCase(Locale.ROOT);
        boolean proper = head > 0 && (first.endsWith("скі") || first.endsWith("цкі"));
        return proper || !runningText ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    /** Belarusian «ў» after a vowel and «у» after a consonant at the start of a word inside the name. */
    static String shortU(String s) {
        String[] w = s.split(" ", -1);
        for (int i = 1; i < w.length; i++) {
            String prev = w[i - 1];
            if (prev.isEmpty() || w[i].isEmpty()) {
                continue;
            }
            boolean vowel = "аеёіоуыэюяАЕЁІОУЫЭЮЯ".indexOf(prev.charAt(prev.length() - 1)) >= 0;
            char c = w[i].charAt(0);
            if (!vowel && c == 'ў') {
                w[i] = "у" + w[i].substring(1);
            } else if (vowel && c == 'у' && w[i].length() > 1 && "аеёіоуыэюя".indexOf(w[i].charAt(1)) < 0) {
                w[i] = "ў" + w[i].substring(1);
            }
        }
        return String.join(" ", w);
    }

    /** The words of a text the language's spell checker does not know (Latin words and abbreviations skipped). */
    public static List<String> unknownWords(String text, Locale language) {
        JLanguageTool tool = LanguageTools.tool(language.getLanguage());
        List<RuleMatch> matches;
        try {
            synchronized (tool) {
                matches = tool.check(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matches.stream().filter(m -> m.getRule().isDictionaryBasedSpellingRule())
                .map(m -> text.substring(m.getFromPos(), m.getToPos())).distinct().toList();
    }
}

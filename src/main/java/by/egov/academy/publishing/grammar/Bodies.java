package by.egov.academy.publishing.grammar;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names of the organising bodies as the news writes them: the agent of «проведен …» in the instrumental
 * («Министерством связи и информатизации», «Гродненским областным исполнительным комитетом»). The
 * executive committees are named from their territory's adjective; a ministry from its own name.
 */
public final class Bodies {

    /**
     * @param id          the organisation's id (to name it when its name in a language is missing)
     * @param category    the organisation's category (OBLAST_EXECUTIVE_COMMITTEE, MINISTRY, …)
     * @param adjRu       the territory's adjective («Гродненский»)
     * @param adjBe       «Гродзенскі»
     * @param territoryEn the territory's English name («Grodno Region»)
     * @param nameEn      the organisation's recorded English name, if any
     */
    public record Body(long id, String category, String adjRu, String adjBe, String territoryEn, String nameRu,
                       String nameBe, String nameEn) {
    }

    private static final Map<String, String[]> COMMITTEE = Map.of(
            // category → Russian and Belarusian level adjective, English level word
            "OBLAST_EXECUTIVE_COMMITTEE", new String[]{"областной", "абласны", "Regional"},
            "CITY_EXECUTIVE_COMMITTEE", new String[]{"городской", "гарадскі", "City"},
            "DISTRICT_EXECUTIVE_COMMITTEE", new String[]{"районный", "раённы", "District"});

    private Bodies() {
    }

    /**
     * The body as the agent of a passive verb; empty when its form cannot be made from the records. English
     * takes the recorded English name; an executive committee without one is named from its territory's
     * English name (recorded data, not a transliteration).
     */
    public static Optional<String> agent(Body body, Locale language) {
        String lang = language.getLanguage();
        String[] level = COMMITTEE.get(body.category());
        if (lang.equals("en")) {
            if (body.nameEn() != null && !body.nameEn().isBlank()) {
                String name = body.nameEn().strip();
                if ("MINISTRY".equals(body.category()) && name.endsWith(" of the Republic of Belarus")) {
                    name = name.substring(0, name.length() - " of the Republic of Belarus".length());
                }
                return Optional.of(English.definite(name));
            }
            return level == null ? Optional.empty() : englishCommittee(body, level[2]);
        }
        boolean be = lang.equals("be");
        if (level != null) {
            String adj = be ? body.adjBe() : body.adjRu();
            if (adj == null || adj.isBlank()) {
                return Optional.empty();
            }
            Grammar g = Grammar.of(language);
            return Optional.of(g.adjective(adj, GrammaticalCase.INSTRUMENTAL) + " "
                    + g.adjective(be ? level[1] : level[0], GrammaticalCase.INSTRUMENTAL) + " "
                    + (be ? g.adjective("выканаўчы", GrammaticalCase.INSTRUMENTAL) + " камітэтам"
                    : g.adjective("исполнительный", GrammaticalCase.INSTRUMENTAL) + " комитетом"));
        }
        if ("MINISTRY".equals(body.category())) {
            return be ? ministry(body.nameBe(), "Міністэрства ", "Міністэрствам ", " Рэспублікі Беларусь")
                    : ministry(body.nameRu(), "Министерство ", "Министерством ", " Республики Беларусь");
        }
        return indeclinable(be ? body.nameBe() : body.nameRu());
    }

    /**
     * A name whose form is the same in every case: a Latin-script name (Microsoft Belarus) or one that opens with
     * an abbreviated legal form before its quoted name (ООО «…», ДУ «…»), which is how the press writes them.
     */
    static Optional<String> indeclinable(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.strip();
        char first = n.charAt(0);
        if (first < 0x0400 && Character.isLetter(first)) {
            return Optional.of(n);
        }
        int space = n.indexOf(' ');
        String head = space < 0 ? n : n.substring(0, space);
        boolean abbreviation = head.length() > 1 && head.equals(head.toUpperCase(Locale.ROOT)) && head.chars().allMatch(Character::isLetter);
        return abbreviation && space > 0 && n.substring(space + 1).startsWith("«") ? Optional.of(n) : Optional.empty();
    }

    private static Optional<String> ministry(String name, String nominative, String instrumental, String country) {
        if (name == null || !name.startsWith(nominative)) {
            return Optional.empty();
        }
        String rest = name.substring(nominative.length());
        if (rest.endsWith(country)) {
            rest = rest.substring(0, rest.length() - country.length());
        }
        return Optional.of(instrumental + rest);
    }

    private static Optional<String> englishCommittee(Body body, String level) {
        String place = body.territoryEn();
        if (place == null || place.isBlank()) {
            return Optional.empty();
        }
        for (String suffix : new String[]{" Region", " District", " City"}) {
            if (place.endsWith(suffix)) {
                place = place.substring(0, place.length() - suffix.length());
            }
        }
        return Optional.of("the " + place + " " + level + " Executive Committee");
    }

    /** Lower-cases the first letter: a title used inside a sentence. */
    static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}

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
     * @param category      the organisation's category (OBLAST_EXECUTIVE_COMMITTEE, MINISTRY, …)
     * @param adjRu         the territory's adjective («Гродненский»)
     * @param adjBe         «Гродзенскі»
     * @param territoryEn   the territory's English name («Grodno Region»)
     */
    public record Body(String category, String adjRu, String adjBe, String territoryEn, String nameRu, String nameBe) {
    }

    /** English names of the bodies that have no English name in the directory. */
    private static final Map<String, String> ENGLISH = Map.of(
            "Министерство связи и информатизации Республики Беларусь", "the Ministry of Communications and Informatization");

    private static final Map<String, String[]> COMMITTEE = Map.of(
            // category → Russian and Belarusian level adjective, English level word
            "OBLAST_EXECUTIVE_COMMITTEE", new String[]{"областной", "абласны", "Regional"},
            "CITY_EXECUTIVE_COMMITTEE", new String[]{"городской", "гарадскі", "City"},
            "DISTRICT_EXECUTIVE_COMMITTEE", new String[]{"районный", "раённы", "District"});

    private Bodies() {
    }

    /** The body as the agent of a passive verb; empty when its form cannot be made from the records. */
    public static Optional<String> agent(Body body, Locale language) {
        String lang = language.getLanguage();
        String[] level = COMMITTEE.get(body.category());
        if (level != null) {
            if (lang.equals("en")) {
                return englishCommittee(body, level[2]);
            }
            boolean be = lang.equals("be");
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
            return switch (lang) {
                case "en" -> Optional.ofNullable(ENGLISH.get(body.nameRu()));
                case "be" -> ministry(body.nameBe(), "Міністэрства ", "Міністэрствам ", " Рэспублікі Беларусь");
                default -> ministry(body.nameRu(), "Министерство ", "Министерством ", " Республики Беларусь");
            };
        }
        return Optional.empty();
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

package by.egov.academy.directory;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import by.egov.academy.platform.LocaleConfiguration;
import org.springframework.context.MessageSource;

/**
 * Territories in the order a picker lists them: each region (Minsk city first, then the oblasts in their official
 * order), right after it its cities, each followed by its city districts, then its districts; siblings alphabetical
 * in the page's language (Ё with Е). A city district is labelled with its city («Ленинский район (г. Гродно)»), since
 * Grodno, Brest, Minsk … each have one.
 */
public final class TerritoryTree {

    /** One unit as read from the {@code territory} table. */
    public record Node(long id, String level, Long parentId, long regionId, int sortOrder,
                       String nameRu, String nameBe, String nameEn) {

        String name(Locale locale) {
            return LocaleConfiguration.pick(locale, nameRu, nameBe, nameEn);
        }

        boolean isRegion() {
            return "OBLAST".equals(level) || "CITY_OF_REPUBLIC".equals(level);
        }
    }

    /** A unit in picker order: its depth under the region (0 for the region) and its label without indentation. */
    public record Entry(long id, String level, long regionId, int depth, String label) {

        /** The label indented by depth with dashes, for a flat select: «— Лидский район». */
        public String indented() {
            return "— ".repeat(depth) + label;
        }
    }

    private TerritoryTree() {
    }

    public static List<Entry> order(List<Node> nodes, Locale locale, MessageSource messages) {
        Map<Long, Node> byId = new HashMap<>();
        Map<Long, List<Node>> children = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        for (Node n : nodes) {
            if (n.parentId() != null && byId.containsKey(n.parentId())) {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        Collator collator = collator(locale);
        Comparator<Node> siblings = Comparator.<Node>comparingInt(n -> rank(n.level()))
                .thenComparing(n -> n.name(locale), collator).thenComparingLong(Node::id);
        List<Entry> out = new ArrayList<>();
        nodes.stream().filter(n -> n.parentId() == null || !byId.containsKey(n.parentId()))
                .sorted(Comparator.<Node>comparingInt(n -> n.isRegion() ? 0 : 1)
                        .thenComparingInt(n -> "CITY_OF_REPUBLIC".equals(n.level()) ? 0 : 1)
                        .thenComparingInt(Node::sortOrder).thenComparing(siblings))
                .forEach(root -> walk(root, 0, byId, children, siblings, locale, messages, out));
        return out;
    }

    /** The unit's name, a city district's with its city: «Ленинский район (г. Гродно)». */
    public static String label(Node n, Node parent, Locale locale, MessageSource messages) {
        String name = n.name(locale);
        if (!"CITY_DISTRICT".equals(n.level()) || parent == null) {
            return name;
        }
        String city = "CITY".equals(parent.level())
                ? messages.getMessage("territory.city", new Object[]{parent.name(locale)}, locale)
                : parent.name(locale);
        return messages.getMessage("territory.withCity", new Object[]{name, city}, locale);
    }

    /** Alphabetical order of names in the language; English pages too can show Cyrillic names. */
    public static Collator collator(Locale locale) {
        Collator collator = Collator.getInstance("be".equals(LocaleConfiguration.language(locale))
                ? LocaleConfiguration.BELARUSIAN : LocaleConfiguration.RUSSIAN);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }

    private static void walk(Node n, int depth, Map<Long, Node> byId, Map<Long, List<Node>> children,
                             Comparator<Node> siblings, Locale locale, MessageSource messages, List<Entry> out) {
        Node parent = n.parentId() == null ? null : byId.get(n.parentId());
        out.add(new Entry(n.id(), n.level(), n.regionId(), depth, label(n, parent, locale, messages)));
        children.getOrDefault(n.id(), List.of()).stream().sorted(siblings)
                .forEach(c -> walk(c, depth + 1, byId, children, siblings, locale, messages, out));
    }

    private static int rank(String level) {
        return switch (level) {
            case "CITY" -> 0;
            case "CITY_DISTRICT" -> 1;
            default -> 2;
        };
    }
}

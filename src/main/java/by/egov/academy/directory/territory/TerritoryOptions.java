package by.egov.academy.directory.territory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import by.egov.academy.directory.TerritoryTree;
import by.egov.academy.directory.access.DirectoryAccess.Scope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Territories for select boxes, limited to what the user may use: one group per region, the region first, then
 * its cities (each followed by its city districts, named with the city) and districts, alphabetically.
 */
@Component
public class TerritoryOptions {

    public record Option(long id, String label) {
    }

    public record Group(String label, List<Option> options) {
    }

    private final TerritoryRepository territories;
    private final MessageSource messages;

    TerritoryOptions(TerritoryRepository territories, MessageSource messages) {
        this.territories = territories;
        this.messages = messages;
    }

    public List<Group> groups(Scope scope, Locale locale) {
        Map<Long, String> regionNames = new LinkedHashMap<>();
        territories.regions().forEach(r -> regionNames.put(r.id(), r.name(locale)));
        List<TerritoryTree.Node> nodes = territories.all().stream()
                .filter(t -> scope.regionId() == null || scope.regionId().equals(t.regionId()))
                .filter(t -> scope.territoryId() == null || scope.territoryId() == t.id())
                .map(TerritoryOptions::node).toList();
        Map<Long, List<Option>> byRegion = new LinkedHashMap<>();
        for (TerritoryTree.Entry e : TerritoryTree.order(nodes, locale, messages)) {
            byRegion.computeIfAbsent(e.regionId(), k -> new ArrayList<>()).add(new Option(e.id(), e.indented()));
        }
        List<Group> groups = new ArrayList<>();
        regionNames.forEach((regionId, name) -> {
            List<Option> options = byRegion.get(regionId);
            if (options != null) {
                groups.add(new Group(name, options));
            }
        });
        return groups;
    }

    static TerritoryTree.Node node(Territory t) {
        return new TerritoryTree.Node(t.id(), t.level().name(), t.parentId(), t.regionId(), 0,
                t.nameRu(), t.nameBe(), t.nameEn());
    }
}

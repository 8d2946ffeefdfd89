package by.egov.academy.directory.territory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import by.egov.academy.directory.access.DirectoryAccess.Scope;
import org.springframework.stereotype.Component;

/** Territories for select boxes, grouped by region and limited to what the user may use. */
@Component
public class TerritoryOptions {

    public record Option(long id, String label) {
    }

    public record Group(String label, List<Option> options) {
    }

    private final TerritoryRepository territories;

    TerritoryOptions(TerritoryRepository territories) {
        this.territories = territories;
    }

    public List<Group> groups(Scope scope, Locale locale) {
        Map<Long, Territory> regions = new LinkedHashMap<>();
        territories.regions().forEach(r -> regions.put(r.id(), r));
        Map<Long, List<Option>> byRegion = new LinkedHashMap<>();
        regions.keySet().forEach(id -> byRegion.put(id, new ArrayList<>()));
        for (Territory t : territories.all()) {
            if (scope.regionId() != null && !scope.regionId().equals(t.regionId())) {
                continue;
            }
            if (scope.territoryId() != null && scope.territoryId() != t.id()) {
                continue;
            }
            String label = t.level().isRegion() ? t.name(locale) : "— " + t.name(locale);
            byRegion.get(t.regionId()).add(new Option(t.id(), label));
        }
        List<Group> groups = new ArrayList<>();
        byRegion.forEach((regionId, options) -> {
            if (!options.isEmpty()) {
                groups.add(new Group(regions.get(regionId).name(locale), options));
            }
        });
        return groups;
    }
}

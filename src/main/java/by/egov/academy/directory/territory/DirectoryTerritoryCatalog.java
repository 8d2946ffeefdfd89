package by.egov.academy.directory.territory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import by.egov.academy.directory.TerritoryTree;
import by.egov.academy.identity.TerritoryCatalog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

@Component
class DirectoryTerritoryCatalog implements TerritoryCatalog {

    private final TerritoryRepository territories;
    private final MessageSource messages;

    DirectoryTerritoryCatalog(TerritoryRepository territories, MessageSource messages) {
        this.territories = territories;
        this.messages = messages;
    }

    @Override
    public Optional<Unit> find(long id, Locale locale) {
        return territories.find(id).map(t -> unit(t, locale));
    }

    @Override
    public Optional<Unit> findByCode(String code, Locale locale) {
        return territories.findByCode(code).map(t -> unit(t, locale));
    }

    @Override
    public List<Unit> regions(Locale locale) {
        return territories.regions().stream().map(t -> unit(t, locale)).toList();
    }

    /** Districts and city districts (these named with their city), each region's in picker order. */
    @Override
    public List<Unit> districts(Locale locale) {
        List<TerritoryTree.Node> nodes = territories.all().stream().map(TerritoryOptions::node).toList();
        return TerritoryTree.order(nodes, locale, messages).stream()
                .filter(e -> e.level().equals("DISTRICT") || e.level().equals("CITY_DISTRICT"))
                .map(e -> new Unit(e.id(), e.level(), e.label(), e.regionId())).toList();
    }

    private static Unit unit(Territory t, Locale locale) {
        return new Unit(t.id(), t.level().name(), t.name(locale), t.regionId());
    }
}

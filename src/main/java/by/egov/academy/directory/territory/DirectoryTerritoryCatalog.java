package by.egov.academy.directory.territory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import by.egov.academy.identity.TerritoryCatalog;
import org.springframework.stereotype.Component;

@Component
class DirectoryTerritoryCatalog implements TerritoryCatalog {

    private final TerritoryRepository territories;

    DirectoryTerritoryCatalog(TerritoryRepository territories) {
        this.territories = territories;
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

    @Override
    public List<Unit> districts(Locale locale) {
        return territories.localUnits().stream().map(t -> unit(t, locale)).toList();
    }

    private static Unit unit(Territory t, Locale locale) {
        return new Unit(t.id(), t.level().name(), t.name(locale), t.regionId());
    }
}

package by.egov.academy.directory.territory;

import java.util.List;

import by.egov.academy.platform.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/territories")
@Tag(name = "Territories", description = "Administrative-territorial division of Belarus (public, read-only)")
class TerritoryApi {

    record TerritoryJson(long id, String code, TerritoryLevel level, String nameRu, String nameBe, String nameEn,
                         Long parentId, Long regionId, String centreRu, String centreBe, String centreEn) {
        static TerritoryJson of(Territory t) {
            return new TerritoryJson(t.id(), t.code(), t.level(), t.nameRu(), t.nameBe(), t.nameEn(), t.parentId(),
                    t.regionId(), t.centreRu(), t.centreBe(), t.centreEn());
        }
    }

    private final TerritoryRepository territories;

    TerritoryApi(TerritoryRepository territories) {
        this.territories = territories;
    }

    @GetMapping
    @Operation(summary = "List territories, optionally of one level and/or with one parent")
    List<TerritoryJson> list(@RequestParam(required = false) TerritoryLevel level,
                             @RequestParam(required = false) Long parent) {
        return territories.find(level, parent).stream().map(TerritoryJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One territory")
    TerritoryJson one(@PathVariable long id) {
        return territories.find(id).map(TerritoryJson::of)
                .orElseThrow(() -> DomainException.notFound("territory.notFound", id));
    }
}

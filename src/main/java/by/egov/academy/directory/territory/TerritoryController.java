package by.egov.academy.directory.territory;

import java.util.List;
import java.util.Map;

import by.egov.academy.directory.access.DirectoryAccess;
import by.egov.academy.platform.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class TerritoryController {

    private final TerritoryRepository territories;
    private final DirectoryAccess access;
    private final JdbcClient jdbc;

    TerritoryController(TerritoryRepository territories, DirectoryAccess access, JdbcClient jdbc) {
        this.territories = territories;
        this.access = access;
        this.jdbc = jdbc;
    }

    @GetMapping("/directory")
    String directory() {
        return "redirect:/directory/territories";
    }

    @GetMapping("/directory/territories")
    String regions(Model model) {
        var scope = access.readScope();
        if (scope.territoryId() != null) {
            // a site operator's directory is its own district
            return "redirect:/directory/territories/" + scope.territoryId();
        }
        List<Territory> regions = territories.regions().stream()
                .filter(r -> scope.regionId() == null || scope.regionId().equals(r.id()))
                .toList();
        model.addAttribute("regions", regions);
        model.addAttribute("counts", countsByRegion());
        return "directory/territories";
    }

    @GetMapping("/directory/territories/{id}")
    String unit(@PathVariable long id, Model model) {
        Territory unit = territories.find(id).orElseThrow(() -> DomainException.notFound("territory.notFound", id));
        access.checkRead(id);
        model.addAttribute("unit", unit);
        model.addAttribute("parent", unit.parentId() == null ? null : territories.find(unit.parentId()).orElse(null));
        List<Territory> children = territories.children(id);
        model.addAttribute("districts", children.stream().filter(c -> c.level() == TerritoryLevel.DISTRICT).toList());
        model.addAttribute("cities", children.stream().filter(c -> c.level() == TerritoryLevel.CITY).toList());
        model.addAttribute("cityDistricts",
                children.stream().filter(c -> c.level() == TerritoryLevel.CITY_DISTRICT).toList());
        model.addAttribute("orgCounts", countsByTerritory(id));
        model.addAttribute("canWrite", access.canWrite(id));
        return "directory/territory";
    }

    /** Organisations and officials per region, for the overview. */
    private Map<Long, long[]> countsByRegion() {
        var result = new java.util.HashMap<Long, long[]>();
        jdbc.sql("""
                        select t.region_id, count(distinct o.id) as orgs, count(f.id) as people
                        from organisation o join territory t on t.id = o.territory_id
                        left join official f on f.organisation_id = o.id
                        group by t.region_id
                        """)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs ->
                        result.put(rs.getLong(1), new long[]{rs.getLong(2), rs.getLong(3)}));
        return result;
    }

    /** Organisations per child unit of the given territory (and the unit itself). */
    private Map<Long, Long> countsByTerritory(long id) {
        var result = new java.util.HashMap<Long, Long>();
        jdbc.sql("""
                        select t.id, count(o.id) from territory t
                        left join organisation o on o.territory_id = t.id
                        where t.parent_id = :id or t.id = :id
                        group by t.id
                        """).param("id", id)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> result.put(rs.getLong(1), rs.getLong(2)));
        return result;
    }
}

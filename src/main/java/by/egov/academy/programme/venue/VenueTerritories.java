package by.egov.academy.programme.venue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import by.egov.academy.directory.TerritoryTree;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Territories of every level for the venue forms and filter, grouped by region: a venue of a Minsk-oblast
 * seminar may well be in Minsk city, or in a city district. Read in one query (the directory's interface
 * answers one unit at a time).
 */
@Component
class VenueTerritories {

    record Option(long id, String label) {
    }

    record Group(long regionId, String label, List<Option> options) {
    }

    private final JdbcClient jdbc;
    private final MessageSource messages;

    VenueTerritories(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** All regions, or the one given, with everything in them; the region itself first, city districts with their city. */
    List<Group> groups(Long onlyRegion, Locale locale) {
        List<TerritoryTree.Node> nodes = jdbc.sql("""
                        select t.id, t.level, t.parent_id, t.region_id, t.sort_order, t.name_ru, t.name_be, t.name_en
                        from territory t
                        where cast(:region as bigint) is null or t.region_id = cast(:region as bigint)
                        """).param("region", onlyRegion, java.sql.Types.BIGINT)
                .query(TerritoryTree.Node.class).list();
        Map<Long, Group> groups = new LinkedHashMap<>();
        for (TerritoryTree.Entry e : TerritoryTree.order(nodes, locale, messages)) {
            Group g = groups.computeIfAbsent(e.regionId(), k -> new Group(k, e.label(), new ArrayList<>()));
            g.options().add(new Option(e.id(), e.indented()));
        }
        return List.copyOf(groups.values());
    }
}

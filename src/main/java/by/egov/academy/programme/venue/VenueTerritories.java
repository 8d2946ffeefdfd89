package by.egov.academy.programme.venue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import by.egov.academy.platform.LocaleConfiguration;
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

    private record Row(long id, String level, long regionId, String nameRu, String nameBe, String nameEn) {
    }

    private final JdbcClient jdbc;

    VenueTerritories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All regions, or the one given, with everything in them; the region itself first. */
    List<Group> groups(Long onlyRegion, Locale locale) {
        List<Row> rows = jdbc.sql("""
                        select t.id, t.level, t.region_id, t.name_ru, t.name_be, t.name_en
                        from territory t join territory r on r.id = t.region_id
                        where cast(:region as bigint) is null or t.region_id = cast(:region as bigint)
                        order by r.sort_order, r.id, case when t.id = t.region_id then 0 else 1 end,
                                 case t.level when 'CITY' then 0 when 'CITY_DISTRICT' then 1 else 2 end, t.name_ru
                        """).param("region", onlyRegion, java.sql.Types.BIGINT)
                .query(Row.class).list();
        Map<Long, Group> groups = new LinkedHashMap<>();
        for (Row r : rows) {
            String name = LocaleConfiguration.pick(locale, r.nameRu(), r.nameBe(), r.nameEn());
            Group g = groups.computeIfAbsent(r.regionId(), k -> new Group(k, name, new ArrayList<>()));
            g.options().add(new Option(r.id(), r.id() == r.regionId() ? name : "— " + name));
        }
        return List.copyOf(groups.values());
    }
}

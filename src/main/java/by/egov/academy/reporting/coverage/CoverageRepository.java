package by.egov.academy.reporting.coverage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Coverage figures from the summary table {@code coverage_org_seminar} (V22: per seminar and organisation, kept by
 * triggers on invitations), never from the invitations themselves: a whole-programme report reads tens of thousands
 * of summary rows instead of a million and a half invitations.
 */
@Repository
class CoverageRepository {

    /** The categories a seminar's audience is drawn from (partners, ministries and institutes give the talks). */
    static final List<String> TARGET_CATEGORIES = List.of("OBLAST_EXECUTIVE_COMMITTEE", "CITY_EXECUTIVE_COMMITTEE",
            "DISTRICT_EXECUTIVE_COMMITTEE", "CITY_DISTRICT_ADMINISTRATION", "HOUSING_UTILITIES", "OTHER");

    private static final String YEAR = "extract(year from coalesce(s.starts_at at time zone 'Europe/Minsk', s.planned_month))";

    private final JdbcClient jdbc;

    CoverageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The seminars the filter selects, as a condition on {@code s} (a seminar), with its parameters. */
    private static String seminarCondition(CoverageFilter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("s.status <> 'CANCELLED'");
        if (f.programme() != null) {
            where.append(" and s.programme_id = :programme");
            params.put("programme", f.programme());
        }
        if (f.cycle() != null) {
            where.append(" and s.cycle_id = :cycle");
            params.put("cycle", f.cycle());
        }
        if (f.from() != null) {
            where.append(" and ").append(YEAR).append(" >= :fromYear");
            params.put("fromYear", f.from());
        }
        if (f.to() != null) {
            where.append(" and ").append(YEAR).append(" <= :toYear");
            params.put("toYear", f.to());
        }
        return where.toString();
    }

    private static List<String> categories(CoverageFilter f) {
        return f.category() == null ? TARGET_CATEGORIES : List.of(f.category());
    }

    /** The territories' figures and how many seminars the filter selected. */
    record Territories(List<CoverageRow> rows, long seminars) {
    }

    /**
     * Figures per territory where target organisations are, with the territory's names and region, and (on every
     * row, so that one statement answers) the number of seminars selected.
     */
    Territories territories(CoverageFilter f) {
        Map<String, Object> params = new HashMap<>();
        String seminars = seminarCondition(f, params);
        params.put("categories", categories(f));
        long[] seminarCount = new long[1];
        List<CoverageRow> rows = jdbc.sql("""
                with selected as (select s.id from seminar s where %1$s),
                per_org as (
                    select c.organisation_id, sum(c.invited) as invited, sum(c.attended_in_person) as in_person,
                           sum(c.attended_remote) as remote
                    from coverage_org_seminar c join selected s on s.id = c.seminar_id
                    group by c.organisation_id),
                per_territory as (
                    select o.territory_id,
                           count(*) as target,
                           count(*) filter (where p.in_person + p.remote > 0) as reached,
                           coalesce(sum(p.invited), 0) as invited,
                           coalesce(sum(p.in_person), 0) as in_person,
                           coalesce(sum(p.remote), 0) as remote,
                           count(*) filter (where o.category = 'DISTRICT_EXECUTIVE_COMMITTEE') as committees,
                           count(*) filter (where o.category = 'DISTRICT_EXECUTIVE_COMMITTEE'
                                            and p.in_person + p.remote > 0) as committees_reached
                    from organisation o left join per_org p on p.organisation_id = o.id
                    where o.category in (:categories)
                    group by o.territory_id)
                select t.id, t.code, t.level, t.region_id, t.name_ru, t.name_be, t.name_en, pt.*,
                       (select count(*) from selected) as seminars
                from per_territory pt join territory t on t.id = pt.territory_id
                order by t.region_id, t.level <> 'OBLAST' and t.level <> 'CITY_OF_REPUBLIC', t.sort_order, t.name_ru collate ru_icu
                """.formatted(seminars)).params(params)
                .query((rs, n) -> {
                    seminarCount[0] = rs.getLong("seminars");
                    return new CoverageRow(rs.getLong("id"), rs.getString("code"), rs.getString("level"),
                        rs.getLong("region_id"), rs.getString("name_ru"), rs.getString("name_be"), rs.getString("name_en"),
                        new Figures(rs.getLong("target"), rs.getLong("reached"), rs.getLong("invited"),
                                rs.getLong("in_person"), rs.getLong("remote"), rs.getLong("committees"),
                                rs.getLong("committees_reached")));
                }).list();
        if (rows.isEmpty()) { // no target organisation matched: the count comes on its own
            seminarCount[0] = jdbc.sql("select count(*) from seminar s where " + seminars).params(params)
                    .query(Long.class).single();
        }
        return new Territories(rows, seminarCount[0]);
    }

    private volatile List<CoverageRow> regions;

    /**
     * Every region (oblast or Minsk city), in the reference order, with no figures yet. Territories are reference
     * data that only a migration changes, so they are read once.
     */
    List<CoverageRow> regions() {
        List<CoverageRow> known = regions;
        if (known == null) {
            known = readRegions();
            regions = known;
        }
        return known;
    }

    private List<CoverageRow> readRegions() {
        return jdbc.sql("""
                select id, code, level, region_id, name_ru, name_be, name_en from territory
                where level in ('OBLAST', 'CITY_OF_REPUBLIC') order by sort_order, id""")
                .query((rs, n) -> new CoverageRow(rs.getLong("id"), rs.getString("code"), rs.getString("level"),
                        rs.getLong("region_id"), rs.getString("name_ru"), rs.getString("name_be"), rs.getString("name_en"),
                        Figures.ZERO)).list();
    }

    /** Target organisations of one region with no attendance within the filter, by territory and name. */
    List<UnreachedOrganisation> unreached(CoverageFilter f, long regionId) {
        Map<String, Object> params = new HashMap<>();
        String seminars = seminarCondition(f, params);
        params.put("categories", categories(f));
        params.put("region", regionId);
        return jdbc.sql("""
                select o.id, o.name_ru, o.category, t.id as territory_id, t.name_ru as territory_name,
                       coalesce(sum(c.invited), 0) as invited, o.name_be, o.name_en,
                       t.name_be as territory_name_be, t.name_en as territory_name_en
                from organisation o
                join territory t on t.id = o.territory_id
                left join (coverage_org_seminar c join seminar s on s.id = c.seminar_id and %s)
                       on c.organisation_id = o.id
                where t.region_id = :region and o.category in (:categories)
                group by o.id, o.name_ru, o.name_be, o.name_en, o.category, t.id, t.name_ru, t.name_be, t.name_en, t.sort_order
                having coalesce(sum(c.attended_in_person + c.attended_remote), 0) = 0
                order by t.sort_order, t.name_ru collate ru_icu, o.name_ru collate ru_icu
                """.formatted(seminars)).params(params)
                .query((rs, n) -> new UnreachedOrganisation(rs.getLong("id"), rs.getString("name_ru"),
                        rs.getString("category"), rs.getLong("territory_id"), rs.getString("territory_name"),
                        rs.getLong("invited"), rs.getString("name_be"), rs.getString("name_en"),
                        rs.getString("territory_name_be"), rs.getString("territory_name_en"))).list();
    }

    // ---- what the filter's ids must name

    Optional<Long> cycleProgramme(long cycleId) {
        return jdbc.sql("select programme_id from cycle where id = :id").param("id", cycleId).query(Long.class).optional();
    }

    boolean programmeExists(long id) {
        return jdbc.sql("select count(*) from programme where id = :id").param("id", id).query(Integer.class).single() > 0;
    }

    int firstProgrammeYear() {
        return jdbc.sql("select coalesce(min(start_year), 2016) from programme").query(Integer.class).single();
    }

    List<Map<String, Object>> programmes() {
        return jdbc.sql("select id, title_ru, title_be, title_en from programme order by id").query().listOfRows();
    }

    List<Map<String, Object>> cycles() {
        return jdbc.sql("select id, programme_id, title_ru, title_be, title_en from cycle order by id").query().listOfRows();
    }

    Optional<Long> regionOf(long territoryId) {
        return jdbc.sql("select id from territory where id = :id and level in ('OBLAST', 'CITY_OF_REPUBLIC')")
                .param("id", territoryId).query(Long.class).optional();
    }
}

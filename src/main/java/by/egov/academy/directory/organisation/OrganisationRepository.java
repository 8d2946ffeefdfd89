package by.egov.academy.directory.organisation;

import java.util.List;
import java.util.Optional;

import by.egov.academy.directory.access.DirectoryAccess.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OrganisationRepository {

    private static final String SELECT = """
            select o.id, o.name_ru, o.name_be, o.name_en, o.category, o.territory_id, o.address,
                   t.name_ru as territory_name_ru, t.name_be as territory_name_be, t.name_en as territory_name_en,
                   t.region_id,
                   (select count(*) from official f where f.organisation_id = o.id) as official_count
            from organisation o
            join territory t on t.id = o.territory_id
            """;

    /** Filters of the organisation list; null means "any". */
    public record Filter(String query, OrganisationCategory category, List<Long> territoryIds) {
    }

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organisation> find(long id) {
        return jdbc.sql(SELECT + " where o.id = :id").param("id", id).query(Organisation.class).optional();
    }

    public List<Organisation> search(Filter filter, Scope scope, int limit, int offset) {
        return jdbc.sql(SELECT + WHERE + """
                         order by t.region_id, o.category, o.name_ru collate ru_icu
                         limit :limit offset :offset
                        """)
                .params(params(filter, scope))
                .param("limit", limit).param("offset", offset)
                .query(Organisation.class).list();
    }

    public long count(Filter filter, Scope scope) {
        return jdbc.sql("select count(*) from organisation o join territory t on t.id = o.territory_id" + WHERE)
                .params(params(filter, scope)).query(Long.class).single();
    }

    private static final String WHERE = """
             where (cast(:q as text) is null or o.search_text like '%' || translate(lower(cast(:q as text)), 'ё', 'е') || '%')
               and (cast(:category as text) is null or o.category = cast(:category as text))
               and (cast(:territories as text) is null or o.territory_id = any(cast(string_to_array(cast(:territories as text), ',') as bigint[])))
               and (cast(:region as bigint) is null or t.region_id = cast(:region as bigint))
               and (cast(:scopeTerritory as bigint) is null or o.territory_id = cast(:scopeTerritory as bigint))
            """;

    private static java.util.Map<String, Object> params(Filter filter, Scope scope) {
        var map = new java.util.HashMap<String, Object>();
        String q = filter.query() == null || filter.query().isBlank() ? null : escapeLike(filter.query().strip());
        map.put("q", q);
        map.put("category", filter.category() == null ? null : filter.category().name());
        map.put("territories", filter.territoryIds() == null ? null
                : filter.territoryIds().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
        map.put("region", scope.regionId());
        map.put("scopeTerritory", scope.territoryId());
        return map;
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public long insert(OrganisationCommand c) {
        return jdbc.sql("""
                        insert into organisation (name_ru, name_be, name_en, category, territory_id, address)
                        values (:nameRu, :nameBe, :nameEn, :category, :territoryId, :address)
                        returning id
                        """)
                .param("nameRu", c.nameRu().strip()).param("nameBe", blankToNull(c.nameBe())).param("nameEn", blankToNull(c.nameEn()))
                .param("category", c.category().name()).param("territoryId", c.territoryId())
                .param("address", blankToNull(c.address()))
                .query(Long.class).single();
    }

    public void update(long id, OrganisationCommand c) {
        jdbc.sql("""
                        update organisation set name_ru = :nameRu, name_be = :nameBe, name_en = :nameEn, category = :category,
                               territory_id = :territoryId, address = :address, updated_at = now()
                        where id = :id
                        """)
                .param("nameRu", c.nameRu().strip()).param("nameBe", blankToNull(c.nameBe())).param("nameEn", blankToNull(c.nameEn()))
                .param("category", c.category().name()).param("territoryId", c.territoryId())
                .param("address", blankToNull(c.address())).param("id", id)
                .update();
    }

    /** Deletes unless officials still belong to it; the row lock makes the check and the delete one step. */
    public boolean deleteIfEmpty(long id) {
        return jdbc.sql("""
                        delete from organisation o where o.id = :id
                          and not exists (select 1 from official f where f.organisation_id = o.id)
                          and not exists (select 1 from seminar_organiser so where so.organisation_id = o.id)
                          and not exists (select 1 from venue v where v.host_organisation_id = o.id)
                          and not exists (select 1 from expert e where e.organisation_id = o.id)
                        """).param("id", id).update() == 1;
    }

    /** Organisations a user may pick, for select boxes: id and name in Russian and Belarusian. */
    public List<Organisation> allInScope(Scope scope) {
        return search(new Filter(null, null, null), scope, 10_000, 0);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

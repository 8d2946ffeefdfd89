package by.egov.academy.directory.territory;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TerritoryRepository {

    private static final String SELECT = """
            select id, code, level, parent_id, region_id, name_ru, name_be, name_en, centre_ru, centre_be, centre_en
            from territory
            """;
    // Minsk city first, then oblasts alphabetically (in Russian), as official lists order them
    private static final String ORDER = " order by case level when 'CITY_OF_REPUBLIC' then 0 else 1 end, sort_order, name_ru collate ru_icu";

    private final JdbcClient jdbc;

    TerritoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Territory> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Territory.class).optional();
    }

    public Optional<Territory> findByCode(String code) {
        return jdbc.sql(SELECT + " where code = :code").param("code", code).query(Territory.class).optional();
    }

    public List<Territory> find(TerritoryLevel level, Long parentId) {
        return jdbc.sql(SELECT + """
                         where (cast(:level as text) is null or level = cast(:level as text))
                           and (cast(:parent as bigint) is null or parent_id = cast(:parent as bigint))
                        """ + ORDER)
                .param("level", level == null ? null : level.name(), java.sql.Types.VARCHAR)
                .param("parent", parentId, java.sql.Types.BIGINT)
                .query(Territory.class).list();
    }

    public List<Territory> regions() {
        return jdbc.sql(SELECT + " where level in ('CITY_OF_REPUBLIC', 'OBLAST')" + ORDER).query(Territory.class).list();
    }

    public List<Territory> children(long parentId) {
        return jdbc.sql(SELECT + " where parent_id = :p" + ORDER).param("p", parentId).query(Territory.class).list();
    }

    /** Districts and city districts (units a site operator can be bound to), by region. */
    public List<Territory> localUnits() {
        return jdbc.sql(SELECT + " where level in ('DISTRICT', 'CITY_DISTRICT') order by region_id, level, name_ru collate ru_icu")
                .query(Territory.class).list();
    }

    /** The unit and everything under it: the scope of a territory filter. */
    public List<Long> subtreeIds(long id) {
        return jdbc.sql("""
                        with recursive sub(id) as (
                            select id from territory where id = :id
                            union all
                            select t.id from territory t join sub on t.parent_id = sub.id)
                        select id from sub
                        """).param("id", id).query(Long.class).list();
    }

    public List<Territory> all() {
        return jdbc.sql(SELECT + " order by region_id, level, sort_order, name_ru collate ru_icu").query(Territory.class).list();
    }
}

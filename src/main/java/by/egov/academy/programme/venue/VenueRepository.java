package by.egov.academy.programme.venue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Venues in explicit SQL, with their territory (any level) and host organisation read for display. */
@Repository
class VenueRepository {

    private static final String SELECT = """
            select v.id, v.name_ru, v.name_be, v.name_en, v.address as address_ru, v.address_be, v.address_en,
                   v.territory_id, t.name_ru as territory_name_ru, t.name_be as territory_name_be,
                   t.name_en as territory_name_en, t.region_id,
                   v.host_organisation_id, o.name_ru as host_name_ru, o.name_be as host_name_be, o.name_en as host_name_en,
                   v.capacity, v.notes_ru, v.notes_be, v.notes_en, v.retired_at,
                   (select count(*) from seminar s where s.venue_id = v.id) as seminar_count
            from venue v
            join territory t on t.id = v.territory_id
            left join organisation o on o.id = v.host_organisation_id
            """;

    /** The list's filters; null means any. Territories: the chosen one and everything under it. */
    record Filter(String query, List<Long> territoryIds, boolean includeRetired) {
    }

    private final JdbcClient jdbc;

    VenueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Venue> find(long id) {
        return jdbc.sql(SELECT + " where v.id = :id").param("id", id).query(Venue.class).optional();
    }

    private static final String WHERE = """
             where (cast(:q as text) is null or lower(v.name_ru || ' ' || coalesce(v.name_be, '') || ' ' || coalesce(v.name_en, '')
                    || ' ' || coalesce(v.address, '') || ' ' || coalesce(v.address_be, '') || ' ' || coalesce(v.address_en, '')
                    || ' ' || t.name_ru) like '%' || cast(:q as text) || '%')
               and (cast(:territories as text) is null
                    or v.territory_id = any(cast(string_to_array(cast(:territories as text), ',') as bigint[])))
               and (:retired or v.retired_at is null)
            """;

    List<Venue> search(Filter f, int limit, int offset) {
        return jdbc.sql(SELECT + WHERE + " order by t.region_id, v.name_ru collate ru_icu, v.id limit :limit offset :offset")
                .params(params(f)).param("limit", limit).param("offset", offset).query(Venue.class).list();
    }

    long count(Filter f) {
        return jdbc.sql("select count(*) from venue v join territory t on t.id = v.territory_id" + WHERE)
                .params(params(f)).query(Long.class).single();
    }

    /** Active venues matching q: those of the given region first, then the rest, each by name. */
    List<Venue> pick(long regionId, String q, int limit) {
        return jdbc.sql(SELECT + WHERE + """
                         order by case when t.region_id = :region then 0 else 1 end, v.name_ru collate ru_icu, v.id limit :limit
                        """)
                .params(params(new Filter(q, null, false))).param("region", regionId).param("limit", limit)
                .query(Venue.class).list();
    }

    private static Map<String, Object> params(Filter f) {
        Map<String, Object> m = new HashMap<>();
        m.put("q", f.query() == null || f.query().isBlank() ? null : escapeLike(f.query().strip().toLowerCase()));
        m.put("territories", f.territoryIds() == null ? null
                : f.territoryIds().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
        m.put("retired", f.includeRetired());
        return m;
    }

    long insert(VenueCommand c) {
        return jdbc.sql("""
                        insert into venue (name_ru, name_be, name_en, address, address_be, address_en, territory_id,
                                           host_organisation_id, capacity, notes_ru, notes_be, notes_en)
                        values (:nameRu, :nameBe, :nameEn, :addressRu, :addressBe, :addressEn, :territory, :host, :capacity,
                                :notesRu, :notesBe, :notesEn)
                        returning id
                        """)
                .param("nameRu", c.nameRu().strip()).param("nameBe", blankToNull(c.nameBe()))
                .param("nameEn", blankToNull(c.nameEn())).param("addressRu", blankToNull(c.addressRu()))
                .param("addressBe", blankToNull(c.addressBe())).param("addressEn", blankToNull(c.addressEn()))
                .param("territory", c.territoryId()).param("host", c.hostOrganisationId(), java.sql.Types.BIGINT)
                .param("capacity", c.capacity(), java.sql.Types.INTEGER)
                .param("notesRu", blankToNull(c.notesRu())).param("notesBe", blankToNull(c.notesBe()))
                .param("notesEn", blankToNull(c.notesEn()))
                .query(Long.class).single();
    }

    /**
     * Each text left out (null) keeps its stored value, an empty one clears it, in one statement so that two
     * people translating at once both keep theirs (the Russian name is checked before it gets here).
     */
    void update(long id, VenueCommand c) {
        jdbc.sql("""
                        update venue set
                            name_ru = coalesce(cast(:nameRu as text), name_ru),
                            name_be = %s, name_en = %s, address = %s, address_be = %s, address_en = %s,
                            notes_ru = %s, notes_be = %s, notes_en = %s,
                            territory_id = coalesce(cast(:territory as bigint), territory_id),
                            host_organisation_id = cast(:host as bigint),
                            capacity = cast(:capacity as integer)
                        where id = :id
                        """.formatted(keep("name_be", "nameBe"), keep("name_en", "nameEn"), keep("address", "addressRu"),
                        keep("address_be", "addressBe"), keep("address_en", "addressEn"), keep("notes_ru", "notesRu"),
                        keep("notes_be", "notesBe"), keep("notes_en", "notesEn")))
                .param("nameRu", c.nameRu() == null ? null : c.nameRu().strip())
                .param("nameBe", c.nameBe()).param("nameEn", c.nameEn())
                .param("addressRu", c.addressRu()).param("addressBe", c.addressBe()).param("addressEn", c.addressEn())
                .param("notesRu", c.notesRu()).param("notesBe", c.notesBe()).param("notesEn", c.notesEn())
                .param("territory", c.territoryId(), java.sql.Types.BIGINT)
                .param("host", c.hostOrganisationId(), java.sql.Types.BIGINT)
                .param("capacity", c.capacity(), java.sql.Types.INTEGER)
                .param("id", id)
                .update();
    }

    /** column = the parameter if given (empty clears it), else the column as it is. */
    private static String keep(String column, String param) {
        return "case when cast(:%s as text) is null then %s else nullif(btrim(cast(:%s as text)), '') end"
                .formatted(param, column, param);
    }

    /** Retired at the moment given, or back in use when null. */
    void setRetired(long id, Instant at) {
        if (at == null) {
            jdbc.sql("update venue set retired_at = null where id = :id").param("id", id).update();
        } else {
            jdbc.sql("update venue set retired_at = :at where id = :id").param("at", java.sql.Timestamp.from(at))
                    .param("id", id).update();
        }
    }

    /** Deletes unless a seminar was or will be held there; check and delete in one statement. */
    boolean deleteIfUnused(long id) {
        return jdbc.sql("""
                        delete from venue v where v.id = :id
                          and not exists (select 1 from seminar s where s.venue_id = v.id)
                        """).param("id", id).update() == 1;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

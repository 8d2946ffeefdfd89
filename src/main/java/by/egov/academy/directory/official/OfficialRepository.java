package by.egov.academy.directory.official;

import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import by.egov.academy.directory.access.DirectoryAccess.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OfficialRepository {

    private static final String SELECT = """
            select f.id, f.full_name, f.position, f.leadership, f.organisation_id, f.email, f.phone, f.language,
                   o.name_ru as organisation_name_ru, o.name_be as organisation_name_be,
                   t.id as territory_id, t.name_ru as territory_name_ru, t.name_be as territory_name_be,
                   t.name_en as territory_name_en, t.region_id
            from official f
            join organisation o on o.id = f.organisation_id
            join territory t on t.id = o.territory_id
            """;

    // ё/е-insensitive substring match on the person (name, position) or the organisation
    private static final String WHERE = """
             where (cast(:q as text) is null
                    or f.search_text like '%' || translate(lower(cast(:q as text)), 'ё', 'е') || '%'
                    or o.search_text like '%' || translate(lower(cast(:q as text)), 'ё', 'е') || '%')
               and (cast(:organisation as bigint) is null or f.organisation_id = cast(:organisation as bigint))
               and (cast(:leadership as text) is null or f.leadership = cast(:leadership as text))
               and (cast(:territories as text) is null
                    or o.territory_id = any(cast(string_to_array(cast(:territories as text), ',') as bigint[])))
               and (cast(:region as bigint) is null or t.region_id = cast(:region as bigint))
               and (cast(:scopeTerritory as bigint) is null or o.territory_id = cast(:scopeTerritory as bigint))
            """;

    public record Filter(String query, Long organisationId, Leadership leadership, List<Long> territoryIds) {
    }

    private final JdbcClient jdbc;

    OfficialRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Official> find(long id) {
        return jdbc.sql(SELECT + " where f.id = :id").param("id", id).query(Official.class).optional();
    }

    public List<Official> byOrganisation(long organisationId) {
        return jdbc.sql(SELECT + " where f.organisation_id = :o order by f.leadership, f.full_name collate ru_icu")
                .param("o", organisationId).query(Official.class).list();
    }

    public List<Official> search(Filter filter, Scope scope, int limit, int offset) {
        return jdbc.sql(SELECT + WHERE + " order by f.full_name collate ru_icu, f.id limit :limit offset :offset")
                .params(params(filter, scope)).param("limit", limit).param("offset", offset)
                .query(Official.class).list();
    }

    public long count(Filter filter, Scope scope) {
        return jdbc.sql("""
                        select count(*) from official f
                        join organisation o on o.id = f.organisation_id
                        join territory t on t.id = o.territory_id
                        """ + WHERE)
                .params(params(filter, scope)).query(Long.class).single();
    }

    private static Map<String, Object> params(Filter filter, Scope scope) {
        Map<String, Object> map = new HashMap<>();
        String q = filter.query() == null || filter.query().isBlank() ? null : escapeLike(filter.query().strip());
        map.put("q", q);
        map.put("organisation", filter.organisationId());
        map.put("leadership", filter.leadership() == null ? null : filter.leadership().name());
        map.put("territories", filter.territoryIds() == null ? null
                : filter.territoryIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
        map.put("region", scope.regionId());
        map.put("scopeTerritory", scope.territoryId());
        return map;
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public long insert(OfficialCommand c) {
        return jdbc.sql("""
                        insert into official (full_name, position, leadership, organisation_id, email, phone, language)
                        values (:fullName, :position, :leadership, :organisationId, :email, :phone, :language)
                        returning id
                        """)
                .params(values(c)).query(Long.class).single();
    }

    public void update(long id, OfficialCommand c) {
        jdbc.sql("""
                        update official set full_name = :fullName, position = :position, leadership = :leadership,
                               organisation_id = :organisationId, email = :email, phone = :phone, language = :language,
                               updated_at = now()
                        where id = :id
                        """)
                .params(values(c)).param("id", id).update();
    }

    /** Invitations (and so the record of seminars) that keep an official in the directory. */
    public int invitationCount(long id) {
        return jdbc.sql("select count(*) from invitation where official_id = :id").param("id", id)
                .query(Integer.class).single();
    }

    public void delete(long id) {
        jdbc.sql("delete from official where id = :id").param("id", id).update();
    }

    /** The territory of the organisation of the official (other than {@code exceptId}) who has this address. */
    public java.util.Optional<Long> emailOwnerTerritory(String email, Long exceptId) {
        return jdbc.sql("""
                        select o.territory_id from official f join organisation o on o.id = f.organisation_id
                        where lower(f.email) = lower(:e) and (cast(:except as bigint) is null or f.id <> cast(:except as bigint))
                        """)
                .param("e", email.strip()).param("except", exceptId, Types.BIGINT).query(Long.class).optional();
    }

    /**
     * Of the given addresses (lower case), those already in the directory, each with the territory of its
     * official's organisation: one query for a whole import.
     */
    public Map<String, Long> existingEmailTerritories(java.util.Collection<String> lowerCaseEmails) {
        if (lowerCaseEmails.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> found = new HashMap<>();
        jdbc.sql("""
                        select lower(f.email) as email, o.territory_id from official f
                        join organisation o on o.id = f.organisation_id
                        where lower(f.email) = any(cast(string_to_array(cast(:emails as text), chr(1)) as text[]))
                        """)
                .param("emails", String.join("\u0001", lowerCaseEmails))
                .query((rs, n) -> found.put(rs.getString("email"), rs.getLong("territory_id"))).list();
        return found;
    }

    private static Map<String, Object> values(OfficialCommand c) {
        Map<String, Object> map = new HashMap<>();
        map.put("fullName", c.fullName().strip().replaceAll("\\s+", " "));
        map.put("position", c.position().strip());
        map.put("leadership", c.leadership().name());
        map.put("organisationId", c.organisationId());
        map.put("email", c.email().strip());
        map.put("phone", c.phone() == null || c.phone().isBlank() ? null : c.phone().strip());
        map.put("language", c.languageOrDefault());
        return map;
    }
}

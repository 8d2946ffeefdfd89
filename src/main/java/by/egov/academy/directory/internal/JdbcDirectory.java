package by.egov.academy.directory.internal;

import java.util.List;
import java.util.Optional;

import by.egov.academy.directory.Directory;
import by.egov.academy.directory.OfficialRef;
import by.egov.academy.directory.OrganisationRef;
import by.egov.academy.directory.TerritoryRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcDirectory implements Directory {

    private static final String TERRITORY = """
            select id, code, level, parent_id, region_id, name_ru, name_be, name_en, centre_ru, centre_be, centre_en,
                   ru_gen, ru_prep, be_gen, be_prep
            from territory
            """;
    private static final String ORGANISATION =
            "select id, name_ru, name_be, name_en, category, territory_id, address from organisation";

    private final JdbcClient jdbc;

    JdbcDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TerritoryRef> territory(long id) {
        return jdbc.sql(TERRITORY + " where id = :id").param("id", id).query(TerritoryRef.class).optional();
    }

    @Override
    public Optional<TerritoryRef> territoryByCode(String code) {
        return jdbc.sql(TERRITORY + " where code = :c").param("c", code).query(TerritoryRef.class).optional();
    }

    @Override
    public List<TerritoryRef> regions() {
        return jdbc.sql(TERRITORY + " where level in ('CITY_OF_REPUBLIC', 'OBLAST') order by level <> 'CITY_OF_REPUBLIC', sort_order, name_ru collate ru_icu")
                .query(TerritoryRef.class).list();
    }

    @Override
    public List<TerritoryRef> districtsOf(long oblastId) {
        return jdbc.sql(TERRITORY + " where parent_id = :p and level = 'DISTRICT' order by sort_order, name_ru collate ru_icu")
                .param("p", oblastId).query(TerritoryRef.class).list();
    }

    @Override
    public List<TerritoryRef> citiesOf(long oblastId) {
        return jdbc.sql(TERRITORY + " where parent_id = :p and level = 'CITY' order by name_ru collate ru_icu")
                .param("p", oblastId).query(TerritoryRef.class).list();
    }

    // districtId: the district (or city district) an official's organisation is in, for choosing a remote site
    private static final String OFFICIAL = """
            select f.id, f.full_name, f.position, f.leadership, f.email, f.language, o.id as organisation_id,
                   o.name_ru as organisation_name_ru, o.name_be as organisation_name_be, t.id as territory_id,
                   t.name_ru as territory_name_ru, t.region_id,
                   case when t.level in ('DISTRICT', 'CITY_DISTRICT') then t.id
                        when t.level = 'CITY' then (select d.id from territory d where d.parent_id = t.parent_id
                                                      and d.level = 'DISTRICT' and d.centre_ru = t.name_ru limit 1)
                   end as district_id
            from official f join organisation o on o.id = f.organisation_id join territory t on t.id = o.territory_id
            """;

    @Override
    public Optional<OfficialRef> official(long id) {
        return jdbc.sql(OFFICIAL + " where f.id = :id").param("id", id).query(OfficialRef.class).optional();
    }

    @Override
    public List<OfficialRef> officialsOfOrganisation(long organisationId) {
        return jdbc.sql(OFFICIAL + " where o.id = :o order by f.full_name collate ru_icu").param("o", organisationId)
                .query(OfficialRef.class).list();
    }

    @Override
    public List<OfficialRef> officialsMatching(List<String> categories, List<Long> territoryIds, List<String> leaderships) {
        return jdbc.sql(OFFICIAL + """
                         where (cast(:cats as text) = '' or o.category = any(string_to_array(cast(:cats as text), ',')))
                           and o.territory_id = any(cast(string_to_array(cast(:terr as text), ',') as bigint[]))
                           and f.leadership = any(string_to_array(cast(:lead as text), ','))
                         order by t.region_id, o.name_ru collate ru_icu, f.full_name collate ru_icu
                        """)
                .param("cats", String.join(",", categories))
                .param("terr", String.join(",", territoryIds.stream().map(String::valueOf).toList()))
                .param("lead", String.join(",", leaderships))
                .query(OfficialRef.class).list();
    }

    @Override
    public Optional<OfficialRef> addOfficial(String fullName, String position, String leadership, long organisationId,
                                             String email) {
        Optional<OfficialRef> existing = jdbc.sql(OFFICIAL + " where lower(f.email) = lower(:e)").param("e", email.strip())
                .query(OfficialRef.class).optional();
        if (existing.isPresent()) {
            return existing.filter(o -> o.organisationId() == organisationId);
        }
        long id = jdbc.sql("""
                        insert into official (full_name, position, leadership, organisation_id, email)
                        values (:n, :p, :l, :o, :e) returning id
                        """).param("n", fullName.strip()).param("p", position.strip()).param("l", leadership)
                .param("o", organisationId).param("e", email.strip()).query(Long.class).single();
        return official(id);
    }

    @Override
    public List<Long> subtree(long territoryId) {
        return jdbc.sql("""
                        with recursive sub(id) as (select id from territory where id = :id
                            union all select t.id from territory t join sub on t.parent_id = sub.id)
                        select id from sub
                        """).param("id", territoryId).query(Long.class).list();
    }

    @Override
    public List<TerritoryRef> children(long territoryId) {
        return jdbc.sql(TERRITORY + " where parent_id = :p order by level, sort_order, name_ru collate ru_icu").param("p", territoryId)
                .query(TerritoryRef.class).list();
    }

    @Override
    public Optional<OrganisationRef> organisation(long id) {
        return jdbc.sql(ORGANISATION + " where id = :id").param("id", id).query(OrganisationRef.class).optional();
    }

    @Override
    public Optional<OrganisationRef> executiveCommitteeOf(long territoryId) {
        return jdbc.sql(ORGANISATION + """
                         where territory_id = :t and category in
                           ('OBLAST_EXECUTIVE_COMMITTEE', 'CITY_EXECUTIVE_COMMITTEE', 'DISTRICT_EXECUTIVE_COMMITTEE')
                         order by id limit 1
                        """).param("t", territoryId).query(OrganisationRef.class).optional();
    }

    @Override
    public List<OrganisationRef> organisationsIn(List<Long> territoryIds) {
        return jdbc.sql(ORGANISATION + """
                         where territory_id = any(cast(string_to_array(cast(:t as text), ',') as bigint[])) order by name_ru collate ru_icu
                        """).param("t", String.join(",", territoryIds.stream().map(String::valueOf).toList()))
                .query(OrganisationRef.class).list();
    }

    @Override
    public List<OrganisationRef> organisationsOfCategories(List<String> categories) {
        return jdbc.sql(ORGANISATION + """
                         where category = any(cast(string_to_array(cast(:c as text), ',') as text[])) order by name_ru collate ru_icu
                        """).param("c", String.join(",", categories)).query(OrganisationRef.class).list();
    }

    private static final java.util.Set<String> PARTNER_CATEGORIES = java.util.Set.of(
            "PARTNER_IT_COMPANY", "RESEARCH_INSTITUTE", "UNIVERSITY", "INTERNATIONAL_ORGANISATION", "OTHER");

    @Override
    public List<OrganisationRef> searchOrganisations(String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String q = query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql(ORGANISATION + """
                         where search_text like '%' || translate(lower(:q), 'ё', 'е') || '%'
                            or translate(lower(coalesce(name_en, '')), 'ё', 'е') like '%' || translate(lower(:q), 'ё', 'е') || '%'
                         order by name_ru collate ru_icu limit :limit
                        """).param("q", q).param("limit", Math.max(1, Math.min(limit, 100)))
                .query(OrganisationRef.class).list();
    }

    @Override
    public OrganisationRef partnerOrganisation(String nameRu, String nameBe, String nameEn, String category,
                                               String territoryCode) {
        if (!PARTNER_CATEGORIES.contains(category)) {
            throw new IllegalArgumentException("not a partner category: " + category);
        }
        long territoryId = territoryByCode(territoryCode).orElseThrow().id();
        // the unique index on (lower(name_ru), territory_id) settles two users creating the same partner at once
        Optional<Long> created = jdbc.sql("""
                        insert into organisation (name_ru, name_be, name_en, category, territory_id)
                        values (:ru, :be, :en, :c, :t)
                        on conflict ((lower(name_ru)), territory_id) do nothing returning id
                        """).param("ru", nameRu.strip()).param("be", blankToNull(nameBe)).param("en", blankToNull(nameEn))
                .param("c", category).param("t", territoryId).query(Long.class).optional();
        long id = created.orElseGet(() -> jdbc.sql("select id from organisation where lower(name_ru) = lower(:ru) and territory_id = :t")
                .param("ru", nameRu.strip()).param("t", territoryId).query(Long.class).single());
        return organisation(id).orElseThrow();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public List<OfficialRef> searchOfficials(String query, Long regionId, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String q = query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        // search_text is the lower-cased name and position with ё as е, under a trigram index
        return jdbc.sql(OFFICIAL + """
                         where translate(lower(f.full_name), 'ё', 'е') like '%' || translate(lower(:q), 'ё', 'е') || '%'
                           and f.search_text like '%' || translate(lower(:q), 'ё', 'е') || '%'
                           and (cast(:r as bigint) is null or t.region_id = cast(:r as bigint))
                         order by f.full_name, o.name_ru limit :limit
                        """).param("q", q).param("r", regionId, java.sql.Types.BIGINT)
                .param("limit", Math.max(1, Math.min(limit, 100))).query(OfficialRef.class).list();
    }
}

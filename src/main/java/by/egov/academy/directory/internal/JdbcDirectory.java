package by.egov.academy.directory.internal;

import java.util.List;
import java.util.Optional;

import by.egov.academy.directory.Directory;
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
            "select id, name_ru, name_be, category, territory_id, address from organisation";

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
    public List<TerritoryRef> districtsOf(long oblastId) {
        return jdbc.sql(TERRITORY + " where parent_id = :p and level = 'DISTRICT' order by sort_order, name_ru")
                .param("p", oblastId).query(TerritoryRef.class).list();
    }

    @Override
    public List<TerritoryRef> citiesOf(long oblastId) {
        return jdbc.sql(TERRITORY + " where parent_id = :p and level = 'CITY' order by name_ru")
                .param("p", oblastId).query(TerritoryRef.class).list();
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
    public List<OrganisationRef> organisationsOfCategories(List<String> categories) {
        return jdbc.sql(ORGANISATION + """
                         where category = any(cast(string_to_array(cast(:c as text), ',') as text[])) order by name_ru
                        """).param("c", String.join(",", categories)).query(OrganisationRef.class).list();
    }
}

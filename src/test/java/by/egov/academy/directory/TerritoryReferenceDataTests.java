package by.egov.academy.directory;

import java.util.List;
import java.util.Map;

import by.egov.academy.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference data shipped by the migrations is complete and says what generated text needs. */
@IntegrationTest
class TerritoryReferenceDataTests {

    @Autowired
    JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void belarusHasMinskCitySixOblastsAnd118Districts() {
        assertThat(count("select count(*) from territory where level = 'CITY_OF_REPUBLIC'")).isEqualTo(1);
        assertThat(count("select count(*) from territory where level = 'OBLAST'")).isEqualTo(6);
        assertThat(count("select count(*) from territory where level = 'DISTRICT'")).isEqualTo(118);
        Map<String, Long> perOblast = new java.util.HashMap<>();
        jdbc.sql("""
                        select p.code, count(*) from territory d join territory p on p.id = d.parent_id
                        where d.level = 'DISTRICT' group by p.code
                        """)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> perOblast.put(rs.getString(1), rs.getLong(2)));
        assertThat(perOblast).containsExactlyInAnyOrderEntriesOf(Map.of(
                "BY-BR", 16L, "BY-VI", 21L, "BY-HO", 21L, "BY-HR", 17L, "BY-MI", 22L, "BY-MA", 21L));
        // the city districts of the reference list: 9 of Minsk and those of the oblast centres and Bobruisk
        assertThat(count("select count(*) from territory where level = 'CITY_DISTRICT'")).isEqualTo(24);
        assertThat(count("select count(*) from territory d join territory c on c.id = d.parent_id "
                + "where d.level = 'CITY_DISTRICT' and c.code = 'BY-HM'")).isEqualTo(9);
    }

    @Test
    void everyUnitHasThreeLanguagesAndItsCaseForms() {
        assertThat(count("""
                select count(*) from territory where
                  coalesce(btrim(name_ru), '') = '' or coalesce(btrim(name_be), '') = '' or coalesce(btrim(name_en), '') = ''
                  or coalesce(btrim(ru_gen), '') = '' or coalesce(btrim(ru_dat), '') = '' or coalesce(btrim(ru_acc), '') = ''
                  or coalesce(btrim(ru_ins), '') = '' or coalesce(btrim(ru_prep), '') = ''
                  or coalesce(btrim(be_gen), '') = '' or coalesce(btrim(be_dat), '') = '' or coalesce(btrim(be_acc), '') = ''
                  or coalesce(btrim(be_ins), '') = '' or coalesce(btrim(be_prep), '') = ''
                """)).isZero();
        assertThat(count("select count(*) from territory where level = 'DISTRICT' and (centre_ru is null or centre_be is null or centre_en is null)"))
                .isZero();
        // Belarusian names are Belarusian: no Russian-only letters
        assertThat(count("select count(*) from territory where name_be ~ '[иъщ]' or be_gen ~ '[иъщ]'")).isZero();
    }

    @Test
    void grodnoOblastDeclinesAsTheNewsItemNeedsIt() {
        var row = jdbc.sql("select name_ru, ru_gen, ru_prep, ru_ins, adj_ru, name_be, be_gen, be_prep, name_en from territory where code = 'BY-HR'")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .single();
        assertThat(row).containsExactly("Гродненская область", "Гродненской области", "Гродненской области",
                "Гродненской областью", "Гродненский", "Гродзенская вобласць", "Гродзенскай вобласці",
                "Гродзенскай вобласці", "Grodno Region");
        var lida = jdbc.sql("select name_be, centre_ru, ru_gen, ru_prep from territory where code = 'BY-HR-LIDA'")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
        assertThat(lida).containsExactly("Лідскі раён", "Лида", "Лидского района", "Лидском районе");
        assertThat(count("select count(*) from territory where parent_id = (select id from territory where code = 'BY-HR') and level = 'DISTRICT'"))
                .isEqualTo(17);
    }

    @Test
    void everyExecutiveBodyIsCreatedFromTheReferenceData() {
        assertThat(count("select count(*) from organisation where category = 'OBLAST_EXECUTIVE_COMMITTEE'")).isEqualTo(6);
        assertThat(count("""
                select count(*) from territory t where t.level = 'DISTRICT' and not exists (
                  select 1 from organisation o where o.territory_id = t.id and o.category = 'DISTRICT_EXECUTIVE_COMMITTEE')
                """)).isZero();
        assertThat(count("""
                select count(*) from territory t where t.level = 'CITY_DISTRICT' and not exists (
                  select 1 from organisation o where o.territory_id = t.id and o.category = 'CITY_DISTRICT_ADMINISTRATION')
                """)).isZero();
        assertThat(jdbc.sql("select name_ru from organisation where category = 'CITY_DISTRICT_ADMINISTRATION' and name_ru like '%Октябрьского района г. Гродно'")
                .query(String.class).list()).containsExactly("Администрация Октябрьского района г. Гродно");
        assertThat(count("select count(*) from organisation where name_ru = 'Гродненский городской исполнительный комитет'")).isEqualTo(1);
        assertThat(count("select count(*) from organisation where name_ru = 'Минский городской исполнительный комитет'")).isEqualTo(1);
        assertThat(count("select count(*) from organisation where name_ru = 'Лидский районный исполнительный комитет' and name_be = 'Лідскі раённы выканаўчы камітэт'")).isEqualTo(1);
    }
}

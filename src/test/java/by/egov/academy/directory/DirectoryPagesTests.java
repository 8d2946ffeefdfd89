package by.egov.academy.directory;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Creating, changing, finding and removing organisations and officials, and what bad input gets. */
@IntegrationTest
class DirectoryPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    MockHttpSession admin;

    @BeforeEach
    void signIn() throws Exception {
        admin = Sessions.admin(mvc);
    }

    private long officials() {
        return jdbc.sql("select count(*) from official").query(Long.class).single();
    }

    @Test
    void invalidOfficialFormKeepsWhatWasTypedAndNamesTheFields() throws Exception {
        long before = officials();
        String page = mvc.perform(post("/directory/officials").session(admin).with(csrf())
                        .param("fullName", "Кірыла Тэставы")
                        .param("position", "")
                        .param("leadership", "HEAD")
                        .param("organisationId", "" + TestData.organisation(jdbc, "Лидский районный исполнительный комитет"))
                        .param("email", "not-an-address")
                        .param("phone", "<script>alert(1)</script>"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"Кірыла Тэставы\"")
                .contains("value=\"not-an-address\"")
                .contains("Заполните это поле.")
                .contains("Введите корректный адрес электронной почты.")
                .contains("Значение содержит недопустимые символы.")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(officials()).isEqualTo(before);
    }

    @Test
    void wrongTypesInAFormAreA400NotA500() throws Exception {
        long before = officials();
        String page = mvc.perform(post("/directory/officials").session(admin).with(csrf())
                        .param("fullName", "Тест Типов").param("position", "Тест").param("leadership", "EMPEROR")
                        .param("organisationId", "abc").param("email", "a@b.by"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"Тест Типов\"").contains("Неверный формат значения.");
        assertThat(officials()).isEqualTo(before);
        mvc.perform(get("/directory/organisations/not-a-number").session(admin)).andExpect(status().isBadRequest());
        mvc.perform(get("/directory/organisations/999999999").session(admin)).andExpect(status().isNotFound());
    }

    @Test
    void officialIsFoundByPartOfTheSurnameWhateverTheCaseAndYo() throws Exception {
        long orgId = TestData.organisation(jdbc, "Лидский районный исполнительный комитет");
        String surname = "Щёткин" + TestData.unique("").replaceAll("[^0-9]", "").substring(0, 4);
        TestData.official(jdbc, orgId, surname + " Пётр Семёнович", TestData.unique("yo") + "@t.by");
        String typed = surname.substring(0, 5).toUpperCase().replace('Ё', 'Е');
        String page = mvc.perform(get("/directory/officials").session(admin).param("q", typed))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(surname + " Пётр Семёнович");
        // the htmx request gets only the results fragment
        String fragment = mvc.perform(get("/directory/officials").session(admin).param("q", typed)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains(surname).doesNotContain("<html");
        // by organisation too
        mvc.perform(get("/api/v1/officials").session(admin).param("q", "ЛИДСКИЙ районный").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.items[*].organisationNameRu",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("Лидский районный исполнительный комитет"))));
    }

    @Test
    void duplicateEmailIsRefusedOnTheFormAndInTheApi() throws Exception {
        long orgId = TestData.organisation(jdbc, "Гродненский областной исполнительный комитет");
        String email = TestData.unique("dup") + "@t.by";
        TestData.official(jdbc, orgId, "Первый Тест", email);
        String page = mvc.perform(post("/directory/officials").session(admin).with(csrf())
                        .param("fullName", "Второй Тест").param("position", "Специалист").param("leadership", "OTHER")
                        .param("organisationId", "" + orgId).param("email", email.toUpperCase()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("уже указан у другого должностного лица").contains("value=\"Второй Тест\"");
        mvc.perform(post("/api/v1/officials").with(httpBasic("admin", Sessions.ADMIN_PASSWORD))
                        .header("Accept-Language", "be")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"fullName":"Трэці","position":"Спецыяліст","leadership":"OTHER","organisationId":%d,"email":"%s"}
                                """.formatted(orgId, email)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("ужо пазначаны")));
        assertThat(jdbc.sql("select count(*) from official where lower(email) = lower(:e)").param("e", email)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void apiNamesEveryBadFieldAndStoresNothing() throws Exception {
        long before = officials();
        mvc.perform(post("/api/v1/officials").with(httpBasic("admin", Sessions.ADMIN_PASSWORD))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"fullName":"","position":"%s","leadership":"OTHER","organisationId":null,"email":"x"}
                                """.formatted("x".repeat(301))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'fullName')].message").value(org.hamcrest.Matchers.hasItem("Fill in this field.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'position')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'organisationId')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'email')]").isNotEmpty());
        mvc.perform(post("/api/v1/officials").with(httpBasic("admin", Sessions.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"А\",\"organisationId\":\"many\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
        mvc.perform(post("/api/v1/officials").with(httpBasic("admin", Sessions.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest());
        assertThat(officials()).isEqualTo(before);
    }

    /**
     * The English name is typed on the form, kept when another field is refused, shown on English pages and in the
     * API; the reference bodies came with English names from their territories (V21).
     */
    @Test
    void organisationsEnglishName() throws Exception {
        long grodnoOblast = TestData.territory(jdbc, "BY-HR");
        String name = TestData.unique("ООО «Тестовая ") + "»";
        String refused = mvc.perform(post("/directory/organisations").session(admin).with(csrf())
                        .param("nameRu", name).param("nameBe", "ТАА «Тэставая»").param("nameEn", "Test “Quoted” LLC")
                        .param("category", "").param("territoryId", "" + grodnoOblast))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("value=\"Test “Quoted” LLC\"").contains("value=\"ТАА «Тэставая»\"");
        mvc.perform(post("/directory/organisations").session(admin).with(csrf())
                        .param("nameRu", name).param("nameBe", "ТАА «Тэставая»").param("nameEn", "Test “Quoted” LLC")
                        .param("category", "PARTNER_IT_COMPANY").param("territoryId", "" + grodnoOblast))
                .andExpect(status().is3xxRedirection());
        long id = TestData.organisation(jdbc, name);
        assertThat(jdbc.sql("select name_en from organisation where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Test “Quoted” LLC");
        assertThat(mvc.perform(get("/directory/organisations/{id}/edit", id).session(admin)).andReturn().getResponse()
                .getContentAsString()).contains("value=\"Test “Quoted” LLC\"");
        mvc.perform(get("/api/v1/organisations/{id}", id).with(httpBasic("admin", Sessions.ADMIN_PASSWORD)))
                .andExpect(jsonPath("$.nameEn").value("Test “Quoted” LLC"));
        // cleared on the form: no English name again (the English pages then show the Russian one)
        mvc.perform(post("/directory/organisations/{id}", id).session(admin).with(csrf())
                        .param("nameRu", name).param("nameEn", " ").param("category", "PARTNER_IT_COMPANY")
                        .param("territoryId", "" + grodnoOblast))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select name_en from organisation where id = :id").param("id", id).query(String.class).optional())
                .isEmpty();
        jdbc.sql("delete from organisation where id = :id").param("id", id).update();

        record Names(String nameRu, String nameEn) {
        }
        assertThat(jdbc.sql("""
                        select name_ru, name_en from organisation where name_ru in ('Гродненский областной исполнительный комитет',
                          'Лидский районный исполнительный комитет', 'Гродненский городской исполнительный комитет',
                          'Минский городской исполнительный комитет', 'Администрация Ленинского района г. Гродно',
                          'Министерство связи и информатизации Республики Беларусь') order by name_ru""")
                .query(Names.class).list().stream().map(Names::nameEn).toList())
                .containsExactly("Administration of the Leninsky District of Grodno", "Grodno City Executive Committee",
                        "Grodno Regional Executive Committee", "Lida District Executive Committee",
                        "Ministry of Communications and Informatization of the Republic of Belarus",
                        "Minsk City Executive Committee");
        // every reference body of V4 has its English name (tests add bodies of their own, so V4's names are matched)
        assertThat(jdbc.sql("""
                select count(*) from organisation o join territory t on t.id = o.territory_id
                where o.name_en is null and (
                  (o.category = 'OBLAST_EXECUTIVE_COMMITTEE' and o.name_ru = t.adj_ru || ' областной исполнительный комитет')
                  or (o.category = 'CITY_EXECUTIVE_COMMITTEE' and o.name_ru = t.adj_ru || ' городской исполнительный комитет')
                  or (o.category = 'DISTRICT_EXECUTIVE_COMMITTEE' and o.name_ru = t.adj_ru || ' районный исполнительный комитет')
                  or (o.category = 'CITY_DISTRICT_ADMINISTRATION' and t.level = 'CITY_DISTRICT' and o.name_ru like 'Администрация %'))""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from organisation where name_en like '% Executive Committee' or name_en like 'Administration of the %'")
                .query(Long.class).single()).isGreaterThan(150);
    }

    @Test
    void organisationWithOfficialsCannotBeRemoved() throws Exception {
        long grodnoOblast = TestData.territory(jdbc, "BY-HR");
        String name = TestData.unique("Тестовая организация ");
        String created = mvc.perform(post("/directory/organisations").session(admin).with(csrf())
                        .param("nameRu", name).param("nameBe", "").param("category", "HOUSING_UTILITIES")
                        .param("territoryId", "" + grodnoOblast).param("address", "г. Гродно"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(mvc.perform(get(created).session(admin)).andReturn().getResponse().getContentAsString())
                .contains("Организация создана.").contains("г. Гродно");
        long orgId = TestData.organisation(jdbc, name);
        TestData.official(jdbc, orgId, "Занятый Человек", TestData.unique("busy") + "@t.by");
        mvc.perform(post("/directory/organisations/{id}/delete", orgId).session(admin).param("confirmed", "true").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from organisation where id = :id").param("id", orgId)
                .query(Long.class).single()).isEqualTo(1);
        // the redirect target shows the refusal (a flash attribute kept in the session)
        String page = mvc.perform(get("/directory/organisations/{id}", orgId).session(admin))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Организацию нельзя удалить");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/v1/organisations/{id}", orgId).with(httpBasic("admin", Sessions.ADMIN_PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Организацию нельзя удалить")));
        // the same organisation name in the same territory is refused with a message on the field
        String again = mvc.perform(post("/directory/organisations").session(admin).with(csrf())
                        .param("nameRu", name).param("category", "OTHER").param("territoryId", "" + grodnoOblast))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("уже есть");
    }

    @Test
    void whatUsersCanTypeNeverBreaksTheServer() throws Exception {
        String nul = "Нуль\u0000Символ\u0007";
        for (String q : new String[]{nul, "%", "_", "\\", "'; drop table official; --", "ё".repeat(5000), "<b>x</b>"}) {
            mvc.perform(get("/directory/officials").session(admin).param("q", q)).andExpect(status().isOk());
            mvc.perform(get("/directory/organisations").session(admin).param("q", q)).andExpect(status().isOk());
            mvc.perform(get("/api/v1/officials").session(admin).param("q", q)).andExpect(status().isOk());
        }
        mvc.perform(get("/directory/officials").session(admin).param("page", "2147483647")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/organisations").session(admin).param("page", "2147483647").param("size", "-5"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.size").value(1));
        mvc.perform(get("/api/v1/organisations").session(admin).param("page", "99999999999999"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));

        long orgId = TestData.organisation(jdbc, "Лидский районный исполнительный комитет");
        String email = TestData.unique("nul") + "@t.by";
        mvc.perform(post("/directory/officials").session(admin).with(csrf())
                        .param("fullName", nul).param("position", "Спец\u0000иалист").param("leadership", "OTHER")
                        .param("organisationId", "" + orgId).param("email", email))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select full_name from official where email = :e").param("e", email)
                .query(String.class).single()).isEqualTo("НульСимвол");
        String apiEmail = TestData.unique("nuljson") + "@t.by";
        mvc.perform(post("/api/v1/officials").with(httpBasic("admin", Sessions.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"fullName":"Json\\u0000Name","position":"P","leadership":"OTHER","organisationId":%d,"email":"%s"}
                                """.formatted(orgId, apiEmail)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fullName").value("JsonName"));
    }

    @Test
    void pagesSpeakBelarusianAndEnglishWhenAsked() throws Exception {
        long grodno = TestData.territory(jdbc, "BY-HR");
        String be = mvc.perform(get("/directory/territories/{id}", grodno).session(admin).param("lang", "be"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(be).contains("Гродзенская вобласць").contains("Лідскі раён").contains("lang=\"be\"");
        String en = mvc.perform(get("/directory/territories/{id}", grodno).session(admin).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Grodno Region").contains("Lida District").contains("Districts (17)");
    }
}

package by.egov.academy.competence;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CompetenceFrameworkTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long currentVersion() {
        return jdbc.sql("select id from competence_framework_version where state = 'PUBLISHED'").query(Long.class).single();
    }

    @Test
    void theDefaultFrameworkIsSeededWithSourcesAndThreeLanguages() throws Exception {
        long v1 = jdbc.sql("select id from competence_framework_version where version_no = 1").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from competence_area where version_id = :v").param("v", v1).query(Long.class).single())
                .isEqualTo(6);
        assertThat(jdbc.sql("select count(*) from competence where version_id = :v").param("v", v1).query(Long.class).single())
                .isGreaterThanOrEqualTo(12);
        assertThat(jdbc.sql("select string_agg(source, ' | ') from competence_area where version_id = :v").param("v", v1)
                .query(String.class).single()).contains("UNESCO / ITU", "AgID", "DigComp 2.2");
        assertThat(jdbc.sql("select count(*) from competence where version_id = :v and (name_be !~ '[іў]' and name_be !~ 'ы')")
                .param("v", v1).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select string_agg(name_en, ',' order by level) from proficiency_level").query(String.class).single())
                .isEqualTo("Awareness,Understanding,Application,Leadership");
        MockHttpSession admin = Sessions.admin(mvc);
        String page = mvc.perform(get("/manage/competences").session(admin).param("lang", "be"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Лічбавая трансфармацыя гарадоў", "Дасведчанасць", "UNESCO / ITU");
    }

    @Test
    void aPublishedVersionIsNeverChangedEditingGoesThroughADraft() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        long published = jdbc.sql("select id from competence where code = 'A1.2' and version_id = "
                + "(select id from competence_framework_version where state = 'PUBLISHED')").query(Long.class).single();
        String before = jdbc.sql("select name_ru from competence where id = :id").param("id", published).query(String.class).single();
        // the published version refuses edits, in the application and in the database
        mvc.perform(get("/manage/competences/items/{id}", published).session(admin)).andExpect(status().isConflict());
        mvc.perform(post("/manage/competences/items/{id}", published).session(admin).with(csrf())
                .param("nameRu", "Иное").param("nameBe", "Іншае").param("nameEn", "Other")).andExpect(status().isConflict());
        assertThatThrownBy(() -> jdbc.sql("update competence set name_ru = 'x' where id = :id").param("id", published).update())
                .hasMessageContaining("cannot change");

        String draftUrl = mvc.perform(post("/manage/competences/versions/{v}/draft", currentVersion()).session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long draft = Long.parseLong(draftUrl.replaceAll(".*/", ""));
        long copy = jdbc.sql("select id from competence where version_id = :v and code = 'A1.2'").param("v", draft)
                .query(Long.class).single();
        // bad input: refused with the field marked, nothing stored
        String refused = mvc.perform(post("/manage/competences/items/{id}", copy).session(admin).with(csrf())
                        .param("nameRu", " ").param("nameBe", "Назва").param("nameEn", "Name"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("aria-invalid=\"true\"");
        mvc.perform(post("/manage/competences/items/{id}", copy).session(admin).with(csrf())
                        .param("nameRu", "Цифровая трансформация городов и районов").param("nameBe", "Лічбавая трансфармацыя гарадоў і раёнаў")
                        .param("nameEn", "Digital transformation of cities and districts"))
                .andExpect(status().is3xxRedirection());
        long area = jdbc.sql("select area_id from competence where id = :id").param("id", copy).query(Long.class).single();
        mvc.perform(post("/manage/competences/draft/competences").session(admin).with(csrf()).param("areaId", "" + area)
                .param("nameRu", "Геоинформационные системы").param("nameBe", "Геаінфармацыйныя сістэмы")
                .param("nameEn", "Geographic information systems")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/manage/competences/draft/competences").session(admin).with(csrf())
                .param("nameRu", "Без области").param("nameBe", "Без вобласці").param("nameEn", "No area"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/manage/competences/versions/{v}/publish", draft).session(admin).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select state from competence_framework_version where id = :v").param("v", draft)
                .query(String.class).single()).isEqualTo("PUBLISHED");
        assertThat(jdbc.sql("select name_ru from competence where id = :id").param("id", published).query(String.class).single())
                .isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from competence where version_id = :v and name_ru = 'Геоинформационные системы'")
                .param("v", draft).query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.perform(get("/manage/competences").session(admin)).andReturn().getResponse().getContentAsString())
                .contains("Цифровая трансформация городов и районов", "Геоинформационные системы");
    }

    @Test
    void onlyTheProgrammeOfficeKeepsTheFramework() throws Exception {
        mvc.perform(get("/manage/competences").session(Sessions.demo(mvc, "grodno"))).andExpect(status().isForbidden());
        mvc.perform(post("/manage/competences/versions/{v}/draft", currentVersion()).session(Sessions.demo(mvc, "grodno")).with(csrf()))
                .andExpect(status().isForbidden());
    }
}

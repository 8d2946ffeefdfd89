package by.egov.academy.competence;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TalkCompetenceTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long grodnoTalk(String title) {
        return jdbc.sql("""
                select t.id from talk t join seminar s on s.id = t.seminar_id
                where t.title_ru = :t and (s.starts_at at time zone 'Europe/Minsk')::date = date '2017-09-08'
                """).param("t", title).query(Long.class).single();
    }

    private long current(String code) {
        return jdbc.sql("select c.id from competence c join competence_framework_version v on v.id = c.version_id "
                + "where v.state = 'PUBLISHED' and c.code = :c").param("c", code).query(Long.class).single();
    }

    @Test
    void theDemoGrodnoTalksAreTaggedSensibly() {
        long cities = grodnoTalk("Цифровая трансформация городов");
        assertThat(jdbc.sql("select string_agg(c.code || ':' || tc.target_level, ',' order by c.code) from talk_competence tc "
                + "join competence c on c.id = tc.competence_id where tc.talk_id = :t").param("t", cities)
                .query(String.class).single()).isEqualTo("A1.1:1,A1.2:2");
        long cloud = grodnoTalk("Облачные технологии для государственных органов и организаций");
        assertThat(jdbc.sql("select string_agg(c.name_en, ',') from talk_competence tc join competence c on c.id = tc.competence_id "
                + "where tc.talk_id = :t").param("t", cloud).query(String.class).single()).contains("Cloud services");
    }

    @Test
    void theCoordinatorTagsItsSeminarsTalksAnotherOblastCannot() throws Exception {
        long talk = grodnoTalk("Комфортная среда для жизни граждан: электронные услуги региона");
        MockHttpSession grodno = Sessions.demo(mvc, "grodno");
        long competence = current("A6.2");
        mvc.perform(post("/manage/talks/{t}/competences", talk).session(Sessions.demo(mvc, "brest")).with(csrf())
                .param("competenceId", "" + competence).param("targetLevel", "1")).andExpect(status().isForbidden());
        mvc.perform(post("/manage/talks/{t}/competences", talk).session(Sessions.demo(mvc, "expert")).with(csrf())
                .param("competenceId", "" + competence).param("targetLevel", "1")).andExpect(status().isForbidden());
        mvc.perform(post("/manage/talks/{t}/competences", talk).session(grodno).with(csrf())
                .param("competenceId", "" + competence).param("targetLevel", "3")).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/manage/talks/{t}/competences", talk).session(grodno).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Digital communication and collaboration", "3 — Application");
        // bad input: a level outside 1–4, a competence of no current version: 400, the field marked, nothing stored
        String refused = mvc.perform(post("/manage/talks/{t}/competences", talk).session(grodno).with(csrf())
                .param("competenceId", "" + competence).param("targetLevel", "7")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("aria-invalid=\"true\"");
        mvc.perform(post("/manage/talks/{t}/competences", talk).session(grodno).with(csrf())
                .param("competenceId", "999999999").param("targetLevel", "2")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select target_level from talk_competence where talk_id = :t and competence_id = :c")
                .param("t", talk).param("c", competence).query(Integer.class).single()).isEqualTo(3);
        mvc.perform(post("/manage/talks/{t}/competences/remove", talk).session(grodno).with(csrf())
                .param("competenceId", "" + competence)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from talk_competence where talk_id = :t and competence_id = :c")
                .param("t", talk).param("c", competence).query(Long.class).single()).isZero();
    }
}

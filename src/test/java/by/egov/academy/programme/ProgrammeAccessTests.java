package by.egov.academy.programme;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A coordinator plans only its own oblast's seminars; an expert edits only its own talks' titles. */
@IntegrationTest
class ProgrammeAccessTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long cycle() {
        return jdbc.sql("select id from cycle order by id limit 1").query(Long.class).single();
    }

    long brestPlanned() {
        return jdbc.sql("select s.id from seminar s join territory t on t.id = s.host_territory_id where t.code = 'BY-BR' and s.ordinal = 2 order by s.id limit 1")
                .query(Long.class).single();
    }

    @Test
    void coordinatorCreatesAndEditsOnlyInItsOwnOblast() throws Exception {
        var grodno = httpBasic("grodno", Sessions.DEMO_PASSWORD);
        mvc.perform(post("/api/v1/seminars").with(grodno).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cycleId\":%d,\"hostTerritoryId\":%d,\"titleRu\":\"Чужой\"}".formatted(cycle(), TestData.territory(jdbc, "BY-BR"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/seminars").with(grodno).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cycleId\":%d,\"hostTerritoryId\":%d,\"titleRu\":\"%s\"}".formatted(cycle(),
                                TestData.territory(jdbc, "BY-HR"), TestData.unique("Свой "))))
                .andExpect(status().isCreated());
        long brest = brestPlanned();
        mvc.perform(post("/api/v1/seminars/{id}/status", brest).with(grodno).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"CANCELLED\"}")).andExpect(status().isForbidden());
        mvc.perform(get("/manage/seminars/{id}", brest).session(Sessions.demo(mvc, "grodno"))).andExpect(status().isForbidden());
        mvc.perform(post("/manage/seminars/{id}/sites/all", brest).session(Sessions.demo(mvc, "grodno")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from remote_site where seminar_id = :id").param("id", brest).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select status from seminar where id = :id").param("id", brest).query(String.class).single()).isEqualTo("PLANNED");
        // the coordinator of Brest may
        mvc.perform(get("/manage/seminars/{id}", brest).session(Sessions.demo(mvc, "brest"))).andExpect(status().isOk());
    }

    @Test
    void othersCannotManageAtAll() throws Exception {
        long brest = brestPlanned();
        mvc.perform(get("/manage/seminars/{id}", brest).session(Sessions.demo(mvc, "lida"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/seminars/{id}/status", brest).with(httpBasic("participant", Sessions.DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ANNOUNCED\"}")).andExpect(status().isForbidden());
        // anonymous: without credentials the forged-request guard refuses first; with wrong ones, 401
        mvc.perform(post("/api/v1/seminars").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/seminars").with(httpBasic("nobody", "nothing")).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isUnauthorized());
    }

    @Test
    void anExpertEditsOnlyTheTitlesOfItsOwnTalks() throws Exception {
        long expertAccount = jdbc.sql("select id from account where username = 'expert'").query(Long.class).single();
        long expert = jdbc.sql("select e.id from expert e join organisation o on o.id = e.organisation_id where o.name_ru = 'Microsoft Belarus'")
                .query(Long.class).single();
        jdbc.sql("update expert set account_id = :a where id = :e").param("a", expertAccount).param("e", expert).update();
        long own = jdbc.sql("select talk_id from talk_speaker where expert_id = :e limit 1").param("e", expert).query(Long.class).single();
        long other = jdbc.sql("select t.id from talk t where t.kind = 'TALK' and not exists (select 1 from talk_speaker s where s.talk_id = t.id and s.expert_id = :e) limit 1")
                .param("e", expert).query(Long.class).single();
        var session = Sessions.demo(mvc, "expert");
        mvc.perform(get("/manage/talks/{id}", own).session(session)).andExpect(status().isOk());
        mvc.perform(post("/manage/talks/{id}", own).session(session).with(csrf()).param("titleRu", "Цифровая трансформация городов: опыт"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select title_ru from talk where id = :id").param("id", own).query(String.class).single())
                .isEqualTo("Цифровая трансформация городов: опыт");
        mvc.perform(get("/manage/talks/{id}", other).session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/manage/talks/{id}", other).session(session).with(csrf()).param("titleRu", "Захват"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/manage/seminars/{id}", jdbc.sql("select seminar_id from talk where id = :id").param("id", own)
                .query(Long.class).single()).session(session)).andExpect(status().isForbidden());
    }
}

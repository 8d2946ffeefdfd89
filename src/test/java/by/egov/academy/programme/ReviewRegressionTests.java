package by.egov.academy.programme;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
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

/** Holes a review found, each shut and kept shut. */
@IntegrationTest
class ReviewRegressionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long seminar(String code, int ordinal) {
        return jdbc.sql("select s.id from seminar s join territory t on t.id = s.host_territory_id where t.code = :c and s.ordinal = :o order by s.id limit 1")
                .param("c", code).param("o", ordinal).query(Long.class).single();
    }

    @Test
    void aLockedAccountLosesItsOpenSession() throws Exception {
        var admin = Sessions.admin(mvc);
        String username = TestData.unique("locked").replace("-", "");
        mvc.perform(post("/admin/accounts").session(admin).with(csrf()).param("username", username).param("displayName", "X")
                .param("role", "PROGRAMME_OFFICE").param("initialPassword", "temporary-pass-1")).andExpect(status().is3xxRedirection());
        jdbc.sql("update account set must_change_password = false where username = :u").param("u", username).update();
        MockHttpSession session = Sessions.login(mvc, username, "temporary-pass-1");
        mvc.perform(get("/directory/territories").session(session)).andExpect(status().isOk());
        long id = jdbc.sql("select id from account where username = :u").param("u", username).query(Long.class).single();
        mvc.perform(post("/admin/accounts/{id}/enabled", id).session(admin).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/directory/territories").session(session)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/directory/territories").session(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aCoordinatorCannotCopyAnotherOblastsUnpublishedAgenda() throws Exception {
        var grodno = Sessions.demo(mvc, "grodno");
        var admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
        long cycle = jdbc.sql("select id from cycle order by id limit 1").query(Long.class).single();
        String body = mvc.perform(post("/api/v1/seminars").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"Секретный","start":"2030-05-05T10:00","end":"2030-05-05T14:00"}
                        """.formatted(cycle, TestData.territory(jdbc, "BY-VI"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long secret = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        long expert = jdbc.sql("select id from expert order by id limit 1").query(Long.class).single();
        mvc.perform(post("/api/v1/seminars/{id}/talks", secret).with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                {"kind":"TALK","titleRu":"Непубличный доклад","start":"2030-05-05T10:00","end":"2030-05-05T11:00","expertIds":[%d]}
                """.formatted(expert))).andExpect(status().isCreated());
        String own = mvc.perform(post("/api/v1/seminars").with(httpBasic("grodno", Sessions.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"Свой","start":"2030-06-05T10:00","end":"2030-06-05T14:00"}
                        """.formatted(cycle, TestData.territory(jdbc, "BY-HR"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long ownId = Long.parseLong(own.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/manage/seminars/{id}/copy-agenda", ownId).session(grodno).with(csrf()).param("from", "" + secret));
        assertThat(jdbc.sql("select count(*) from talk where seminar_id = :id").param("id", ownId).query(Long.class).single()).isZero();
        String page = mvc.perform(get("/manage/seminars/{id}", ownId).session(grodno)).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("Секретный");
        String cyclePage = mvc.perform(get("/manage/cycles/{id}", cycle).session(grodno)).andReturn().getResponse().getContentAsString();
        assertThat(cyclePage).doesNotContain("Секретный");
        mvc.perform(get("/manage/cycles/{id}", cycle).session(Sessions.demo(mvc, "expert"))).andExpect(status().isForbidden());
    }

    @Test
    void absurdDatesAreRefusedNotCrashed() throws Exception {
        mvc.perform(get("/api/v1/seminars").param("to", "+999999999-12-31")).andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/seminars").param("from", "1000-01-01")).andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        long cycle = jdbc.sql("select id from cycle order by id limit 1").query(Long.class).single();
        mvc.perform(post("/api/v1/seminars").with(httpBasic("admin", Sessions.ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"Далеко","start":"+300000-01-01T10:00","end":"+300000-01-01T12:00"}
                                """.formatted(cycle, TestData.territory(jdbc, "BY-HR"))))
                .andExpect(status().is4xxClientError());
        long brest = seminar("BY-BR", 2);
        mvc.perform(post("/manage/seminars/{id}/move", brest).session(Sessions.admin(mvc)).with(csrf()).param("start", "9999-01-01T10:00"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/manage/talks/{id}", jdbc.sql("select id from talk order by id limit 1").query(Long.class).single())
                .session(Sessions.admin(mvc)).with(csrf()).param("titleRu", "x".repeat(501))).andExpect(status().is3xxRedirection());
    }

    @Test
    void anOrganisationInUseIsNotRemoved() throws Exception {
        // an organiser with no officials of its own (the demo's Brest committee has officials, refused for that first)
        long organiser = jdbc.sql("""
                        insert into organisation (name_ru, category, territory_id)
                        values (:n, 'OTHER', (select id from territory where code = 'BY-BR')) returning id
                        """).param("n", TestData.unique("Соорганизатор ")).query(Long.class).single();
        long seminar = jdbc.sql("""
                        insert into seminar (programme_id, level, host_territory_id, title_ru)
                        values ((select min(id) from programme), 'REGIONAL', (select id from territory where code = 'BY-BR'), :t)
                        returning id
                        """).param("t", TestData.unique("Семинар соорганизатора ")).query(Long.class).single();
        jdbc.sql("insert into seminar_organiser (seminar_id, organisation_id, position) values (:s, :o, 0)")
                .param("s", seminar).param("o", organiser).update();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/organisations/{id}", organiser)
                        .with(httpBasic("admin", Sessions.ADMIN_PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("организатор")));
    }

    @Test
    void aSiteOperatorSeesOnlyItsDistrict() throws Exception {
        var lida = Sessions.demo(mvc, "lida");
        mvc.perform(get("/directory/territories").session(lida)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/directory/territories/{id}", TestData.territory(jdbc, "BY-HR")).session(lida)).andExpect(status().isForbidden());
        mvc.perform(get("/directory/territories/{id}", TestData.territory(jdbc, "BY-HR-LIDA")).session(lida)).andExpect(status().isOk());
        mvc.perform(get("/directory/officials/new").session(lida)).andExpect(status().isForbidden());
    }

    @Test
    void markupInATitleCannotBreakTheJsonLd() throws Exception {
        long cycle = jdbc.sql("select id from cycle order by id limit 1").query(Long.class).single();
        long venue = jdbc.sql("select id from venue order by id limit 1").query(Long.class).single();
        var admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
        String body = mvc.perform(post("/api/v1/seminars").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"<!--<script></script>","start":"2030-07-01T10:00","end":"2030-07-01T12:00","venueId":%d}
                        """.formatted(cycle, TestData.territory(jdbc, "BY-MI"), venue)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/seminars/{id}/status", id).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"ANNOUNCED\"}")).andExpect(status().isOk());
        String html = mvc.perform(get("/seminars/{id}", id)).andReturn().getResponse().getContentAsString();
        String script = html.substring(html.indexOf("application/ld+json"), html.indexOf("</script>", html.indexOf("application/ld+json")));
        assertThat(script).doesNotContain("<!--").doesNotContain("<script");
        assertThat(org.jsoup.Jsoup.parse(html).select("h1").text()).isEqualTo("<!--<script></script>");
    }
}

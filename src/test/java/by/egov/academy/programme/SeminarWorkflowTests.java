package by.egov.academy.programme;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Planning a seminar through the API: the rules hold, and a refusal names the field and saves nothing. */
@IntegrationTest
class SeminarWorkflowTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
    long cycle;
    long brest;
    long brestVenue;
    long expert;

    @BeforeEach
    void setUp() {
        cycle = jdbc.sql("select id from cycle order by id limit 1").query(Long.class).single();
        brest = TestData.territory(jdbc, "BY-BR");
        long brestCity = jdbc.sql("select id from territory where level = 'CITY' and name_ru = 'Брест'").query(Long.class).single();
        brestVenue = jdbc.sql("insert into venue (name_ru, territory_id) values (:n, :t) returning id")
                .param("n", TestData.unique("Брестский облисполком, зал ")).param("t", brestCity).query(Long.class).single();
        expert = jdbc.sql("select id from expert order by id limit 1").query(Long.class).single();
    }

    private ResultActions json(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(admin).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long createSeminar(String start, String end) throws Exception {
        String response = json(post("/api/v1/seminars"), """
                {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"%s","start":"%s","end":"%s","venueId":%d}
                """.formatted(cycle, brest, TestData.unique("Семинар в Бресте "), start, end, brestVenue))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.organisers[*].name").value(org.hamcrest.Matchers.contains(
                        "Министерство связи и информатизации Республики Беларусь", "Брестский областной исполнительный комитет")))
                .andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(response);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private String talk(String start, String end) {
        return """
                {"kind":"TALK","titleRu":"Облачные услуги","start":"%s","end":"%s","expertIds":[%d],"topicIds":[]}
                """.formatted(start, end, expert);
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    @Test
    void endBeforeStartIsRefusedNamingTheField() throws Exception {
        long before = jdbc.sql("select count(*) from seminar").query(Long.class).single();
        json(post("/api/v1/seminars"), """
                {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"Неверный","start":"2017-10-13T14:00","end":"2017-10-13T10:00"}
                """.formatted(cycle, brest))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.errors[0].field").value("end"))
                .andExpect(jsonPath("$.errors[0].message").value("Окончание должно быть позже начала."));
        assertThat(jdbc.sql("select count(*) from seminar").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void agendaRulesHold() throws Exception {
        long id = createSeminar("2017-10-13T10:00", "2017-10-13T14:00");
        json(post("/api/v1/seminars/{id}/talks", id), talk("2017-10-13T10:00", "2017-10-13T10:40"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.talks", hasSize(1)));
        json(post("/api/v1/seminars/{id}/talks", id), talk("2017-10-13T10:30", "2017-10-13T11:00"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("start"))
                .andExpect(jsonPath("$.detail").value("В это время в программе уже есть другой пункт."));
        json(post("/api/v1/seminars/{id}/talks", id), talk("2017-10-13T13:30", "2017-10-13T15:00"))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.detail").value("Доклад должен проходить во время семинара."));
        json(post("/api/v1/seminars/{id}/talks", id), talk("2017-10-13T12:00", "2017-10-13T11:00"))
                .andExpect(status().is4xxClientError()).andExpect(jsonPath("$.errors[0].field").value("end"));
        assertThat(count("select count(*) from talk where seminar_id = :id", id)).isEqualTo(1);
    }

    @Test
    void remoteSitesOnePerDistrictAndTheBulkActionSkipsTheVenueDistrict() throws Exception {
        long id = createSeminar("2017-10-13T10:00", "2017-10-13T14:00");
        MockHttpServletRequestBuilder bulk = post("/manage/seminars/{id}/sites/all", id)
                .session(Sessions.admin(mvc)).with(csrf()).param("exceptVenueDistrict", "true");
        mvc.perform(bulk).andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from remote_site where seminar_id = :id", id)).isEqualTo(15);
        assertThat(count("""
                select count(*) from remote_site r join territory t on t.id = r.territory_id
                where r.seminar_id = :id and t.code = 'BY-BR-BREST'
                """, id)).isZero();
        mvc.perform(post("/manage/seminars/{id}/sites/all", id).session(Sessions.admin(mvc)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from remote_site where seminar_id = :id", id)).isEqualTo(16);
        long lida = TestData.territory(jdbc, "BY-HR-LIDA");
        long brestDistrict = jdbc.sql("select territory_id from remote_site where seminar_id = :id limit 1")
                .param("id", id).query(Long.class).single();
        json(post("/api/v1/seminars/{id}/remote-sites", id), "{\"territoryId\":%d}".formatted(brestDistrict))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("В этом районе площадка уже есть."));
        json(post("/api/v1/seminars/{id}/remote-sites", id), "{\"territoryId\":%d}".formatted(lida))
                .andExpect(status().is4xxClientError()).andExpect(jsonPath("$.errors[0].field").value("territoryId"));
        assertThat(count("select count(*) from remote_site where seminar_id = :id", id)).isEqualTo(16);
    }

    @Test
    void statusFollowsTheWorkflowAndRecordsWhoAndWhen() throws Exception {
        long id = createSeminar("2017-10-13T10:00", "2017-10-13T14:00");
        json(post("/api/v1/seminars/{id}/status", id), "{\"status\":\"HELD\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("нельзя перейти")));
        json(post("/api/v1/seminars/{id}/status", id), "{\"status\":\"ANNOUNCED\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ANNOUNCED"));
        mvc.perform(get("/seminars/{id}", id)).andExpect(status().isOk());
        json(post("/api/v1/seminars/{id}/status", id), "{\"status\":\"CANCELLED\"}").andExpect(status().isOk());
        json(post("/api/v1/seminars/{id}/status", id), "{\"status\":\"ANNOUNCED\"}").andExpect(status().isConflict());
        assertThat(jdbc.sql("select changed_by || ':' || to_status from seminar_status_change where seminar_id = :id order by id")
                .param("id", id).query(String.class).list())
                .containsExactly("admin:PLANNED", "admin:ANNOUNCED", "admin:CANCELLED");
        // still public, as cancelled
        String page = mvc.perform(get("/seminars/{id}", id)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Семинар отменён.");
    }

    @Test
    void announcingNeedsADateAndAVenue() throws Exception {
        String response = json(post("/api/v1/seminars"), """
                {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"Без даты","plannedMonth":"2017-11"}
                """.formatted(cycle, brest)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(response.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        json(post("/api/v1/seminars/{id}/status", id), "{\"status\":\"ANNOUNCED\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("укажите дату")));
    }

    @Test
    void movingShiftsTheTalksAndCopyingKeepsTheirOffsets() throws Exception {
        long id = createSeminar("2017-10-13T10:00", "2017-10-13T14:00");
        json(post("/api/v1/seminars/{id}/talks", id), talk("2017-10-13T11:00", "2017-10-13T11:30")).andExpect(status().isCreated());
        mvc.perform(post("/manage/seminars/{id}/move", id).session(Sessions.admin(mvc)).with(csrf())
                .param("start", "2017-10-20T09:00")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/seminars/{id}", id).with(admin))
                .andExpect(jsonPath("$.start").value("2017-10-20T09:00:00+03:00"))
                .andExpect(jsonPath("$.end").value("2017-10-20T13:00:00+03:00"))
                .andExpect(jsonPath("$.talks[0].start").value("2017-10-20T10:00:00+03:00"));

        long copy = createSeminar("2017-11-10T10:00", "2017-11-10T14:00");
        mvc.perform(post("/manage/seminars/{id}/copy-agenda", copy).session(Sessions.admin(mvc)).with(csrf())
                .param("from", "" + id)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/seminars/{id}", copy).with(admin))
                .andExpect(jsonPath("$.talks", hasSize(1)))
                .andExpect(jsonPath("$.talks[0].start").value("2017-11-10T11:00:00+03:00"))
                .andExpect(jsonPath("$.talks[0].speakers", hasSize(1)));
    }

    @Test
    void aClosedCycleTakesNoNewDates() throws Exception {
        long closed = jdbc.sql("insert into cycle (programme_id, title_ru, closed) select id, 'Закрытый цикл', true from programme limit 1 returning id")
                .query(Long.class).single();
        json(post("/api/v1/seminars"), """
                {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"Поздно","start":"2018-01-10T10:00","end":"2018-01-10T12:00"}
                """.formatted(closed, brest))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.errors[0].field").value("cycleId"))
                .andExpect(jsonPath("$.detail").value(containsString("Цикл закрыт")));
    }

    @Test
    void theFormShowsRefusalsWithWhatWasTyped() throws Exception {
        long id = createSeminar("2017-10-13T10:00", "2017-10-13T14:00");
        String page = mvc.perform(post("/manage/seminars/{id}/talks", id).session(Sessions.admin(mvc)).with(csrf())
                        .param("kind", "TALK").param("titleRu", "Доклад вне времени")
                        .param("start", "2017-10-13T15:00").param("end", "2017-10-13T16:00")
                        .param("expertIds", "" + expert))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"Доклад вне времени\"").contains("Доклад должен проходить во время семинара.");
        mvc.perform(put("/api/v1/seminars/{id}", id).with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"hostTerritoryId\":%d,\"titleRu\":\"X\",\"start\":\"soon\"}".formatted(brest)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("start"));
    }
}

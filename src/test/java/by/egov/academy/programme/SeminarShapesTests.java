package by.egov.academy.programme;

import java.io.StringReader;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import com.jayway.jsonpath.JsonPath;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Events the Grodno demo never had, entered through the API only and read back: a republic-level session with an
 * international co-organiser and no sites, a seminar hosted by a city executive committee, a webinar, a seminar with
 * a date but no times. The refusals name the field and save nothing.
 */
@IntegrationTest
class SeminarShapesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    final RequestPostProcessor admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);

    private ResultActions json(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(admin).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Accept-Language", "en"));
    }

    private long id(ResultActions created) throws Exception {
        return ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    private long organisation(String nameRu, String nameEn, String category) throws Exception {
        return id(json(post("/api/v1/organisations"), """
                {"nameRu":"%s","nameBe":"%s","nameEn":"%s","category":"%s","territoryId":%d}
                """.formatted(nameRu, nameRu + " (бел.)", nameEn, category, TestData.territory(jdbc, "BY-HM")))
                .andExpect(status().isCreated()));
    }

    private long ministry() {
        return jdbc.sql("select id from organisation where category = 'MINISTRY' and name_ru like 'Министерство связи%'")
                .query(Long.class).single();
    }

    @Test
    void aRepublicLevelSessionWithAnInternationalCoOrganiserAndNoSites() throws Exception {
        long undp = organisation(TestData.unique("Программа развития ООН "), "United Nations Development Programme",
                "INTERNATIONAL_ORGANISATION");
        long minsk = TestData.territory(jdbc, "BY-HM");
        long session = id(json(post("/api/v1/seminars"), """
                {"hostTerritoryId":%d,"kind":"REPUBLIC_SESSION","titleRu":"%s","titleEn":"Republic-level session on open data",
                 "start":"2032-02-10T10:00","end":"2032-02-10T17:00",
                 "organisers":[{"organisationId":%d,"role":"ORGANISER"},{"organisationId":%d,"role":"CO_ORGANISER"}]}
                """.formatted(minsk, TestData.unique("Республиканская сессия "), ministry(), undp)).andExpect(status().isCreated()));
        mvc.perform(get("/api/v1/seminars/{id}", session).with(admin))
                .andExpect(jsonPath("$.kind").value("REPUBLIC_SESSION"))
                .andExpect(jsonPath("$.level").value("REPUBLIC"))
                .andExpect(jsonPath("$.cycleId").doesNotExist())
                .andExpect(jsonPath("$.remoteSites.length()").value(0))
                .andExpect(jsonPath("$.organisers.length()").value(2))
                .andExpect(jsonPath("$.organisers[1].id").value(undp))
                .andExpect(jsonPath("$.organisers[1].role").value("CO_ORGANISER"))
                .andExpect(jsonPath("$.organisers[1].nameEn").value("United Nations Development Programme"));
        // the host oblast's committee was never entered, so it is not there
        assertThat(jdbc.sql("""
                        select count(*) from seminar_organiser so join organisation o on o.id = so.organisation_id
                        where so.seminar_id = :s and o.category = 'OBLAST_EXECUTIVE_COMMITTEE'
                        """).param("s", session).query(Long.class).single()).isZero();
        // a regional coordinator may not create republic-level events
        mvc.perform(post("/api/v1/seminars").with(httpBasic("grodno", Sessions.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"hostTerritoryId":%d,"level":"REPUBLIC","titleRu":"Не моё"}
                                """.formatted(TestData.territory(jdbc, "BY-HR"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSeminarHostedByACityExecutiveCommitteeOutsideAnyCycle() throws Exception {
        long baranovichi = TestData.territory(jdbc, "BY-BR-C-BARANAVICHY");
        long cityCommittee = organisation(TestData.unique("Барановичский городской исполнительный комитет "),
                "Baranavichy City Executive Committee", "CITY_EXECUTIVE_COMMITTEE");
        long seminar = id(mvc.perform(post("/api/v1/seminars").with(httpBasic("brest", Sessions.DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"hostTerritoryId":%d,"titleRu":"%s","plannedMonth":"2032-05",
                         "organisers":[{"organisationId":%d,"role":"ORGANISER"},{"organisationId":%d,"role":"CO_ORGANISER"}]}
                        """.formatted(baranovichi, TestData.unique("Семинар в Барановичах "), cityCommittee, ministry())))
                .andExpect(status().isCreated()));
        mvc.perform(get("/api/v1/seminars/{id}", seminar).with(admin))
                .andExpect(jsonPath("$.hostTerritoryId").value(baranovichi))
                .andExpect(jsonPath("$.level").value("REGIONAL"))
                .andExpect(jsonPath("$.cycleId").doesNotExist())
                .andExpect(jsonPath("$.organisers[0].id").value(cityCommittee));
        // the Brest coordinator adds every district site of the city's oblast
        mvc.perform(post("/manage/seminars/{id}/sites/all", seminar).with(httpBasic("brest", Sessions.DEMO_PASSWORD))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
        // and the Grodno coordinator cannot touch it
        mvc.perform(put("/api/v1/seminars/{id}/organisers", seminar).with(httpBasic("grodno", Sessions.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisers\":[{\"organisationId\":%d,\"role\":\"ORGANISER\"}]}".formatted(ministry())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWebinarHasNoVenueAndIsAnnouncedWithoutOne() throws Exception {
        long venue = jdbc.sql("select id from venue order by id limit 1").query(Long.class).single();
        long hr = TestData.territory(jdbc, "BY-HR");
        json(post("/api/v1/seminars"), """
                {"hostTerritoryId":%d,"kind":"WEBINAR","titleRu":"Вебинар с залом","start":"2032-03-01T10:00",
                 "end":"2032-03-01T11:30","venueId":%d}
                """.formatted(hr, venue))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.detail", containsString("online only")));
        long webinar = id(json(post("/api/v1/seminars"), """
                {"hostTerritoryId":%d,"kind":"WEBINAR","titleRu":"%s","start":"2032-03-01T10:00","end":"2032-03-01T11:30"}
                """.formatted(hr, TestData.unique("Вебинар "))).andExpect(status().isCreated()));
        json(post("/api/v1/seminars/{id}/status", webinar), "{\"status\":\"ANNOUNCED\"}").andExpect(status().isOk());
        String page = mvc.perform(get("/seminars/{id}", webinar).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(page).getElementById("seminar-venue").text()).isEqualTo("Online");
    }

    @Test
    void aSeminarWithADateButNoTimesIsAnAllDayEventAndTakesNoTimedTalks() throws Exception {
        long hr = TestData.territory(jdbc, "BY-HR");
        long seminar = id(json(post("/api/v1/seminars"), """
                {"hostTerritoryId":%d,"titleRu":"%s","date":"2032-06-17","endDate":"2032-06-18",
                 "venueId":%d}
                """.formatted(hr, TestData.unique("Двухдневный "), jdbc.sql("select id from venue order by id limit 1")
                .query(Long.class).single())).andExpect(status().isCreated()));
        mvc.perform(get("/api/v1/seminars/{id}", seminar).with(admin))
                .andExpect(jsonPath("$.allDay").value(true))
                .andExpect(jsonPath("$.date").value("2032-06-17"))
                .andExpect(jsonPath("$.endDate").value("2032-06-18"));
        json(post("/api/v1/seminars/{id}/talks", seminar), """
                {"kind":"BREAK","titleRu":"Кофе","start":"2032-06-17T11:00","end":"2032-06-17T11:15"}
                """).andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.detail", containsString("date only")));
        assertThat(jdbc.sql("select count(*) from talk where seminar_id = :s").param("s", seminar).query(Long.class).single())
                .isZero();
        json(post("/api/v1/seminars/{id}/status", seminar), "{\"status\":\"ANNOUNCED\"}").andExpect(status().isOk());
        String ics = mvc.perform(get("/calendar/seminars/{id}.ics", seminar)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        VEvent event = new CalendarBuilder().build(new StringReader(ics)).getComponent("VEVENT")
                .map(VEvent.class::cast).orElseThrow();
        assertThat(event.getDateTimeStart().getValue()).isEqualTo("20320617");
        assertThat(event.getDateTimeEnd().getValue()).isEqualTo("20320619");
        assertThat(event.getDateTimeStart().getParameter("VALUE").map(Object::toString)).hasValue("VALUE=DATE");
        // both a date and times: refused, naming the field
        json(put("/api/v1/seminars/{id}", seminar), """
                {"hostTerritoryId":%d,"titleRu":"Двухдневный","date":"2032-06-17","start":"2032-06-17T10:00","end":"2032-06-17T12:00"}
                """.formatted(hr)).andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.detail", containsString("either a date or start and end times")));
    }

    @Test
    void organisersAreAnOrderedListWithRolesThatNeverEmpties() throws Exception {
        long hr = TestData.territory(jdbc, "BY-HR");
        long seminar = id(json(post("/api/v1/seminars"), """
                {"hostTerritoryId":%d,"titleRu":"%s"}
                """.formatted(hr, TestData.unique("Организаторы "))).andExpect(status().isCreated()));
        // the proposal for a regional seminar: the ministry organises, the oblast's committee co-organises
        mvc.perform(get("/api/v1/seminars/{id}/organisers", seminar).with(admin))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(ministry()))
                .andExpect(jsonPath("$[0].role").value("ORGANISER"))
                .andExpect(jsonPath("$[1].name").value("Гродненский областной исполнительный комитет"))
                .andExpect(jsonPath("$[1].role").value("CO_ORGANISER"));
        long partner = organisation(TestData.unique("ООО «Партнёр» "), "Partner LLC", "PARTNER_IT_COMPANY");
        // listed twice: refused, nothing changed
        json(put("/api/v1/seminars/{id}/organisers", seminar), """
                {"organisers":[{"organisationId":%d,"role":"ORGANISER"},{"organisationId":%d,"role":"PARTNER"}]}
                """.formatted(partner, partner)).andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.detail", containsString("already among the organisers")));
        mvc.perform(get("/api/v1/seminars/{id}/organisers", seminar).with(admin)).andExpect(jsonPath("$.length()").value(2));
        // an empty list: refused
        json(put("/api/v1/seminars/{id}/organisers", seminar), "{\"organisers\":[]}").andExpect(status().is4xxClientError());
        json(put("/api/v1/seminars/{id}/organisers", seminar), """
                {"organisers":[{"organisationId":%d,"role":"SUPPORT"},{"organisationId":%d,"role":"ORGANISER"}]}
                """.formatted(partner, ministry())).andExpect(status().isOk())
                .andExpect(jsonPath("$.organisers[0].role").value("SUPPORT"))
                .andExpect(jsonPath("$.organisers[1].id").value(ministry()));
        // on the page: removing down to the last one is refused with a message
        var office = Sessions.admin(mvc);
        mvc.perform(post("/manage/seminars/{id}/organisers/{o}/delete", seminar, partner).session(office).param("confirmed", "true")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        var last = mvc.perform(post("/manage/seminars/{id}/organisers/{o}/delete", seminar, ministry()).session(office).param("confirmed", "true")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(last.getFlashMap().get("flashError")).isEqualTo("organiser.last");
        mvc.perform(get("/api/v1/seminars/{id}/organisers", seminar).with(admin))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].id").value(ministry()));
    }
}

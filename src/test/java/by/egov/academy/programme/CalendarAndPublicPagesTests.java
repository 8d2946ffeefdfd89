package by.egov.academy.programme;

import java.io.StringReader;
import java.util.List;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CalendarAndPublicPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long grodnoSeminar() {
        return jdbc.sql("select s.id from seminar s join territory t on t.id = s.host_territory_id where t.code = 'BY-HR' and s.ordinal = 1 order by s.id limit 1")
                .query(Long.class).single();
    }

    private Calendar parse(String path) throws Exception {
        String ics = mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(new MediaType("text", "calendar")))
                .andReturn().getResponse().getContentAsString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().hasErrors()).as("RFC 5545 validation of " + path).isFalse();
        return calendar;
    }

    private static String prop(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).orElseThrow();
    }

    @Test
    void theSeminarFeedIsValidICalendarInMinskTime() throws Exception {
        long id = grodnoSeminar();
        Calendar calendar = parse("/calendar/seminars/" + id + ".ics");
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).hasSize(1);
        assertThat(zones.get(0).getProperty("TZID").map(Property::getValue)).contains("Europe/Minsk");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent e = events.get(0);
        assertThat(prop(e, "UID")).isEqualTo("seminar-" + id + "@egov-academy");
        assertThat(prop(e, "DTSTART")).isEqualTo("20170908T100000");
        assertThat(e.getProperty("DTSTART").orElseThrow().getParameter("TZID").map(p -> p.getValue())).contains("Europe/Minsk");
        assertThat(prop(e, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(prop(e, "LOCATION")).contains("Парка высоких технологий");
    }

    @Test
    void aChangeRaisesTheSequenceAndACancellationStaysInTheFeed() throws Exception {
        var admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
        long cycle = jdbc.sql("select id from cycle order by id limit 1").query(Long.class).single();
        long venue = jdbc.sql("select id from venue order by id limit 1").query(Long.class).single();
        String body = mvc.perform(post("/api/v1/seminars").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"%s","start":"2017-12-01T10:00","end":"2017-12-01T13:00","venueId":%d}
                        """.formatted(cycle, TestData.territory(jdbc, "BY-VI"), TestData.unique("Витебск "), venue)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/seminars/{id}/status", id).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"ANNOUNCED\"}")).andExpect(status().isOk());
        VEvent announced = (VEvent) parse("/calendar/seminars/" + id + ".ics").getComponents("VEVENT").get(0);
        int sequence = Integer.parseInt(prop(announced, "SEQUENCE"));

        mvc.perform(post("/api/v1/seminars/{id}/status", id).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"CANCELLED\"}")).andExpect(status().isOk());
        Calendar cycleFeed = parse("/calendar/cycles/" + cycle + ".ics");
        VEvent cancelled = cycleFeed.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> prop(e, "UID").equals("seminar-" + id + "@egov-academy")).findFirst().orElseThrow();
        assertThat(prop(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(prop(cancelled, "SEQUENCE"))).isGreaterThan(sequence);
        // the held Grodno seminar is in the cycle feed too; the planned Brest one is not
        assertThat(cycleFeed.<VEvent>getComponents("VEVENT").stream().map(e -> prop(e, "UID")))
                .contains("seminar-" + grodnoSeminar() + "@egov-academy");
    }

    @Test
    void theSeminarPageCarriesSchemaOrgEventAndOpenGraph() throws Exception {
        long id = grodnoSeminar();
        String html = mvc.perform(get("/seminars/{id}", id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Document doc = Jsoup.parse(html);
        JsonNode event = JsonMapper.builder().build().readTree(doc.selectFirst("script[type=application/ld+json]").data());
        assertThat(event.get("@type").asString()).isEqualTo("Event");
        assertThat(event.get("eventAttendanceMode").asString()).isEqualTo("https://schema.org/MixedEventAttendanceMode");
        assertThat(event.get("startDate").asString()).isEqualTo("2017-09-08T10:00:00+03:00");
        List<String> types = event.get("location").valueStream().map(l -> l.get("@type").asString()).distinct().toList();
        assertThat(types).containsExactly("Place", "VirtualLocation");
        assertThat(event.get("location").size()).isEqualTo(17);
        assertThat(event.get("organizer").valueStream().map(o -> o.get("name").asString()))
                .contains("Гродненский областной исполнительный комитет");
        assertThat(event.get("performer").valueStream().map(p -> p.get("affiliation").get("name").asString()))
                .contains("Microsoft Belarus", "SAP СНГ в Беларуси");
        assertThat(doc.selectFirst("meta[property=og:title]").attr("content")).startsWith("Семинар по вопросам");
        assertThat(doc.select("#main li[id^=site-]")).hasSize(16);
        assertThat(doc.text()).contains("Следующее мероприятие состоится: Брестская область, октябрь 2017.");

        String be = mvc.perform(get("/seminars/{id}", id).param("lang", "be")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(be).text()).contains("Праграма семінара").contains("Лідскі раён").contains("Вынікі");
        String en = mvc.perform(get("/seminars/{id}", id).param("lang", "en")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(en).text()).contains("Agenda").contains("Lida District")
                .contains("the positive effect of such events")
                // organisations by their English names on the English page
                .contains("Belarusian Cloud Technologies LLC (beCloud)", "Grodno Regional Executive Committee")
                .doesNotContain("(ООО «Белорусские облачные технологии»)");
    }

    @Test
    void theProgrammeAndCyclePagesArePublic() throws Exception {
        String programme = mvc.perform(get("/programme")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(programme).contains("2016").contains("Цикл региональных семинаров");
        mvc.perform(get("/api/v1/seminars").param("territory", "" + TestData.territory(jdbc, "BY-HR")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.items[0].hostTerritoryId")
                        .value((int) TestData.territory(jdbc, "BY-HR")));
        mvc.perform(get("/api/v1/seminars").param("status", "PLANNED"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/seminars").param("from", "2017-09-01").param("to", "2017-09-30"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.items[?(@.ordinal == 1)]").isNotEmpty());
        mvc.perform(get("/api/v1/seminars").param("from", "not-a-date")).andExpect(status().isBadRequest());
    }
}

package by.egov.academy.participation.invitation;

import java.nio.charset.StandardCharsets;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Attendance over the API, with the pages' rules: check-in at the venue by the invitation's code (once, then
 * "already"), a district site's operator marking and adding walk-ins on the seminar's day for its own district,
 * and the counts.
 */
@IntegrationTest
class AttendanceApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InvitationTokens tokens;

    final RequestPostProcessor admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
    final RequestPostProcessor grodno = httpBasic("grodno", Sessions.DEMO_PASSWORD);
    final RequestPostProcessor brest = httpBasic("brest", Sessions.DEMO_PASSWORD);
    final RequestPostProcessor lida = httpBasic("lida", Sessions.DEMO_PASSWORD);

    long seminar;
    long lidaSite;

    @BeforeEach
    void setUp() throws Exception {
        long venue = jdbc.sql("select id from venue order by id limit 1").query(Long.class).single();
        String body = mvc.perform(post("/api/v1/seminars").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"hostTerritoryId":%d,"titleRu":"%s","start":"2030-04-14T10:00","end":"2030-04-14T14:00","venueId":%d}
                        """.formatted(TestData.territory(jdbc, "BY-HR"), TestData.unique("API присутствие "), venue)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        seminar = JSON.readTree(body).get("id").asLong();
        mvc.perform(post("/api/v1/seminars/{id}/remote-sites", seminar).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"territoryId\":%d}".formatted(TestData.territory(jdbc, "BY-HR-LIDA")))).andExpect(status().isCreated());
        lidaSite = jdbc.sql("select id from remote_site where seminar_id = :s").param("s", seminar).query(Long.class).single();
    }

    /** Today in Minsk, 10:00 to 14:00, registration open: the seminar is running (as SiteAttendanceRulesTests.runsToday). */
    private void runsToday() {
        jdbc.sql("""
                        update seminar set status = 'REGISTRATION_OPEN',
                          starts_at = (date_trunc('day', now() at time zone 'Europe/Minsk') + interval '10 hours') at time zone 'Europe/Minsk',
                          ends_at = (date_trunc('day', now() at time zone 'Europe/Minsk') + interval '14 hours') at time zone 'Europe/Minsk'
                        where id = :s
                        """).param("s", seminar).update();
    }

    private String api(String suffix) {
        return "/api/v1/seminars/" + seminar + "/attendance" + suffix;
    }

    private long officialOf(String committee) {
        return TestData.official(jdbc, TestData.organisation(jdbc, committee), TestData.unique("Присутствующий "),
                TestData.unique("api-att") + "@example.by");
    }

    private String code(long invitation) {
        return jdbc.sql("select short_code from invitation where id = :id").param("id", invitation).query(String.class).single();
    }

    private JsonNode call(MockHttpServletRequestBuilder request, int expected) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(request + " → " + body).isEqualTo(expected);
        return body.isEmpty() ? null : JSON.readTree(body);
    }

    private JsonNode postJson(String path, String json, RequestPostProcessor who, int expected) throws Exception {
        return call(post(path).with(who).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(json), expected);
    }

    @Test
    void checkInByCodeOnceThenAlready() throws Exception {
        long official = officialOf("Гродненский областной исполнительный комитет");
        long invitation = TestData.invitation(jdbc, tokens, seminar, official, null, null);
        String code = code(invitation);
        // before the seminar's day the door is not open yet for its coordinator
        JsonNode early = postJson(api("/check-in"), "{\"code\":\"" + code + "\"}", grodno, 409);
        assertThat(early.get("detail").asString()).startsWith("Check-in at the door takes place on the day of the seminar");
        runsToday();

        JsonNode first = postJson(api("/check-in"), "{\"code\":\"" + code.toLowerCase().substring(0, 4) + " "
                + code.toLowerCase().substring(4) + "\"}", grodno, 200);
        assertThat(first.get("already").asBoolean()).isFalse();
        assertThat(first.get("at").isNull()).isFalse();
        assertThat(first.get("invitation").get("id").asLong()).isEqualTo(invitation);
        assertThat(first.get("invitation").get("attended").asBoolean()).isTrue();
        JsonNode again = postJson(api("/check-in"), "{\"code\":\"EGOV:" + seminar + ":" + code + "\"}", admin, 200);
        assertThat(again.get("already").asBoolean()).isTrue();
        assertThat(again.get("at").asString()).isEqualTo(first.get("at").asString());

        JsonNode other = postJson(api("/check-in"), "{\"code\":\"EGOV:1:" + code + "\"}", grodno, 422);
        assertThat(other.get("detail").asString()).isEqualTo("This QR code belongs to another event.");
        assertThat(other.get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(postJson(api("/check-in"), "{\"code\":\"ZZZZ9999\"}", grodno, 404).get("detail").asString())
                .isEqualTo("No invitation has this code.");
        assertThat(postJson(api("/check-in"), "{\"code\":\"abc\"}", grodno, 422).get("detail").asString())
                .isEqualTo("A code has 8 letters and digits.");
        assertThat(postJson(api("/check-in"), "{}", grodno, 400).get("errors").get(0).get("field").asString()).isEqualTo("code");

        // someone who declined is not checked in
        long declined = TestData.invitation(jdbc, tokens, seminar, officialOf("Гродненский областной исполнительный комитет"), null, null);
        jdbc.sql("update invitation set state = 'DECLINED' where id = :id").param("id", declined).update();
        assertThat(postJson(api("/check-in"), "{\"code\":\"" + code(declined) + "\"}", grodno, 409).get("detail").asString())
                .isEqualTo("This participant is not registered to attend in person.");

        postJson(api("/check-in"), "{\"code\":\"" + code + "\"}", brest, 403);
        postJson(api("/check-in"), "{\"code\":\"" + code + "\"}", lida, 403);
        postJson("/api/v1/seminars/999999999/attendance/check-in", "{\"code\":\"" + code + "\"}", admin, 404);

        JsonNode counts = call(get(api("")).with(grodno), 200);
        assertThat(counts.get("attendedInPerson").asInt()).isEqualTo(1);
        assertThat(counts.get("inPerson").asInt()).isEqualTo(1);
        assertThat(counts.get("declined").asInt()).isEqualTo(1);
        assertThat(counts.get("sites").size()).isEqualTo(1);
        assertThat(counts.get("sites").get(0).get("siteId").asLong()).isEqualTo(lidaSite);
        call(get(api("")).with(brest), 403);
        call(get(api("")), 401);
        call(get("/api/v1/seminars/999999999/attendance").with(grodno), 404);
    }

    @Test
    void theSiteOperatorMarksAndAddsWalkInsOnTheDayForItsDistrict() throws Exception {
        runsToday();
        long remote = TestData.invitation(jdbc, tokens, seminar, officialOf("Лидский районный исполнительный комитет"), lidaSite, null);

        JsonNode marked = postJson(api("/sites/" + lidaSite + "/marks"), "{\"invitationId\":" + remote + ",\"attended\":true}", lida, 200);
        assertThat(marked.get("attended").asBoolean()).isTrue();
        assertThat(marked.get("remoteSiteId").asLong()).isEqualTo(lidaSite);
        JsonNode counts = call(get(api("")).with(grodno), 200);
        assertThat(counts.get("attendedRemote").asInt()).isEqualTo(1);
        assertThat(counts.get("sites").get(0).get("attended").asInt()).isEqualTo(1);
        assertThat(postJson(api("/sites/" + lidaSite + "/marks"), "{\"invitationId\":" + remote + ",\"attended\":false}", lida, 200)
                .get("attended").asBoolean()).isFalse();
        // attended defaults to true, as on the page
        assertThat(postJson(api("/sites/" + lidaSite + "/marks"), "{\"invitationId\":" + remote + "}", grodno, 200)
                .get("attended").asBoolean()).isTrue();

        // an invitation not at this site, an unknown site, another oblast's coordinator
        long inHall = TestData.invitation(jdbc, tokens, seminar, officialOf("Лидский районный исполнительный комитет"), null, null);
        postJson(api("/sites/" + lidaSite + "/marks"), "{\"invitationId\":" + inHall + "}", lida, 404);
        postJson(api("/sites/999999999/marks"), "{\"invitationId\":" + remote + "}", grodno, 404);
        postJson(api("/sites/" + lidaSite + "/marks"), "{\"invitationId\":" + remote + "}", brest, 403);
        assertThat(postJson(api("/sites/" + lidaSite + "/marks"), "{\"attended\":true}", lida, 400)
                .get("errors").get(0).get("field").asString()).isEqualTo("invitationId");

        // walk-ins: one of Lida's own, never another district's or over an answer already given
        long walker = officialOf("Лидский районный исполнительный комитет");
        JsonNode walkIn = postJson(api("/sites/" + lidaSite + "/walk-ins"), "{\"officialId\":" + walker + "}", lida, 201);
        assertThat(walkIn.get("officialId").asLong()).isEqualTo(walker);
        assertThat(walkIn.get("state").asString()).isEqualTo("ACCEPTED_REMOTE");
        assertThat(walkIn.get("remoteSiteId").asLong()).isEqualTo(lidaSite);
        assertThat(walkIn.get("attended").asBoolean()).isTrue();
        long shchuchyn = officialOf("Щучинский районный исполнительный комитет");
        JsonNode otherDistrict = postJson(api("/sites/" + lidaSite + "/walk-ins"), "{\"officialId\":" + shchuchyn + "}", lida, 422);
        assertThat(otherDistrict.get("errors").get(0).get("field").asString()).isEqualTo("officialId");
        assertThat(otherDistrict.get("detail").asString()).startsWith("Only staff of your district’s organisations");
        JsonNode answered = postJson(api("/sites/" + lidaSite + "/walk-ins"),
                "{\"officialId\":" + jdbc.sql("select official_id from invitation where id = :i").param("i", inHall)
                        .query(Long.class).single() + "}", lida, 409);
        assertThat(answered.get("detail").asString()).contains("already has another answer");
        postJson(api("/sites/" + lidaSite + "/walk-ins"), "{\"officialId\":" + walker + "}", brest, 403);
        assertThat(jdbc.sql("select count(*) from invitation where seminar_id = :s and official_id = :o").param("s", seminar)
                .param("o", shchuchyn).query(Long.class).single()).isZero();

        JsonNode site = call(get(api("/sites/" + lidaSite)).with(lida), 200);
        assertThat(site.size()).isEqualTo(2);
        call(get(api("/sites/" + lidaSite)).with(brest), 403);
        call(get(api("/sites/999999999")).with(grodno), 404);
    }

    @Test
    void beforeTheSeminarsDayTheSiteMarksNothing() throws Exception {
        long remote = TestData.invitation(jdbc, tokens, seminar, officialOf("Лидский районный исполнительный комитет"), lidaSite, null);
        JsonNode refused = postJson(api("/sites/" + lidaSite + "/marks"), "{\"invitationId\":" + remote + "}", lida, 409);
        assertThat(refused.get("detail").asString()).isEqualTo("Attendance is recorded on the day of the seminar (14.04.2030).");
        postJson(api("/sites/" + lidaSite + "/walk-ins"), "{\"officialId\":" + officialOf("Лидский районный исполнительный комитет") + "}",
                lida, 409);
        assertThat(jdbc.sql("select attended_at is null from invitation where id = :i").param("i", remote).query(Boolean.class).single())
                .isTrue();
    }
}

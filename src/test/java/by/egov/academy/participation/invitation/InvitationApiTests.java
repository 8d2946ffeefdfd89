package by.egov.academy.participation.invitation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.MailServer;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The participation page's audience flow over the API, for a Grodno seminar: rules → expand → list → add →
 * remove → send, each mail arriving once in GreenMail; another oblast's coordinator refused; unknown ids 404,
 * bad bodies 4xx in the caller's language; two clients sending or adding at once never duplicate anything.
 */
@IntegrationTest
class InvitationApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    GreenMail mail;
    long seminar;
    String title;
    final RequestPostProcessor admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
    final RequestPostProcessor grodno = httpBasic("grodno", Sessions.DEMO_PASSWORD);
    final RequestPostProcessor brest = httpBasic("brest", Sessions.DEMO_PASSWORD);

    @BeforeEach
    void setUp() throws Exception {
        mail = MailServer.get();
        title = TestData.unique("API Гродно ");
        seminar = newSeminar(title);
        mvc.perform(post("/api/v1/seminars/{id}/status", seminar).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"ANNOUNCED\"}")).andExpect(status().isOk());
        // sending needs the hall's seats (or "no limit")
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/seminars/{id}/invitations/capacity", seminar)
                .with(admin).contentType(MediaType.APPLICATION_JSON).content("{\"capacity\":100}")).andExpect(status().isOk());
    }

    private long newSeminar(String name) throws Exception {
        long venue = jdbc.sql("select id from venue order by id limit 1").query(Long.class).single();
        long cycle = jdbc.sql("select id from cycle order by id limit 1").query(Long.class).single();
        String body = mvc.perform(post("/api/v1/seminars").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"%s","start":"2030-04-14T10:00","end":"2030-04-14T14:00","venueId":%d}
                        """.formatted(cycle, TestData.territory(jdbc, "BY-HR"), name, venue)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body).get("id").asLong();
    }

    private String api(String suffix) {
        return "/api/v1/seminars/" + seminar + "/invitations" + suffix;
    }

    private JsonNode call(MockHttpServletRequestBuilder request, int expected) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(request.toString() + " → " + body).isEqualTo(expected);
        return body.isEmpty() ? null : JSON.readTree(body);
    }

    private JsonNode postJson(String path, String json, RequestPostProcessor who, int expected) throws Exception {
        return call(post(path).with(who).contentType(MediaType.APPLICATION_JSON).content(json), expected);
    }

    private long districtHeads() {
        return jdbc.sql("""
                        select count(*) from official f join organisation o on o.id = f.organisation_id
                        join territory t on t.id = o.territory_id
                        where o.category = 'DISTRICT_EXECUTIVE_COMMITTEE' and t.parent_id = :oblast and f.leadership = 'HEAD'
                        """).param("oblast", TestData.territory(jdbc, "BY-HR")).query(Long.class).single();
    }

    private long newGrodnoOfficial() {
        return TestData.official(jdbc, TestData.organisation(jdbc, "Лидский районный исполнительный комитет"),
                TestData.unique("Апиев "), TestData.unique("api-inv") + "@example.by");
    }

    private List<MimeMessage> mailsWithTitle() {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(title);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static boolean to(MimeMessage m, String email) {
        try {
            return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(email));
        } catch (Exception e) {
            return false;
        }
    }

    private List<String> emailsOf(String state) {
        return jdbc.sql("""
                        select f.email from invitation i join official f on f.id = i.official_id
                        where i.seminar_id = :s and i.state = :st order by f.email
                        """).param("s", seminar).param("st", state).query(String.class).list();
    }

    @Test
    void rulesExpandListAddRemoveSendEachMailOnce() throws Exception {
        JsonNode rule = postJson(api("/rules"), """
                {"categories":["DISTRICT_EXECUTIVE_COMMITTEE"],"scope":"HOST_DISTRICTS","positions":"HEADS"}""", grodno, 201);
        assertThat(rule.get("scope").asString()).isEqualTo("HOST_DISTRICTS");
        assertThat(rule.get("categories").get(0).asString()).isEqualTo("DISTRICT_EXECUTIVE_COMMITTEE");
        assertThat(call(get(api("/rules")).with(grodno), 200).size()).isEqualTo(1);

        long heads = districtHeads();
        assertThat(heads).isGreaterThanOrEqualTo(17);
        JsonNode expanded = call(post(api("/expand")).with(grodno), 200);
        assertThat(expanded.get("added").asInt()).isEqualTo((int) heads);
        assertThat(expanded.get("dropped").asInt()).isZero();

        JsonNode list = call(get(api("")).with(grodno), 200);
        assertThat(list.size()).isEqualTo((int) heads);
        JsonNode lida = null;
        for (JsonNode i : list) {
            assertThat(i.get("state").asString()).isEqualTo("CREATED");
            assertThat(i.get("mailState").asString()).isEqualTo("NONE");
            assertThat(i.get("source").asString()).isEqualTo("RULE");
            if (i.get("organisationName").asString().equals("Лидский районный исполнительный комитет")) {
                lida = i;
            }
        }
        assertThat(lida).isNotNull();
        assertThat(lida.get("territoryName").asString()).isEqualTo("Лидский район");
        long lidaInvitation = lida.get("id").asLong();
        String lidaEmail = jdbc.sql("select f.email from official f where f.id = :o").param("o", lida.get("officialId").asLong())
                .query(String.class).single();

        // one official by hand: created once, a second add is no second invitation
        long official = newGrodnoOfficial();
        JsonNode added = postJson(api(""), "{\"officialId\":" + official + "}", grodno, 201);
        assertThat(added.get("source").asString()).isEqualTo("MANUAL");
        assertThat(added.get("officialId").asLong()).isEqualTo(official);
        JsonNode again = postJson(api(""), "{\"officialId\":" + official + "}", grodno, 200);
        assertThat(again.get("id").asLong()).isEqualTo(added.get("id").asLong());

        // removal marks the draft excluded, and a re-expansion keeps it off
        JsonNode removed = call(delete(api("/" + lidaInvitation)).with(grodno), 200);
        assertThat(removed.get("excluded").asBoolean()).isTrue();
        assertThat(call(post(api("/expand")).with(grodno), 200).get("added").asInt()).isZero();
        assertThat(call(get(api("/" + lidaInvitation)).with(grodno), 200).get("excluded").asBoolean()).isTrue();

        JsonNode summary = call(get(api("/summary")).with(grodno), 200);
        assertThat(summary.get("drafts").asInt()).isEqualTo((int) heads); // heads - Lida + the hand-made one
        assertThat(summary.get("excluded").asInt()).isEqualTo(1);
        assertThat(summary.get("invited").asInt()).isZero();
        assertThat(summary.get("byTerritory").get("Лидский район").asInt()).isPositive();

        // send: every draft queued once; sending again queues nothing
        assertThat(call(post(api("/send")).with(grodno), 200).get("queued").asInt()).isEqualTo((int) heads);
        assertThat(call(post(api("/send")).with(grodno), 200).get("queued").asInt()).isZero();
        List<String> sent = emailsOf("SENT");
        assertThat(sent).hasSize((int) heads).doesNotContain(lidaEmail);

        // until every mail of the seminar has reached its final state: nothing more will be sent for it
        org.awaitility.Awaitility.await("the invitations sent").atMost(java.time.Duration.ofSeconds(60))
                .until(() -> mailsWithTitle().size() >= sent.size() && jdbc.sql("""
                        select count(*) from outbox_message m join invitation i on m.cause_key like 'invitation:' || i.id || ':%'
                        where i.seminar_id = :s and m.state not in ('SENT', 'FAILED')
                        """).param("s", seminar).query(Long.class).single() == 0);
        List<MimeMessage> mails = mailsWithTitle();
        assertThat(mails).hasSize(sent.size());
        for (String email : sent) {
            assertThat(mails.stream().filter(m -> to(m, email)).count()).as(email).isEqualTo(1);
        }
        assertThat(mails).noneMatch(m -> to(m, lidaEmail));

        JsonNode one = call(get(api("/" + added.get("id").asLong())).with(grodno), 200);
        assertThat(one.get("state").asString()).isEqualTo("SENT");
        assertThat(one.get("sentAt").isNull()).isFalse();
        assertThat(one.get("mailState").asString()).isIn("PENDING", "SENT");

        // a sent invitation taken off the list is cancelled
        assertThat(call(delete(api("/" + added.get("id").asLong())).with(grodno), 200).get("state").asString())
                .isEqualTo("CANCELLED");

        // the programme office sees the same list
        assertThat(call(get(api("")).with(admin), 200).size()).isEqualTo((int) heads + 1);
    }

    @Test
    void anotherOblastsCoordinatorIsRefusedAndAnonymousMustSignIn() throws Exception {
        postJson(api("/rules"), "{\"categories\":[\"DISTRICT_EXECUTIVE_COMMITTEE\"],\"scope\":\"HOST_DISTRICTS\",\"positions\":\"HEADS\"}",
                grodno, 201);
        call(get(api("")).with(brest), 403);
        call(get(api("/summary")).with(brest), 403);
        call(get(api("/rules")).with(brest), 403);
        postJson(api("/rules"), "{\"categories\":[\"OTHER\"],\"scope\":\"HOST_OBLAST\",\"positions\":\"ALL\"}", brest, 403);
        call(post(api("/expand")).with(brest), 403);
        call(post(api("/send")).with(brest), 403);
        postJson(api(""), "{\"officialId\":" + newGrodnoOfficial() + "}", brest, 403);
        assertThat(jdbc.sql("select count(*) from invitation where seminar_id = :s").param("s", seminar).query(Long.class).single())
                .isZero();
        call(get(api("")), 401);
        call(get(api("/summary")), 401);
        call(post(api("/send")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()), 401);
    }

    @Test
    void unknownIdsAre404AndBadBodiesAreRefusedInTheCallersLanguage() throws Exception {
        call(get("/api/v1/seminars/999999999/invitations").with(grodno), 404);
        call(post("/api/v1/seminars/999999999/invitations/send").with(admin), 404);
        call(get(api("/999999999")).with(grodno), 404);
        call(delete(api("/999999999")).with(grodno), 404);
        call(delete(api("/rules/999999999")).with(grodno), 404);
        call(post(api("/999999999/resend")).with(grodno), 404);
        // an invitation of another seminar is not this seminar's
        long other = newSeminar(TestData.unique("API другой "));
        long foreign = postJson("/api/v1/seminars/" + other + "/invitations", "{\"officialId\":" + newGrodnoOfficial() + "}", admin, 201)
                .get("id").asLong();
        call(get(api("/" + foreign)).with(grodno), 404);
        call(delete(api("/" + foreign)).with(grodno), 404);

        JsonNode missing = call(post(api("")).with(grodno).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content("{}"), 400);
        assertThat(missing.get("detail").asString()).isEqualTo("Please check the data you entered.");
        assertThat(missing.get("errors").get(0).get("field").asString()).isEqualTo("officialId");
        assertThat(missing.get("errors").get(0).get("message").asString()).isEqualTo("Fill in this field.");

        JsonNode wrongType = call(post(api("")).with(grodno).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"officialId\":\"abc\"}"), 400);
        assertThat(wrongType.get("errors").get(0).get("field").asString()).isEqualTo("officialId");
        call(post(api("")).with(grodno).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("{"), 400);

        JsonNode unknownOfficial = call(post(api("")).with(grodno).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"officialId\":999999999}"), 422);
        assertThat(unknownOfficial.get("detail").asString()).isEqualTo("Official 999999999 was not found.");

        JsonNode badScope = call(post(api("/rules")).with(grodno).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"categories\":[\"OTHER\"],\"scope\":\"NOWHERE\",\"positions\":\"HEADS\"}"), 422);
        assertThat(badScope.get("errors").get(0).get("field").asString()).isEqualTo("scope");
        JsonNode noCategories = call(post(api("/rules")).with(grodno).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"categories\":[],\"scope\":\"HOST_OBLAST\",\"positions\":\"HEADS\"}"), 400);
        assertThat(noCategories.get("errors").get(0).get("field").asString()).isEqualTo("categories");
        // a coordinator's audience stays in its own region
        call(post(api("/rules")).with(grodno).contentType(MediaType.APPLICATION_JSON)
                .content("{\"categories\":[\"OTHER\"],\"scope\":\"COUNTRY\",\"positions\":\"HEADS\"}"), 403);

        JsonNode badCapacity = call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(api("/capacity"))
                .with(grodno).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("{\"capacity\":-1}"), 400);
        assertThat(badCapacity.get("errors").get(0).get("field").asString()).isEqualTo("capacity");
        JsonNode noNumber = call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(api("/capacity"))
                .with(grodno).contentType(MediaType.APPLICATION_JSON).content("{}"), 422);
        assertThat(noNumber.get("errors").get(0).get("field").asString()).isEqualTo("capacity");
        // "no limit" over the API as on the page, and back to a number
        long hall = newSeminar(TestData.unique("API без ограничения "));
        JsonNode unlimited = call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/seminars/" + hall + "/invitations/capacity").with(admin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"unlimited\":true}"), 200);
        assertThat(unlimited.get("unlimited").asBoolean()).isTrue();
        JsonNode limited = call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/seminars/" + hall + "/invitations/capacity").with(admin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"capacity\":25}"), 200);
        assertThat(limited.get("unlimited").asBoolean()).isFalse();
        assertThat(limited.get("capacity").asInt()).isEqualTo(25);

        // wrong state: a seminar not announced sends nothing (409), in Belarusian for a Belarusian caller
        long draft = newSeminar(TestData.unique("API чарнавік "));
        JsonNode notAnnounced = call(post("/api/v1/seminars/" + draft + "/invitations/send").with(admin)
                .header("Accept-Language", "be"), 409);
        assertThat(notAnnounced.get("detail").asString()).isNotBlank().doesNotContain("audience.");
        // a draft cannot be sent again on its own
        JsonNode resend = call(post("/api/v1/seminars/" + other + "/invitations/" + foreign + "/resend").with(admin)
                .header("Accept-Language", "en"), 409);
        assertThat(resend.get("detail").asString()).isEqualTo("The invitation has not been sent yet or was withdrawn.");
    }

    @Test
    void twoClientsSendingOrAddingAtOnceNeverDuplicate() throws Exception {
        postJson(api("/rules"), "{\"categories\":[\"DISTRICT_EXECUTIVE_COMMITTEE\"],\"scope\":\"HOST_DISTRICTS\",\"positions\":\"HEADS\"}",
                grodno, 201);
        long official = newGrodnoOfficial();

        // eight adds of one official at the same moment: one invitation
        List<Integer> adds = concurrently(8, "POST", api(""), "{\"officialId\":" + official + "}");
        assertThat(adds).allMatch(s -> s == 200 || s == 201);
        assertThat(jdbc.sql("select count(*) from invitation where seminar_id = :s and official_id = :o").param("s", seminar)
                .param("o", official).query(Long.class).single()).isEqualTo(1);

        // expansions at once: each official once
        assertThat(concurrently(4, "POST", api("/expand"), null)).allMatch(s -> s == 200);
        long drafts = jdbc.sql("select count(*) from invitation where seminar_id = :s and state = 'CREATED'").param("s", seminar)
                .query(Long.class).single();
        assertThat(drafts).isEqualTo(districtHeads() + 1);
        assertThat(jdbc.sql("select count(*) - count(distinct official_id) from invitation where seminar_id = :s").param("s", seminar)
                .query(Long.class).single()).isZero();

        // six clients send at once: every draft is queued exactly once in all
        List<String> bodies = new ArrayList<>();
        List<Integer> sends = concurrently(6, "POST", api("/send"), null, bodies);
        assertThat(sends).allMatch(s -> s == 200);
        int queued = bodies.stream().mapToInt(b -> JSON.readTree(b).get("queued").asInt()).sum();
        assertThat(queued).isEqualTo((int) drafts);
        assertThat(jdbc.sql("""
                        select count(*) from outbox_message o join invitation i
                          on o.cause_key = 'invitation:' || i.id || ':sent' where i.seminar_id = :s
                        """).param("s", seminar).query(Long.class).single()).isEqualTo(drafts);
    }

    @Test
    void theEndpointsAreDescribedWithExamples() throws Exception {
        // the description is for signed-in users (egov.api.docs-public opens it)
        assertThat(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getStatus()).isEqualTo(302);
        JsonNode docs = call(get("/v3/api-docs").session(by.egov.academy.support.Sessions.demo(mvc, "grodno")), 200);
        JsonNode paths = docs.get("paths");
        for (String p : List.of("/api/v1/seminars/{id}/invitations", "/api/v1/seminars/{id}/invitations/summary",
                "/api/v1/seminars/{id}/invitations/{invitationId}", "/api/v1/seminars/{id}/invitations/rules",
                "/api/v1/seminars/{id}/invitations/rules/{ruleId}", "/api/v1/seminars/{id}/invitations/expand",
                "/api/v1/seminars/{id}/invitations/send", "/api/v1/seminars/{id}/invitations/{invitationId}/resend",
                "/api/v1/seminars/{id}/invitations/capacity", "/api/v1/seminars/{id}/attendance",
                "/api/v1/seminars/{id}/attendance/check-in", "/api/v1/seminars/{id}/attendance/sites/{siteId}",
                "/api/v1/seminars/{id}/attendance/sites/{siteId}/marks", "/api/v1/seminars/{id}/attendance/sites/{siteId}/walk-ins",
                "/api/v1/seminars/{id}/news/drafts", "/api/v1/seminars/{id}/announcements/drafts")) {
            assertThat(paths.has(p)).as(p).isTrue();
            paths.get(p).forEach(op -> {
                assertThat(op.get("summary")).as(p + " summary").isNotNull();
                assertThat(op.get("tags").get(0).asString()).isIn("Invitations", "Attendance", "News");
            });
        }
        String add = paths.get("/api/v1/seminars/{id}/invitations").get("post").toString();
        assertThat(add).contains("\"officialId\":377").contains("Иванов Иван Иванович");
        assertThat(paths.get("/api/v1/seminars/{id}/attendance/check-in").get("post").toString()).contains("ABCD2345");
    }

    private List<Integer> concurrently(int clients, String method, String path, String json) throws Exception {
        return concurrently(clients, method, path, json, new ArrayList<>());
    }

    /** The same request from several real HTTP clients released at one moment; statuses, and bodies into {@code bodies}. */
    private List<Integer> concurrently(int clients, String method, String path, String json, List<String> bodies) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("grodno:" + Sessions.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Callable<HttpResponse<String>> call = () -> {
                start.await();
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", basic).header("Accept", "application/json");
                b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                        : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
                return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> f : results) {
            HttpResponse<String> r = f.get();
            statuses.add(r.statusCode());
            bodies.add(r.body());
        }
        pool.shutdown();
        return statuses;
    }
}

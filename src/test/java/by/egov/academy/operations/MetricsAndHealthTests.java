package by.egov.academy.operations;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;

import by.egov.academy.participation.invitation.InvitationTokens;
import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** /actuator/prometheus: who may scrape, what it shows, business counters that move, the outbox health. */
@IntegrationTest
class MetricsAndHealthTests {

    static final String TOKEN = "test-scrape-token"; // application-test.properties: egov.metrics.token

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry registry;
    @Autowired
    InvitationTokens tokens;

    private String scrape(MockHttpSession session) throws Exception {
        return mvc.perform(get("/actuator/prometheus").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private double count(String name, String... tags) {
        return registry.find(name).tags(tags).counters().stream().mapToDouble(Counter::count).sum();
    }

    @Test
    void onlyTheProgrammeOfficeOrTheScrapeCredentialReadMetrics() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")));
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer wrong-token")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("metrics", "wrong-token"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").session(Sessions.demo(mvc, "grodno"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN)).andExpect(status().isOk());
        String basic = Base64.getEncoder().encodeToString(("metrics:" + TOKEN).getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Basic " + basic)).andExpect(status().isOk());
        // a scrape leaves no session behind
        assertThat(mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN))
                .andReturn().getRequest().getSession(false)).isNull();

        mvc.perform(get("/programme")).andExpect(status().isOk()); // some HTTP traffic to measure
        String text = scrape(Sessions.admin(mvc));
        assertThat(text).contains("http_server_requests_seconds_count{", "uri=\"/programme\"")
                .contains("hikaricp_connections_active{", "hikaricp_connections_max{")
                .contains("jvm_memory_used_bytes{")
                .contains("egov_outbox_backlog{", "egov_outbox_oldest_waiting_seconds{", "egov_invitations_sent_total{");
    }

    @Test
    void invitationsRsvpsAndCheckInsAreCounted() throws Exception {
        var admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
        long venue = jdbc.sql("select id from venue order by id limit 1").query(Long.class).single();
        LocalDateTime start = LocalDateTime.now().plusDays(40).withNano(0).withSecond(0);
        String body = mvc.perform(post("/api/v1/seminars").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"hostTerritoryId":%d,"titleRu":"%s","start":"%s","end":"%s","venueId":%d}
                        """.formatted(TestData.territory(jdbc, "BY-HM"), TestData.unique("Метрики "), start, start.plusHours(3), venue)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long seminar = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/seminars/{id}/status", seminar).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"ANNOUNCED\"}")).andExpect(status().isOk());
        long org = TestData.organisation(jdbc, "Минский городской исполнительный комитет");
        long official = TestData.official(jdbc, org, "Измеряемый Участник", TestData.unique("metrics") + "@t.by");
        String nonce = InvitationTokens.newNonce();
        String code = InvitationTokens.newShortCode();
        long invitation = jdbc.sql("""
                        insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, source, state)
                        values (:s, :o, :n, :h, :c, 'MANUAL', 'CREATED') returning id
                        """).param("s", seminar).param("o", official).param("n", nonce)
                .param("h", InvitationTokens.hash(tokens.token(nonce))).param("c", code).query(Long.class).single();
        MockHttpSession office = Sessions.admin(mvc);

        double sent = count("egov.invitations.sent");
        mvc.perform(post("/manage/seminars/{id}/participation/capacity", seminar).session(office).with(csrf()).param("capacity", "10"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/manage/seminars/{id}/participation/send", seminar).session(office).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(count("egov.invitations.sent")).isEqualTo(sent + 1);

        double inPerson = count("egov.rsvp", "choice", "in_person");
        double declined = count("egov.rsvp", "choice", "decline");
        mvc.perform(post("/rsvp/" + tokens.token(nonce)).param("choice", "IN_PERSON")).andExpect(status().is3xxRedirection());
        assertThat(count("egov.rsvp", "choice", "in_person")).isEqualTo(inPerson + 1);
        mvc.perform(post("/rsvp/" + tokens.token(nonce)).param("choice", "DECLINE")).andExpect(status().is3xxRedirection());
        assertThat(count("egov.rsvp", "choice", "decline", "state", "declined")).isEqualTo(declined + 1);
        // a refused answer (not a choice at all) counts nothing
        double all = count("egov.rsvp");
        mvc.perform(post("/rsvp/not-a-token").param("choice", "IN_PERSON")).andExpect(status().isNotFound());
        assertThat(count("egov.rsvp")).isEqualTo(all);

        mvc.perform(post("/rsvp/" + tokens.token(nonce)).param("choice", "IN_PERSON")).andExpect(status().is3xxRedirection());
        double checkIns = count("egov.checkins", "where", "in_person");
        mvc.perform(post("/manage/seminars/{id}/check-in", seminar).session(office).with(csrf()).param("code", code))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select attended_at is not null from invitation where id = :id").param("id", invitation)
                .query(Boolean.class).single()).isTrue();
        assertThat(count("egov.checkins", "where", "in_person")).isEqualTo(checkIns + 1);

        // and Prometheus sees them
        assertThat(scrape(office)).contains("egov_rsvp_total{", "choice=\"decline\"", "egov_checkins_total{");
    }

    @Test
    void healthGoesDownWhileAMailIsStuckInTheOutbox() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        String cause = TestData.unique("stuck:");
        // a mail first due 31 minutes ago and still unsent (its next attempt far away, so the worker leaves it)
        jdbc.sql("""
                        insert into outbox_message (cause_key, message_id, recipient, subject, text_body, html_body,
                                                    created_at, next_attempt_at, attempts)
                        values (:c, :c, 'stuck@t.by', 's', 't', 'h', now() - interval '31 minutes', now() + interval '1 day', 5)
                        """).param("c", cause).update();
        try {
            mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value("DOWN"));
            mvc.perform(get("/actuator/health").session(Sessions.admin(mvc))).andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.components.outbox.status").value("DOWN"))
                    .andExpect(jsonPath("$.components.outbox.details.stuckAfter").value("PT30M"))
                    .andExpect(jsonPath("$.components.db.status").value("UP"));
            assertThat(registry.get("egov.outbox.backlog").gauge().value()).isGreaterThanOrEqualTo(1);
            assertThat(registry.get("egov.outbox.oldest.waiting").gauge().value()).isGreaterThan(30 * 60);
        } finally {
            jdbc.sql("delete from outbox_message where cause_key = :c").param("c", cause).update();
        }
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }
}

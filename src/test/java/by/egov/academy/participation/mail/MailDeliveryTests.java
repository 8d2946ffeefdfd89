package by.egov.academy.participation.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

import by.egov.academy.participation.invitation.InvitationTokens;
import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.MailServer;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The outbox delivers every message once: after an SMTP outage, and with two "nodes" sending reminders. */
@IntegrationTest
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class MailDeliveryTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Reminders reminders;
    @Autowired
    InvitationMails mails;
    @Autowired
    InvitationTokens tokens;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;
    @Autowired
    by.egov.academy.participation.invitation.InvitationRepository invitations;

    private long seminarStartingIn(Duration in) throws Exception {
        long venue = jdbc.sql("select id from venue order by id limit 1").query(Long.class).single();
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Minsk")).plus(in).withSecond(0).withNano(0);
        var admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
        String body = mvc.perform(post("/api/v1/seminars").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"hostTerritoryId":%d,"titleRu":"%s","start":"%s","end":"%s","venueId":%d}
                        """.formatted(TestData.territory(jdbc, "BY-HM"), TestData.unique("Почта "), start, start.plusHours(3), venue)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/seminars/{id}/status", id).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"ANNOUNCED\"}")).andExpect(status().isOk());
        return id;
    }

    private long invite(long seminar, String email, String state) {
        long org = TestData.organisation(jdbc, "Минский городской исполнительный комитет");
        long official = TestData.official(jdbc, org, "Почтовый Адресат", email);
        String nonce = InvitationTokens.newNonce();
        return jdbc.sql("""
                        insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, source, state)
                        values (:s, :o, :n, :h, :c, 'MANUAL', :st) returning id
                        """).param("s", seminar).param("o", official).param("n", nonce)
                .param("h", InvitationTokens.hash(tokens.token(nonce))).param("c", InvitationTokens.newShortCode())
                .param("st", state).query(Long.class).single();
    }

    private long received(String email) {
        return Arrays.stream(MailServer.get().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
            } catch (Exception e) {
                return false;
            }
        }).count();
    }

    private static void await(String what, java.util.concurrent.Callable<Boolean> condition) {
        org.awaitility.Awaitility.await(what).atMost(Duration.ofSeconds(40)).until(condition);
    }

    /** The outbox rows of these causes have all reached a final state: nothing more will be sent for them. */
    private boolean settled(String causePattern) {
        return jdbc.sql("select count(*) from outbox_message where cause_key like :c and state not in ('SENT', 'FAILED')")
                .param("c", causePattern).query(Long.class).single() == 0;
    }

    @Test
    void mailQueuedDuringAnOutageIsDeliveredOnceTheServerIsBack(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        MailServer.stop();
        long seminar = seminarStartingIn(Duration.ofDays(30));
        String email = TestData.unique("outage") + "@t.by";
        long invitation = invite(seminar, email, "SENT");
        tx.executeWithoutResult(s -> mails.queue(invitations.find(invitation).orElseThrow(),
                InvitationMails.Kind.INVITATION, "sent"));
        String cause = "invitation:" + invitation + ":sent";
        await("a failed attempt", () -> jdbc.sql("select attempts from outbox_message where cause_key = :c").param("c", cause)
                .query(Integer.class).single() >= 1);
        assertThat(jdbc.sql("select state from outbox_message where cause_key = :c").param("c", cause).query(String.class).single())
                .isEqualTo("PENDING");
        String messageId = jdbc.sql("select message_id from outbox_message where cause_key = :c").param("c", cause)
                .query(String.class).single();
        // the log names the mail by its Message-ID, never by its address
        assertThat(output.getAll()).contains("Mail " + messageId + " not sent").doesNotContain(email);
        MailServer.get();
        await("delivery after the outage", () -> received(email) >= 1 && settled(cause));
        assertThat(received(email)).as("delivered once").isEqualTo(1);
        assertThat(jdbc.sql("select state from outbox_message where cause_key = :c").param("c", cause).query(String.class).single())
                .isEqualTo("SENT");
    }

    @Test
    void twoNodesSendingRemindersSendEachOnce() throws Exception {
        MailServer.get();
        long seminar = seminarStartingIn(Duration.ofDays(5));
        String email = TestData.unique("remind") + "@t.by";
        long invitation = invite(seminar, email, "ACCEPTED_IN_PERSON");
        // this official reads Belarusian: the reminder is written in it
        jdbc.sql("update official set language = 'be' where email = :e").param("e", email).update();
        // two nodes wake at the same moment
        CompletableFuture<Void> a = CompletableFuture.runAsync(reminders::run);
        CompletableFuture<Void> b = CompletableFuture.runAsync(reminders::run);
        CompletableFuture.allOf(a, b).get();
        reminders.run();
        assertThat(jdbc.sql("select count(*) from outbox_message where cause_key like :c").param("c", "invitation:" + invitation + ":reminder%")
                .query(Long.class).single()).isEqualTo(1);
        await("the reminder", () -> received(email) >= 1 && settled("invitation:" + invitation + ":reminder%"));
        assertThat(received(email)).isEqualTo(1);
        assertThat(Arrays.stream(MailServer.get().getReceivedMessages()).anyMatch(m -> {
            try {
                return m.getSubject().startsWith("Праз тыдзень")
                        && Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(email));
            } catch (Exception e) {
                return false;
            }
        })).isTrue();
    }
}

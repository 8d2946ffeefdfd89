package by.egov.academy.participation.invitation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.MailServer;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.BeforeEach;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static by.egov.academy.support.Notices.event;
import static by.egov.academy.support.Notices.ics;
import static by.egov.academy.support.Notices.sequence;

/**
 * People already invited are told when a seminar moves, is cancelled or restored: the organiser first sees who will
 * be told, then each invitee gets one mail in their language with the calendar event as it now stands (the same UID,
 * a higher SEQUENCE; METHOD:CANCEL on cancellation), once per change even when confirmed twice or twice at once.
 */
@IntegrationTest
class ChangeNoticeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long seminar;
    String title;
    List<String> emails = new ArrayList<>();
    MockHttpSession grodno;

    @BeforeEach
    void setUp() throws Exception {
        grodno = Sessions.demo(mvc, "grodno");
        var admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
        long venue = jdbc.sql("select id from venue order by id limit 1").query(Long.class).single();
        title = TestData.unique("Переносимый ");
        seminar = ((Number) JsonPath.read(mvc.perform(post("/api/v1/seminars").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"hostTerritoryId":%d,"titleRu":"%s","start":"2035-05-10T10:00","end":"2035-05-10T14:00","venueId":%d}
                                """.formatted(TestData.territory(jdbc, "BY-HR"), title, venue)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        mvc.perform(post("/api/v1/seminars/{id}/status", seminar).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"ANNOUNCED\"}")).andExpect(status().isOk());
        long committee = TestData.organisation(jdbc, "Гродненский областной исполнительный комитет");
        String[] names = {"Петров Иван Петрович", "Сидорова Анна Сергеевна", "Smith John"};
        for (String name : names) {
            String email = TestData.unique("moved").replace("-", "") + "@example.by";
            long official = TestData.official(jdbc, committee, name, email);
            mvc.perform(post("/api/v1/seminars/{id}/invitations", seminar).with(admin).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"officialId\":%d}".formatted(official))).andExpect(status().isCreated());
            emails.add(email);
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/seminars/{id}/invitations/capacity", seminar).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"capacity\":100}")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/seminars/{id}/invitations/send", seminar).with(admin)).andExpect(status().isOk());
        for (String email : emails) {
            MailServer.await(email, title);
        }
    }

    private List<MimeMessage> mails(String email, String subjectStart) {
        return Arrays.stream(MailServer.get().getReceivedMessages())
                .filter(m -> MailServer.isTo(m, email)).filter(m -> {
                    try {
                        return m.getSubject().startsWith(subjectStart) && m.getSubject().contains(title);
                    } catch (Exception e) {
                        return false;
                    }
                }).toList();
    }

    /** Waits until the outbox has sent everything this seminar's notices queued: no row left unsent. */
    private void outboxDrained() {
        by.egov.academy.support.Notices.awaitSent(jdbc, seminar);
    }

    @Test
    void aMoveIsConfirmedFirstThenEachInviteeIsToldOnceWithTheUpdatedEvent() throws Exception {
        int before = sequence(ics(MailServer.await(emails.get(0), title)));
        String confirmation = mvc.perform(post("/manage/seminars/{id}/move", seminar).session(grodno).with(csrf())
                        .param("start", "2035-05-12T11:00")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(confirmation).getElementById("notice-reach").text())
                .isEqualTo("Уведомление получат: приглашённые — 3, операторы площадок — 0, докладчики — 0.");
        assertThat(jdbc.sql("select starts_at = timestamptz '2035-05-10 10:00 Europe/Minsk' from seminar where id = :s")
                .param("s", seminar).query(Boolean.class).single()).as("not moved before confirming").isTrue();

        // confirmed by two organisers at once, then once more: one move, one notice
        MockHttpSession office = Sessions.admin(mvc);
        Callable<Integer> confirm = () -> mvc.perform(post("/manage/seminars/{id}/move", seminar).session(grodno).with(csrf())
                .param("start", "2035-05-12T11:00").param("confirmed", "true")).andReturn().getResponse().getStatus();
        Callable<Integer> confirmToo = () -> mvc.perform(post("/manage/seminars/{id}/move", seminar).session(office).with(csrf())
                .param("start", "2035-05-12T11:00").param("confirmed", "true")).andReturn().getResponse().getStatus();
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (var f : pool.invokeAll(List.of(confirm, confirmToo))) {
                assertThat(f.get()).isEqualTo(302);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(confirm.call()).isEqualTo(302);
        outboxDrained();
        for (String email : emails) {
            List<MimeMessage> changed = mails(email, "Изменение:");
            assertThat(changed).as("change mails to " + email).hasSize(1);
            Calendar c = ics(changed.get(0));
            assertThat(event(c).getUid().orElseThrow().getValue()).isEqualTo("seminar-" + seminar + "@egov-academy");
            assertThat(sequence(c)).isGreaterThan(before);
            assertThat(event(c).getDateTimeStart().getValue()).startsWith("20350512T110000");
        }
        assertThat(MailServer.text(mails(emails.get(0), "Изменение:").get(0))).startsWith("Уважаемый Иван Петрович!");
        assertThat(MailServer.text(mails(emails.get(1), "Изменение:").get(0))).startsWith("Уважаемая Анна Сергеевна!");
        assertThat(jdbc.sql("select count(*) from seminar_notice where seminar_id = :s").param("s", seminar)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCancellationRemovesTheEventAndARestorationBringsItBack() throws Exception {
        String confirmation = mvc.perform(get("/manage/seminars/{id}/cancel", seminar).session(grodno))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirmation).contains("Семинар будет отменён.").contains("приглашённые — 3");
        mvc.perform(post("/manage/seminars/{id}/status", seminar).session(grodno).with(csrf()).param("status", "CANCELLED")
                        .param("confirmed", "true")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/manage/seminars/{id}/restore", seminar).session(grodno).with(csrf()))
                .andExpect(status().is3xxRedirection());
        outboxDrained();
        for (String email : emails) {
            List<MimeMessage> cancelled = mails(email, "Отменено:");
            assertThat(cancelled).hasSize(1);
            Calendar c = ics(cancelled.get(0));
            assertThat(c.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
            assertThat(event(c).getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
            assertThat(event(c).getUid().orElseThrow().getValue()).isEqualTo("seminar-" + seminar + "@egov-academy");
            List<MimeMessage> restored = mails(email, "Мероприятие состоится:");
            assertThat(restored).hasSize(1);
            assertThat(sequence(ics(restored.get(0)))).isGreaterThan(sequence(c));
        }
        assertThat(jdbc.sql("select status from seminar where id = :s").param("s", seminar).query(String.class).single())
                .isEqualTo("ANNOUNCED");
    }
}

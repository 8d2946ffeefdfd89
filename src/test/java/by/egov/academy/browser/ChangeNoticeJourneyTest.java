package by.egov.academy.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.MailServer;
import by.egov.academy.support.Notices;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static by.egov.academy.support.Notices.event;
import static by.egov.academy.support.Notices.ics;
import static by.egov.academy.support.Notices.sequence;

/**
 * Journey (a) of issue 14: Grodno's coordinator, in a real headless Chromium, moves an announced seminar to another
 * day, confirms on the page that says who will be told, and every invitee's mailbox holds exactly one change mail
 * whose calendar event (parsed with ical4j) has the same UID and SEQUENCE + 1; then cancels through the same kind of
 * page, and each gets exactly one cancellation (METHOD:CANCEL, STATUS:CANCELLED). On the way, error pages (a 404 of
 * the application, a 404 and a 403 of the container) keep the signed-in header.
 */
@IntegrationTest
class ChangeNoticeJourneyTest extends BrowserSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    String title;
    final List<String> emails = new ArrayList<>();

    private long announcedSeminarWithThreeInvitees() throws Exception {
        MailServer.get();
        var admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
        long venue = jdbc.sql("select id from venue order by id limit 1").query(Long.class).single();
        title = TestData.unique("Семинар к переносу в браузере ");
        long seminar = ((Number) JsonPath.read(mvc.perform(post("/api/v1/seminars").with(admin)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"hostTerritoryId":%d,"titleRu":"%s","start":"2036-04-08T10:00","end":"2036-04-08T14:00","venueId":%d}
                                """.formatted(TestData.territory(jdbc, "BY-HR"), title, venue)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        mvc.perform(post("/api/v1/seminars/{id}/status", seminar).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"ANNOUNCED\"}")).andExpect(status().isOk());
        long committee = TestData.organisation(jdbc, "Гродненский областной исполнительный комитет");
        for (String name : new String[]{"Переносов Олег Игоревич", "Отменова Вера Павловна", "Journey Jane"}) {
            String email = TestData.unique("journeya").replace("-", "") + "@example.by";
            long official = TestData.official(jdbc, committee, name, email);
            mvc.perform(post("/api/v1/seminars/{id}/invitations", seminar).with(admin).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"officialId\":%d}".formatted(official))).andExpect(status().isCreated());
            emails.add(email);
        }
        // sending needs the hall's seats or "no limit"
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                        "/api/v1/seminars/{id}/invitations/capacity", seminar).with(admin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"unlimited\":true}")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/seminars/{id}/invitations/send", seminar).with(admin)).andExpect(status().isOk());
        for (String email : emails) {
            MailServer.await(email, title);
        }
        return seminar;
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

    /** Waits until each invitee has a mail of the kind and every notice of the seminar is sent: no other will come. */
    private void awaitEach(String subjectStart, long seminar) {
        org.awaitility.Awaitility.await("a \"" + subjectStart + "\" mail for each invitee").atMost(Duration.ofSeconds(30))
                .until(() -> emails.stream().noneMatch(e -> mails(e, subjectStart).isEmpty()));
        Notices.awaitSent(jdbc, seminar);
    }

    private void signedInHeader(String as) {
        assertThat(driver.findElement(By.cssSelector("nav .user a[href='/account']")).getText()).as(as).isNotBlank();
        assertThat(driver.findElements(By.cssSelector("nav .user a[href='/login']"))).as(as).isEmpty();
    }

    @Test
    void theCoordinatorMovesThenCancelsAndEachInviteeIsToldOnceWithAParsableEvent() throws Exception {
        long seminar = announcedSeminarWithThreeInvitees();
        List<Integer> invited = new ArrayList<>();
        for (String email : emails) {
            invited.add(sequence(ics(MailServer.await(email, title))));
        }
        signIn("grodno", Sessions.DEMO_PASSWORD);

        // the move: the form's button leads to the confirmation, which says who will be told
        driver.get(url("/manage/seminars/" + seminar));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.id("move-start")), "2036-04-15T11:00");
        driver.findElement(By.cssSelector("form[action='/manage/seminars/" + seminar + "/move'] button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-reach")));
        assertThat(driver.findElement(By.id("notice-reach")).getText()).contains("приглашённые — 3");
        assertThat(jdbc.sql("select starts_at = timestamptz '2036-04-08 10:00 Europe/Minsk' from seminar where id = :s")
                .param("s", seminar).query(Boolean.class).single()).as("not moved before confirming").isTrue();
        driver.findElement(By.id("confirm-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash.ok")));

        awaitEach("Изменение:", seminar);
        List<Integer> changedSequence = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            List<MimeMessage> changed = mails(emails.get(i), "Изменение:");
            assertThat(changed).as("change mails to " + emails.get(i)).hasSize(1);
            Calendar c = ics(changed.get(0));
            assertThat(event(c).getUid().orElseThrow().getValue()).isEqualTo("seminar-" + seminar + "@egov-academy");
            assertThat(sequence(c)).isEqualTo(invited.get(i) + 1);
            assertThat(event(c).getDateTimeStart().getValue()).startsWith("20360415T110000");
            changedSequence.add(sequence(c));
        }

        // the cancellation: the status button is a link to the page that says who will be told
        driver.get(url("/manage/seminars/" + seminar));
        driver.findElement(By.id("to-CANCELLED")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-changes")));
        assertThat(driver.findElement(By.id("notice-changes")).getText()).isEqualTo("Семинар будет отменён.");
        driver.findElement(By.id("confirm-button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Отменён"));

        awaitEach("Отменено:", seminar);
        for (int i = 0; i < emails.size(); i++) {
            List<MimeMessage> cancelled = mails(emails.get(i), "Отменено:");
            assertThat(cancelled).as("cancellations to " + emails.get(i)).hasSize(1);
            Calendar c = ics(cancelled.get(0));
            assertThat(c.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
            assertThat(event(c).getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
            assertThat(event(c).getUid().orElseThrow().getValue()).isEqualTo("seminar-" + seminar + "@egov-academy");
            assertThat(sequence(c)).isEqualTo(changedSequence.get(i) + 1);
            assertThat(mails(emails.get(i), "Изменение:")).as("still one change mail").hasSize(1);
        }

        // error pages keep the signed-in header: the application's 404, the container's 404 and 403
        driver.get(url("/manage/seminars/987654321"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("404");
        signedInHeader("application 404");
        driver.get(url("/no-such-page-" + seminar));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("404");
        signedInHeader("container 404");
        driver.get(url("/admin/accounts"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("403");
        signedInHeader("container 403");
    }
}

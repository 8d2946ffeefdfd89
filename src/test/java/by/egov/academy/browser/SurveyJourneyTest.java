package by.egov.academy.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.MailServer;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * In Chromium: an attendee of a held seminar gets the survey mail (read from GreenMail), opens its link, answers,
 * downloads the certificate from the thank-you page, and opens the verification URL decoded from the certificate's
 * QR code, which says the certificate is valid and names the attendee.
 */
@IntegrationTest
class SurveyJourneyTest extends BrowserSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void anAttendeeAnswersTheSurveyAndVerifiesTheCertificate() throws Exception {
        MailServer.get();
        // a Grodno seminar held yesterday, one talk, one attendee with a certificate
        var admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
        long cycle = jdbc.sql("select min(id) from cycle").query(Long.class).single();
        long expert = jdbc.sql("select min(id) from expert").query(Long.class).single();
        String title = TestData.unique("Семинар с анкетой ");
        String body = mvc.perform(post("/api/v1/seminars").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"%s","start":"2030-06-10T10:00","end":"2030-06-10T14:00"}
                        """.formatted(cycle, TestData.territory(jdbc, "BY-HR"), title)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long seminar = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/seminars/{id}/talks", seminar).with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                {"kind":"TALK","titleRu":"Электронные услуги района","start":"2030-06-10T10:00","end":"2030-06-10T11:00","expertIds":[%d]}
                """.formatted(expert))).andExpect(status().isCreated());
        jdbc.sql("update seminar set status = 'HELD', starts_at = now() - interval '1 day 4 hours', ends_at = now() - interval '1 day' where id = :id")
                .param("id", seminar).update();
        long organisation = jdbc.sql("insert into organisation (name_ru, category, territory_id) values (:n, 'OTHER', :t) returning id")
                .param("n", TestData.unique("Лидский исполком анкеты ")).param("t", TestData.territory(jdbc, "BY-HR-LIDA"))
                .query(Long.class).single();
        String email = TestData.unique("journey") + "@lida.example";
        long official = TestData.official(jdbc, organisation, "Анкетова Алена Іванаўна", email);
        String nonce = by.egov.academy.participation.invitation.InvitationTokens.newNonce();
        long invitation = jdbc.sql("""
                        insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, source, state, attended_at, attended_by)
                        values (:s, :o, :n, :h, :c, 'MANUAL', 'ACCEPTED_IN_PERSON', now() - interval '1 day 3 hours', 'journey') returning id
                        """).param("s", seminar).param("o", official).param("n", nonce)
                .param("h", by.egov.academy.participation.invitation.InvitationTokens.hash(nonce))
                .param("c", by.egov.academy.participation.invitation.InvitationTokens.newShortCode()).query(Long.class).single();
        var office = Sessions.admin(mvc);
        mvc.perform(post("/manage/seminars/{id}/certificates", seminar).session(office).with(csrf())
                .param("invitationId", "" + invitation).param("language", "ru")).andExpect(status().is3xxRedirection());
        String serial = jdbc.sql("select serial from certificate where invitation_id = :i").param("i", invitation)
                .query(String.class).single();

        // the coordinator sends the survey now
        var grodno = Sessions.demo(mvc, "grodno");
        mvc.perform(post("/manage/seminars/{id}/survey", seminar).session(grodno).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/manage/seminars/{id}/survey/send", seminar).session(grodno).with(csrf()))
                .andExpect(status().is3xxRedirection());

        // the attendee opens the mail's link and answers
        String link = link(MailServer.await(email, title));
        driver.manage().deleteAllCookies();
        driver.get(link);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Ваше мнение о семинаре"));
        long overall = jdbc.sql("""
                        select q.id from survey_question q join survey s on s.id = q.survey_id where s.seminar_id = :s and q.kind = 'OVERALL'
                        """).param("s", seminar).query(Long.class).single();
        // the required question left out first: the form comes back with it marked
        driver.findElement(By.id("submit-survey")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("fieldset.invalid#q" + overall)));
        driver.findElement(By.cssSelector("input[name='q" + overall + "'][value='5']")).click();
        long useful = jdbc.sql("""
                        select q.id from survey_question q join survey s on s.id = q.survey_id where s.seminar_id = :s and q.kind = 'MOST_USEFUL'
                        """).param("s", seminar).query(Long.class).single();
        driver.findElement(By.name("q" + useful)).sendKeys("Разбор электронных услуг района");
        driver.findElement(By.id("submit-survey")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thanks")));
        assertThat(driver.findElement(By.id("thanks")).getText()).contains("Анкетова Алена Іванаўна");
        assertThat(jdbc.sql("select count(*) from survey_response r join survey s on s.id = r.survey_id where s.seminar_id = :s")
                .param("s", seminar).query(Long.class).single()).isEqualTo(1);

        // the certificate through the same personal link, and its QR code's URL
        String pdfUrl = driver.findElement(By.id("certificate-link")).getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfUrl)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        String url;
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Анкетова Алена Іванаўна", serial);
            url = by.egov.academy.support.CertificateQr.url(doc);
        }
        assertThat(url).endsWith("/certificates/" + serial);
        assertThat(driver.findElement(By.id("verify-link")).getAttribute("href")).isEqualTo(url);
        driver.get(url);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Проверка сертификата"));
        assertThat(driver.findElement(By.cssSelector(".flash.ok")).getText()).contains("действителен", serial);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Анкетова Алена Іванаўна");
    }

    private static String link(MimeMessage mail) throws Exception {
        Matcher m = Pattern.compile("https?://\\S+/seminars/\\d+/survey/[0-9]+\\.[A-Za-z0-9_-]+\\?lang=ru").matcher(MailServer.text(mail));
        return m.find() ? m.group() : null;
    }
}

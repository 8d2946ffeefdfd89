package by.egov.academy.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import by.egov.academy.participation.invitation.InvitationTokens;
import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.Talks;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14's journeys (b) and (d) on a 390 px phone: the Lida site operator goes from the home page to their site's
 * attendance page on the seminar's day, marks two attendees and a walk-in; the expert goes from the home page to
 * their talk and uploads slides.
 */
@IntegrationTest
class HomeJourneyTest extends BrowserSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    InvitationTokens tokens;

    private long seminar(String title) throws Exception {
        String body = mvc.perform(post("/api/v1/seminars").with(httpBasic("admin", Sessions.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"hostTerritoryId":%d,"titleRu":"%s","start":"2032-04-20T10:00","end":"2032-04-20T14:00"}
                                """.formatted(TestData.territory(jdbc, "BY-HR"), title)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
    }

    private void phone() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    private void noHorizontalScroll() {
        var js = (JavascriptExecutor) driver;
        Number scroll = (Number) js.executeScript("return document.documentElement.scrollWidth");
        Number inner = (Number) js.executeScript("return window.innerWidth");
        assertThat(inner.intValue()).as("the window is a phone's").isLessThanOrEqualTo(400);
        assertThat(scroll.intValue()).as("no horizontal scroll on " + driver.getCurrentUrl()).isLessThanOrEqualTo(inner.intValue());
    }

    private void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private String attended(long official) {
        return jdbc.sql("select state || '/' || (attended_at is not null) from invitation where official_id = :o")
                .param("o", official).query(String.class).optional().orElse("none");
    }

    @Test
    void theSiteOperatorMarksTwoAttendeesAndAWalkInOnAPhone() throws Exception {
        String title = TestData.unique("Семинар в день ");
        long seminar = seminar(title);
        mvc.perform(post("/manage/seminars/{id}/sites/all", seminar).session(Sessions.demo(mvc, "grodno")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // the seminar runs today in Minsk (the operator marks only on the day)
        jdbc.sql("""
                        update seminar set status = 'REGISTRATION_OPEN',
                          starts_at = (date_trunc('day', now() at time zone 'Europe/Minsk') + interval '10 hours') at time zone 'Europe/Minsk',
                          ends_at = (date_trunc('day', now() at time zone 'Europe/Minsk') + interval '14 hours') at time zone 'Europe/Minsk'
                        where id = :s
                        """).param("s", seminar).update();
        long site = jdbc.sql("select r.id from remote_site r join territory t on t.id = r.territory_id where r.seminar_id = :s and t.code = 'BY-HR-LIDA'")
                .param("s", seminar).query(Long.class).single();
        long lidaCommittee = TestData.organisation(jdbc, "Лидский районный исполнительный комитет");
        String tag = TestData.unique("");
        long first = TestData.official(jdbc, lidaCommittee, "Астапович Ирина Петровна " + tag, TestData.unique("a") + "@lida.example");
        long second = TestData.official(jdbc, lidaCommittee, "Борисевич Олег Иванович " + tag, TestData.unique("b") + "@lida.example");
        String walkInName = "Зайцевич Пётр Антонович " + tag;
        long walkIn = TestData.official(jdbc, lidaCommittee, walkInName, TestData.unique("w") + "@lida.example");
        long firstInvitation = TestData.invitation(jdbc, tokens, seminar, first, site, null);
        long secondInvitation = TestData.invitation(jdbc, tokens, seminar, second, site, null);

        phone();
        signIn("lida", Sessions.DEMO_PASSWORD);
        noHorizontalScroll();
        WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("site-" + site)));
        assertThat(item.getText()).contains(title).contains("сегодня");
        screenshot("HomeJourney-operator-home-390");
        item.findElement(By.cssSelector("a.mark-attendance")).click();
        wait.until(ExpectedConditions.urlContains("/sites/" + site + "/attendance"));
        assertThat(driver.findElement(By.id("site-seminar")).getText()).contains(title).contains("10:00–14:00");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Лидский район");
        noHorizontalScroll();

        driver.findElement(By.id("mark-" + firstInvitation)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "Отметка сохранена"));
        driver.findElement(By.id("mark-" + secondInvitation)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "Отметка сохранена"));
        assertThat(attended(first)).isEqualTo("ACCEPTED_REMOTE/true");
        assertThat(attended(second)).isEqualTo("ACCEPTED_REMOTE/true");

        // the walk-in: searched by name; those already present are not offered
        driver.findElement(By.id("walkin-q")).sendKeys(tag);
        driver.findElement(By.cssSelector("form[role=search] button")).click();
        wait.until(ExpectedConditions.urlContains("q="));
        var options = new Select(driver.findElement(By.id("walkin"))).getOptions().stream().map(WebElement::getText).toList();
        assertThat(options).hasSize(1);
        assertThat(options.get(0)).startsWith(walkInName);
        noHorizontalScroll();
        ((JavascriptExecutor) driver).executeScript("document.getElementById('site-attendance').scrollIntoView()");
        screenshot("HomeJourney-operator-attendance-390");
        new Select(driver.findElement(By.id("walkin"))).selectByValue("" + walkIn);
        driver.findElement(By.cssSelector("form[action$='/walk-in'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "Участник добавлен и отмечен"));
        assertThat(attended(walkIn)).isEqualTo("ACCEPTED_REMOTE/true");
        assertThat(driver.findElement(By.id("site-attendance")).getText()).contains(walkInName);
        noHorizontalScroll();

        // searching again: all three are present, nobody left to offer
        driver.findElement(By.id("walkin-q")).sendKeys(tag);
        driver.findElement(By.cssSelector("form[role=search] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action$='/walk-in'] p.muted")));
        assertThat(driver.findElements(By.id("walkin"))).isEmpty();
        screenshot("HomeJourney-operator-after-390");
    }

    @Test
    void theExpertUploadsSlidesFromTheHomePage() throws Exception {
        String title = TestData.unique("Семинар эксперта ");
        long seminar = seminar(title);
        String talkTitle = TestData.unique("Цифровой район ");
        long talk = Talks.byExpertAccount(jdbc, seminar, "expert", talkTitle);
        Path slides = Files.createTempFile("slides", ".pdf");
        Files.writeString(slides, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

        phone();
        signIn("expert", Sessions.DEMO_PASSWORD);
        WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("talk-" + talk)));
        assertThat(item.getText()).contains(talkTitle).contains(title);
        noHorizontalScroll();
        screenshot("HomeJourney-expert-home-390");
        item.findElement(By.cssSelector("a.upload-slides")).click();
        wait.until(ExpectedConditions.urlToBe(url("/manage/talks/" + talk)));
        driver.findElement(By.id("material-title")).sendKeys("Слайды доклада");
        driver.findElement(By.id("material-file")).sendKeys(slides.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form[enctype='multipart/form-data'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "Материал"));
        assertThat(jdbc.sql("select count(*) from material where talk_id = :t and title = 'Слайды доклада' and uploaded_by = 'expert'")
                .param("t", talk).query(Long.class).single()).isEqualTo(1);
        noHorizontalScroll();

        // back home: the talk no longer asks for slides
        driver.get(url("/"));
        item = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("talk-" + talk)));
        assertThat(item.getText()).contains("Загружено материалов: 1").doesNotContain("Загрузить презентацию");
        screenshot("HomeJourney-expert-after-390");
    }
}

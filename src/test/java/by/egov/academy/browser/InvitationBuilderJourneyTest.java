package by.egov.academy.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.MailServer;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * In Chromium on a 390 px phone: the Grodno coordinator opens the invitation list builder, sees the steps and why
 * sending waits, finds a person by typing part of the surname (htmx typeahead) and adds them with one tap, sets
 * "no limit" and sends; the page never scrolls sideways (at 1366 px neither), and every scrolling table is
 * reachable by keyboard. Screenshots under target/screenshots/InvitationBuilder-*.png.
 */
@IntegrationTest
class InvitationBuilderJourneyTest extends BrowserSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void theCoordinatorBuildsTheListOnAPhone() throws Exception {
        MailServer.get();
        var admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
        long venue = jdbc.sql("select id from venue order by id limit 1").query(Long.class).single();
        long cycle = jdbc.sql("select id from cycle order by id limit 1").query(Long.class).single();
        String title = TestData.unique("Гродненский семинар на телефоне ");
        String body = mvc.perform(post("/api/v1/seminars").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"%s","start":"2031-11-17T10:00","end":"2031-11-17T14:00","venueId":%d}
                        """.formatted(cycle, TestData.territory(jdbc, "BY-HR"), title, venue)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long seminar = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/seminars/{id}/status", seminar).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"ANNOUNCED\"}")).andExpect(status().isOk());
        // people with long names in a long-named organisation, two of them on the list already
        long org = TestData.organisation(jdbc, "Гродненский областной исполнительный комитет");
        String tag = TestData.unique("phone").replaceAll("[^0-9]", "");
        for (String name : List.of("Длинноименный-Константинопольский Варфоломей Вольдемарович",
                "Представительница-Широкоформатная Антонина Аполлинариевна")) {
            long official = TestData.official(jdbc, org, name, "p" + tag + name.length() + "@example.by");
            mvc.perform(post("/api/v1/seminars/{id}/invitations", seminar).with(admin).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"officialId\":%d}".formatted(official))).andExpect(status().isCreated());
        }
        TestData.official(jdbc, org, "Ёжикова-Типотестова Ольга Сергеевна", "y" + tag + "@example.by");

        signIn("grodno", Sessions.DEMO_PASSWORD);
        Dimension phone = new Dimension(390, 844);
        driver.manage().window().setSize(phone);
        driver.get(url("/manage/seminars/" + seminar + "/participation"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("steps")));
        // the steps: the list has people; checking and sending wait for the hall's seats, in words
        assertThat(driver.findElement(By.id("step-list")).getAttribute("data-state")).isEqualTo("DONE");
        assertThat(driver.findElement(By.id("step-check")).getAttribute("data-state")).isEqualTo("TODO");
        assertThat(driver.findElement(By.id("step-send")).getText()).contains("недоступно").contains("Укажите число мест в зале");
        assertThat(driver.findElement(By.id("send")).isEnabled()).isFalse();
        noSidewaysScroll(phone);
        screenshot("phone-top", null);
        screenshot("phone-list", "invitations");
        // a box whose table is wider than the phone is a named region in the tab order (a box that fits is not)
        for (WebElement region : driver.findElements(By.cssSelector(".table-scroll"))) {
            boolean scrolls = (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return arguments[0].scrollWidth > arguments[0].clientWidth + 1", region);
            if (!scrolls) {
                continue;
            }
            assertThat(region.getAttribute("tabindex")).isEqualTo("0");
            assertThat(region.getAttribute("role")).isEqualTo("region");
            assertThat(region.getAttribute("aria-label")).isNotBlank();
        }

        // typeahead: part of the surname, in lower case and with е for ё, then one tap on the found person
        driver.findElement(By.id("q")).sendKeys("ежикова-тип");
        WebElement found = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#found button.found-person")));
        assertThat(found.getText()).startsWith("Ёжикова-Типотестова Ольга Сергеевна");
        assertThat(driver.getCurrentUrl()).as("found without leaving the page").doesNotContain("q=");
        screenshot("phone-typeahead", "person-search");
        found.click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash.ok"), "Должностное лицо добавлено в список."));
        assertThat(driver.findElement(By.id("invitations")).getText()).contains("Ёжикова-Типотестова Ольга Сергеевна");

        // "no limit", then send: the flash says queued, not sent
        driver.findElement(By.id("unlimited")).click();
        driver.findElement(By.cssSelector("#capacity-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash.ok"), "Число мест сохранено."));
        assertThat(driver.findElement(By.id("step-check")).getAttribute("data-state")).isEqualTo("DONE");
        assertThat(driver.findElement(By.id("send")).isEnabled()).isTrue();
        driver.findElement(By.id("send")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash.ok"),
                "Поставлено в очередь на отправку приглашений: 3. Состояние письма каждого приглашения видно в списке."));
        assertThat(driver.findElement(By.id("step-send")).getAttribute("data-state")).isEqualTo("DONE");
        // the summaries are folded away until asked for
        assertThat(driver.findElement(By.cssSelector("details.summaries")).getAttribute("open")).isNull();
        noSidewaysScroll(phone);
        screenshot("phone-sent", null);
        screenshot("phone-sent-list", "invitations");

        Dimension laptop = new Dimension(1366, 900);
        driver.manage().window().setSize(laptop);
        driver.get(url("/manage/seminars/" + seminar + "/participation?lang=en"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("steps")));
        noSidewaysScroll(laptop);
        screenshot("laptop-en", null);
        // leave the polling page before the browser is closed
        driver.get("about:blank");
    }

    private void noSidewaysScroll(Dimension size) {
        Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("the page scrolls sideways at %d px by %d px", size.width, overflow).isLessThanOrEqualTo(0L);
    }

    private void screenshot(String name, String anchor) throws Exception {
        ((JavascriptExecutor) driver).executeScript(anchor == null ? "window.scrollTo(0, 0)"
                : "document.getElementById(arguments[0]).scrollIntoView()", anchor);
        Thread.sleep(200);
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
                dir.resolve("InvitationBuilder-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}

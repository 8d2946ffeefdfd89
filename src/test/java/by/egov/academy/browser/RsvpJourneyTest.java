package by.egov.academy.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import by.egov.academy.participation.invitation.InvitationTokens;
import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.RsvpFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey (c), in Chromium on a 390 px phone with the page's scripts switched off: an official opens the personal
 * link, sees the site choice only once "by videoconference" is chosen, answers for the Lida site; after the seminar
 * has started the same form, sent again, lands on the "answers are closed" page, which has no form. No sideways
 * scrolling on either page; screenshots under target/screenshots.
 */
@IntegrationTest
class RsvpJourneyTest extends BrowserSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    InvitationTokens tokens;

    @Test
    void anOfficialAnswersOnAPhoneThenFindsAnswersClosed() throws Exception {
        RsvpFixture fixture = RsvpFixture.create(mvc, jdbc);
        String token = fixture.invite(jdbc, tokens, "Телефонов Андрей Николаевич");
        driver.manage().window().setSize(new Dimension(390, 844));
        // no JavaScript on the page: what shows and hides is CSS alone
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));

        // the form in Belarusian and English fits the phone too (the language is remembered: Russian last)
        for (String[] lang : new String[][]{{"be", "Паважаны Андрей Николаевич!"}, {"en", "Dear Телефонов Андрей Николаевич,"}}) {
            driver.get(url("/rsvp/" + token + "?lang=" + lang[0]));
            wait.until(ExpectedConditions.textToBe(By.id("rsvp-greeting"), lang[1]));
            assertNoSidewaysScroll("the form in " + lang[0]);
        }
        driver.get(url("/rsvp/" + token + "?lang=ru"));
        wait.until(ExpectedConditions.textToBe(By.id("rsvp-greeting"), "Уважаемый Андрей Николаевич!"));
        assertThat(driver.findElement(By.id("rsvp-state")).getText()).isEqualTo("Вы ещё не ответили");
        assertThat(driver.findElement(By.id("rsvp-address")).getText()).isEqualTo(fixture.address());
        assertThat(driver.findElement(By.id("siteId")).isDisplayed()).as("the site before any answer").isFalse();
        assertThat(driver.findElement(By.id("deputyName")).isDisplayed()).as("the deputy before any answer").isFalse();
        driver.findElement(By.id("choice-delegate")).click();
        assertThat(driver.findElement(By.id("deputyName")).isDisplayed()).as("the deputy for a delegation").isTrue();
        assertThat(driver.findElement(By.id("siteId")).isDisplayed()).as("the site for a delegation").isFalse();
        driver.findElement(By.id("choice-remote")).click();
        assertThat(driver.findElement(By.id("siteId")).isDisplayed()).as("the site for the videoconference").isTrue();
        assertThat(driver.findElement(By.id("deputyName")).isDisplayed()).as("the deputy for the videoconference").isFalse();
        Select site = new Select(driver.findElement(By.id("siteId")));
        assertThat(site.getFirstSelectedOption().getText()).isEqualTo("Лидский район");
        site.selectByValue(String.valueOf(fixture.lidaSite()));
        shoot("form");
        assertNoSidewaysScroll("the form");
        driver.findElement(By.id("rsvp-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("rsvp-state"), "Вы ответили: буду на площадке ВКС: Лидский район"));
        assertThat(driver.findElement(By.cssSelector(".flash.ok")).getText()).isEqualTo("Спасибо! Вы зарегистрированы на площадке ВКС.");
        shoot("answered");
        assertNoSidewaysScroll("the answered page");

        // the seminar starts while the page is still open; the official tries to change the answer
        fixture.startInThePast(jdbc);
        driver.findElement(By.id("choice-decline")).click();
        driver.findElement(By.id("rsvp-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rsvp-closed")));
        assertThat(driver.findElement(By.id("rsvp-closed")).getText())
                .isEqualTo("Приём ответов закрыт: семинар уже начался. Ниже — его данные и ваш ответ.");
        assertThat(driver.findElements(By.id("rsvp-form"))).isEmpty();
        assertThat(driver.findElement(By.id("rsvp-state")).getText()).isEqualTo("Вы ответили: буду на площадке ВКС: Лидский район");
        assertThat(driver.findElement(By.id("rsvp-venue")).getText()).contains(fixture.venueName()).contains(fixture.address());
        // not the bare error page of before ("Ошибка 410"); the random numbers of the test data may hold the digits
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContainPattern("(?<!\\d)410(?!\\d)")
                .doesNotContain("Ошибка");
        shoot("closed");
        assertNoSidewaysScroll("the closed page");
        // opened again from the mail: the same closed page
        driver.get(url("/rsvp/" + token));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rsvp-closed")));
        assertThat(driver.findElements(By.cssSelector("input[name=choice]"))).isEmpty();
        driver.get(url("/rsvp/" + token + "?lang=en"));
        wait.until(ExpectedConditions.textToBe(By.id("rsvp-state"), "You answered: I will be at a videoconference site: Lida District"));
        assertNoSidewaysScroll("the closed page in English");
        driver.manage().window().setSize(new Dimension(1366, 900));
        assertNoSidewaysScroll("the closed page on a desktop");
        assertThat(jdbc.sql("select state from invitation where token_hash = :h").param("h", InvitationTokens.hash(token))
                .query(String.class).single()).isEqualTo("ACCEPTED_REMOTE");
    }

    private void assertNoSidewaysScroll(String what) {
        Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("%s scrolls sideways by %d px", what, overflow).isLessThanOrEqualTo(0L);
    }

    private void shoot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        // the whole page in one picture: the window as tall as the page for the shot
        Long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(390, (int) Math.max(844, height + 100)));
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
                dir.resolve("RsvpJourney-phone-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(390, 844));
    }
}

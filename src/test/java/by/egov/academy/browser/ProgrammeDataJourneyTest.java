package by.egov.academy.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import by.egov.academy.support.IntegrationTest;
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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, "done when": in Chromium the programme officer, starting from a seminar's organiser page,
 * adds an expert with a new partner organisation, a topic and a venue (each in three languages) through
 * the links of the seminar's forms, comes back, picks the venue, adds a talk by that expert (found with
 * the htmx name search) on that topic, announces the seminar; the public page in Belarusian shows the
 * venue, the speaker's organisation and the topic in Belarusian. The organiser page is photographed at
 * 1366 px and at 390 px wide under target/screenshots.
 */
@IntegrationTest
class ProgrammeDataJourneyTest extends BrowserSupport {

    @Autowired
    JdbcClient jdbc;

    private void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), value);
    }

    private void type(String id, String text) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    private void saved(String flash) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash.ok"), flash));
    }

    @Test
    void programmeOfficerAddsExpertTopicAndVenueFromTheSeminarPage() throws Exception {
        String tag = TestData.unique("").replace("-", "x");
        // an expert whose name is one long unbroken string (as a careless import or a fuzzer leaves): the speaker
        // list must wrap it, not widen the page on a phone
        jdbc.sql("insert into expert (full_name, organisation_id) values (:n, (select min(id) from organisation))")
                .param("n", "-1 — " + "1871551555467205279767457020".repeat(3)).update();
        signIn("admin", Sessions.ADMIN_PASSWORD);

        // the seminar, made on the page for a new event
        driver.get(url("/manage/seminars/new"));
        String title = "Семинар в Могилёвской области " + tag;
        new Select(driver.findElement(By.id("hostTerritoryId"))).selectByValue("" + TestData.territory(jdbc, "BY-MA"));
        type("titleRu", title);
        type("titleBe", "Семінар у Магілёўскай вобласці " + tag);
        setValue("start", "2031-10-13T10:00");
        setValue("end", "2031-10-13T14:00");
        driver.findElement(By.id("create-seminar")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        String seminarPage = driver.getCurrentUrl().replaceAll("[?#].*", "");
        long seminar = Long.parseLong(seminarPage.replaceAll(".*/", ""));

        // 1. an expert, with a new partner organisation, through the talk form's link
        driver.findElement(By.cssSelector("#talk-form a[href$='/manage/experts/new']")).click();
        wait.until(ExpectedConditions.urlContains("/manage/experts/new"));
        String expert = "Яковлева Марина " + tag;
        String orgBe = "ТАА «Магілёўскія лічбавыя рашэнні " + tag + "»";
        type("fullName", expert);
        type("positionRu", "Ведущий архитектор");
        type("positionBe", "Вядучы архітэктар");
        type("positionEn", "Lead architect");
        type("newOrganisationNameRu", "ООО «Могилёвские цифровые решения " + tag + "»");
        type("newOrganisationNameBe", orgBe);
        type("newOrganisationNameEn", "Mogilev Digital Solutions " + tag + " LLC");
        new Select(driver.findElement(By.id("newOrganisationCategory"))).selectByValue("PARTNER_IT_COMPANY");
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        saved("Эксперт добавлен.");

        // 2. a topic, through the talk form's link
        driver.get(seminarPage);
        driver.findElement(By.cssSelector("#talk-form a[href$='/manage/topics/new']")).click();
        wait.until(ExpectedConditions.urlContains("/manage/topics/new"));
        String topicRu = "Цифровые сервисы районных исполкомов " + tag;
        String topicBe = "Лічбавыя сэрвісы раённых выканкамаў " + tag;
        type("nameRu", topicRu);
        type("nameBe", topicBe);
        type("nameEn", "Digital services of district committees " + tag);
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        saved("Тема создана.");

        // 3. a venue, through the details form's link
        driver.get(seminarPage);
        driver.findElement(By.cssSelector("#details-form a[href$='/manage/venues/new']")).click();
        wait.until(ExpectedConditions.urlContains("/manage/venues/new"));
        String venueRu = "Аудитория Могилёвского облисполкома " + tag;
        String venueBe = "Аўдыторыя Магілёўскага аблвыканкама " + tag;
        type("nameRu", venueRu);
        type("nameBe", venueBe);
        type("nameEn", "Mogilev Regional Committee hall " + tag);
        type("addressRu", "г. Могилёв, ул. Первомайская, 71");
        type("addressBe", "г. Магілёў, вул. Першамайская, 71");
        type("addressEn", "71 Pershamayskaya St, Mogilev");
        new Select(driver.findElement(By.id("territoryId"))).selectByValue("" + TestData.territory(jdbc, "BY-MA"));
        type("capacity", "80");
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        saved("Место проведения создано.");

        // back on the seminar: the venue in the details form
        driver.get(seminarPage);
        new Select(driver.findElement(By.id("venueId"))).selectByVisibleText(venueRu);
        driver.findElement(By.cssSelector("#details-form > button[type=submit]")).click();
        saved("Изменения сохранены.");
        assertThat(new Select(driver.findElement(By.id("venueId"))).getFirstSelectedOption().getText()).isEqualTo(venueRu);

        // a talk: the speaker found by name (htmx), the topic from the approved ones
        driver.findElement(By.cssSelector("#talk-form #talk-titleRu")).sendKeys("Цифровые решения для районов Могилёвщины");
        setValue("talk-start", "2031-10-13T10:15");
        setValue("talk-end", "2031-10-13T11:00");
        driver.findElement(By.id("expert-search")).sendKeys(tag);
        wait.until(d -> d.findElements(By.cssSelector("#expert-options input[name=expertIds]")).size() == 1
                && d.findElement(By.id("expert-options")).getText().contains(expert));
        assertThat(driver.findElements(By.id("expert-options"))).hasSize(1);
        driver.findElement(By.cssSelector("#expert-options input[name=expertIds]")).click();
        new Select(driver.findElement(By.id("topicIds"))).selectByVisibleText(topicRu);
        driver.findElement(By.cssSelector("#talk-form > button[type=submit]")).click();
        saved("Добавлено в программу.");
        assertThat(driver.findElement(By.cssSelector("#agenda + .table-scroll tbody")).getText())
                .contains("Цифровые решения для районов Могилёвщины").contains(expert);

        // the organiser page as a desktop and as a phone show it
        screenshots("desktop", new Dimension(1366, 900));
        screenshots("phone", new Dimension(390, 844));
        driver.manage().window().setSize(new Dimension(1280, 1000));

        driver.findElement(By.id("to-ANNOUNCED")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Объявлен"));

        // the public page in Belarusian
        driver.get(url("/seminars/" + seminar + "?lang=be"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Семінар у Магілёўскай вобласці " + tag));
        assertThat(driver.findElement(By.id("seminar-venue")).getText()).contains(venueBe);
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains(venueBe).contains(expert + " (" + orgBe + ")").contains(topicBe);
    }

    /** The organiser page at one width: its top, the details form and the agenda, each a viewport high. */
    private void screenshots(String name, Dimension size) throws Exception {
        driver.manage().window().setSize(size);
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        String[] anchors = {null, "details", "agenda", "talk-form"};
        for (String anchor : anchors) {
            ((JavascriptExecutor) driver).executeScript(anchor == null ? "window.scrollTo(0, 0)"
                    : "document.getElementById(arguments[0]).scrollIntoView()", anchor);
            Thread.sleep(200);
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
                    dir.resolve("ProgrammeDataJourney-" + name + "-" + (anchor == null ? "top" : anchor) + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("the page scrolls sideways at %d px by %d px", size.width, overflow).isLessThanOrEqualTo(0L);
    }
}

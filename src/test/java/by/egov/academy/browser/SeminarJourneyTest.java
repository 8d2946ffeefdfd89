package by.egov.academy.browser;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme office plans the Brest seminar of the cycle in a real headless Chromium: creates it
 * for October 2017, adds a venue in Brest, two expert talks and the district sites with the bulk
 * action (15: the Brest district's seat is the venue city), announces it; the public page shows it and
 * the cycle's calendar, parsed with ical4j, holds both the Grodno and the Brest seminar.
 */
@IntegrationTest
class SeminarJourneyTest extends BrowserSupport {

    @Autowired
    JdbcClient jdbc;

    /** Date-time inputs are typed in the browser's own locale format; setting the value is what a picker does. */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), value);
    }

    private void submit(String formCss) {
        driver.findElement(By.cssSelector(formCss + " button[type=submit]")).click();
    }

    @Test
    void programmeOfficePlansAndAnnouncesTheBrestSeminar() throws Exception {
        signIn("admin", Sessions.ADMIN_PASSWORD);

        linkText("Программа").click();
        linkText("Цикл региональных семинаров по вопросам развития технологий электронного правительства").click();
        linkText("Управление циклом").click();

        String title = TestData.unique("Второй семинар цикла: Брестская область ");
        new Select(driver.findElement(By.id("hostTerritoryId"))).selectByVisibleText("Брестская область");
        driver.findElement(By.id("titleRu")).sendKeys(title);
        setValue("start", "2017-10-13T10:00");
        setValue("end", "2017-10-13T14:00");
        submit("#new-seminar");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Запланирован");

        // the venue is new: created through the details form's link, then picked
        String seminarPage = driver.getCurrentUrl();
        driver.findElement(By.cssSelector("#details-form a[href$='/manage/venues/new']")).click();
        wait.until(ExpectedConditions.urlContains("/manage/venues/new"));
        driver.findElement(By.id("nameRu")).sendKeys("Брестский областной исполнительный комитет, зал заседаний");
        driver.findElement(By.id("addressRu")).sendKeys("г. Брест, ул. Ленина, 11");
        new Select(driver.findElement(By.id("territoryId"))).selectByValue(
                "" + TestData.territory(jdbc, "BY-BR-C-BREST"));
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash.ok"), "Место проведения создано."));
        driver.get(seminarPage);
        new Select(driver.findElement(By.id("venueId"))).selectByVisibleText("Брестский областной исполнительный комитет, зал заседаний");
        driver.findElement(By.cssSelector("#details-form > button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash.ok"), "Изменения сохранены."));

        addTalk("Облачные технологии для районов", "2017-10-13T10:15", "2017-10-13T11:00",
                "Эксперт ООО «Белорусские облачные технологии»");
        addTalk("Цифровая трансформация городов Брестчины", "2017-10-13T11:00", "2017-10-13T11:45",
                "Эксперт Microsoft Belarus");
        assertThat(driver.findElements(By.cssSelector("#agenda + .table-scroll tbody tr"))).hasSize(2);

        driver.findElement(By.id("add-all-sites")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash.ok"), "Добавлено площадок: 15."));
        assertThat(driver.findElements(By.cssSelector("#site-list li"))).hasSize(15);
        assertThat(driver.findElement(By.id("site-list")).getText()).doesNotContain("Брестский район");

        driver.findElement(By.id("to-ANNOUNCED")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Объявлен"));

        linkText("Публичная страница").click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("13 октября 2017, 10:00 – 14:00").contains("Облачные технологии для районов")
                .contains("Районные площадки ВКС (15)").contains("Брестский областной исполнительный комитет");

        long cycle = jdbc.sql("select id from cycle order by id limit 1").query(Long.class).single();
        String ics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/calendar/cycles/" + cycle + ".ics")))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<String> summaries = calendar.<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getProperty("SUMMARY").map(Property::getValue).orElse("")).toList();
        assertThat(summaries).contains(title)
                .anyMatch(s -> s.startsWith("Семинар по вопросам развития технологий электронного правительства"));
    }

    private void addTalk(String title, String start, String end, String expert) {
        driver.findElement(By.cssSelector("#talk-form #talk-titleRu")).sendKeys(title);
        setValue("talk-start", start);
        setValue("talk-end", end);
        // the speaker is found by name: the search swaps in the matching experts' checkboxes
        driver.findElement(By.id("expert-search")).sendKeys(expert);
        By box = By.xpath("//div[@id='expert-options']//label[contains(., '" + expert + "')]/input[@name='expertIds']");
        wait.until(d -> d.findElements(By.cssSelector("#expert-options input[name=expertIds]")).size() == 1
                && !d.findElements(box).isEmpty());
        driver.findElement(box).click();
        submit("#talk-form");
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash.ok"), "Добавлено в программу."));
    }
}

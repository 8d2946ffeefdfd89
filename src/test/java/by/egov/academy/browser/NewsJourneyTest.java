package by.egov.academy.browser;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme office opens the held Grodno seminar, has the product write its news item, edits one sentence
 * and publishes it, in Russian and Belarusian; the public news pages show it in both languages and the Atom
 * feed, parsed with Rome, holds it.
 */
@IntegrationTest
class NewsJourneyTest extends BrowserSupport {

    @Autowired
    JdbcClient jdbc;

    private void generate() {
        driver.findElement(By.id("news-generate")).click();
        if (!driver.findElements(By.id("news-error")).isEmpty()) {
            driver.findElement(By.id("news-generate")).click(); // an earlier edit: confirm writing it again
        }
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash.ok"), "Новость составлена по данным семинара."));
    }

    /** Publishing goes through the preview (with the difference from the last published text); matches are confirmed. */
    private void publish() {
        driver.findElement(By.id("news-preview")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("news-preview")));
        if (!driver.findElements(By.id("news-confirm-matches")).isEmpty()) {
            driver.findElement(By.id("news-confirm-matches")).click();
        }
        driver.findElement(By.id("news-publish")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash.ok"), "Новость опубликована."));
    }

    @Test
    void programmeOfficeWritesEditsAndPublishesTheGrodnoNews() throws Exception {
        long grodno = TestData.demoGrodnoSeminar(jdbc);
        signIn("admin", Sessions.ADMIN_PASSWORD);
        driver.get(url("/manage/seminars/" + grodno));
        driver.findElement(By.id("news-link")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Новость о семинаре"));

        generate();
        String body = driver.findElement(By.id("body")).getAttribute("value");
        assertThat(body).contains("Представители 16 районов Гродненской области");
        String edited = body.replace("Специалисты обсудили с аудиторией темы:", "Эксперты обсудили с аудиторией темы:");
        assertThat(edited).isNotEqualTo(body);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("body")), edited);
        driver.findElement(By.id("news-save")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash.ok"), "Правка сохранена."));
        assertThat(driver.findElement(By.id("news-status")).getText()).isEqualTo("Отредактирована");
        publish();
        assertThat(driver.findElement(By.id("news-status")).getText()).isEqualTo("Опубликована");

        linkText("Белорусский").click();
        generate();
        publish();

        driver.get(url("/news?lang=ru"));
        linkText("Состоялся первый семинар цикла региональных семинаров по вопросам развития технологий электронного "
                + "правительства для руководителей местных исполнительных органов государственного управления").click();
        wait.until(ExpectedConditions.urlContains("/news/" + grodno));
        String page = driver.findElement(By.tagName("article")).getText();
        assertThat(page).contains("Эксперты обсудили с аудиторией темы:", "8 сентября 2017 г. Министерством связи и информатизации",
                "на территории Брестской области в октябре 2017 г.");
        assertThat(driver.findElement(By.linkText("Страница семинара")).getAttribute("href")).endsWith("/seminars/" + grodno);

        driver.get(url("/news/" + grodno + "?lang=be"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Адбыўся першы семінар цыкла");
        assertThat(driver.findElement(By.tagName("article")).getText()).contains("Прадстаўнікі 16 раёнаў Гродзенскай вобласці");

        HttpResponse<String> atom = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/news/feed.atom?lang=ru")))
                .build(), HttpResponse.BodyHandlers.ofString());
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(atom.body()));
        Entry entry = feed.getEntries().stream().filter(e -> e.getId().equals("urn:egov-academy:news:" + grodno + ":ru"))
                .findFirst().orElseThrow();
        assertThat(entry.getContents().get(0).getValue()).contains("Эксперты обсудили с аудиторией темы:");
    }

    /**
     * Grodno oblast's coordinator writes the English item and asks for publication; the programme office finds the
     * request in its list, opens the item and publishes it; the English news page names the organisations in English.
     */
    @Test
    void coordinatorAsksAndTheProgrammeOfficePublishesTheEnglishItem() {
        long grodno = TestData.demoGrodnoSeminar(jdbc);
        signIn("grodno", Sessions.DEMO_PASSWORD);
        driver.get(url("/manage/seminars/" + grodno + "/news?language=en&kind=NEWS"));
        generate();
        assertThat(driver.findElements(By.id("news-publish"))).isEmpty();
        driver.findElement(By.id("news-request-publication")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash.ok"), "Просьба опубликовать отправлена программному офису."));
        assertThat(driver.findElement(By.id("news-request")).getText()).startsWith("Публикация запрошена: grodno");

        driver.manage().deleteAllCookies();
        signIn("admin", Sessions.ADMIN_PASSWORD);
        linkText("Просьбы о публикации").click();
        String title = "The first seminar of the cycle of regional seminars on developing e-government technologies for the "
                + "heads of local executive bodies took place in Grodno";
        linkText(title).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Новость о семинаре"));
        publish();
        assertThat(driver.findElements(By.id("news-request"))).isEmpty();

        driver.get(url("/news/" + grodno + "?lang=en"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(driver.findElement(By.tagName("article")).getText()).contains(
                "the Ministry of Communications and Informatization, together with the Grodno Regional Executive Committee",
                "Belarusian Cloud Technologies LLC (beCloud)");
    }

    /**
     * A venue entered as a new user would, named with an adjective first: the forms page shows the forms LanguageTool
     * proposed, the draft says «в актовом зале …», and the editor's grammar check marks a mistake typed into the text.
     */
    @Test
    void aNewVenueIsDeclinedFromItsProposedFormsAndTheEditorChecksTheGrammar() {
        String venueName = "актовый зал Витебского областного исполнительного комитета";
        long vitebsk = TestData.territory(jdbc, "BY-VI");
        signIn("admin", Sessions.ADMIN_PASSWORD);
        driver.get(url("/manage/venues/new"));
        driver.findElement(By.id("nameRu")).sendKeys(venueName);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.id("territoryId")), String.valueOf(vitebsk));
        driver.findElement(By.id("nameRu")).submit();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/new")));
        long venue = jdbc.sql("select max(id) from venue where name_ru = :n").param("n", venueName).query(Long.class).single();
        long seminar = jdbc.sql("""
                        insert into seminar (programme_id, cycle_id, ordinal, level, host_territory_id, title_ru, starts_at, ends_at,
                                             status, venue_id)
                        select (select min(id) from programme),
                               (select c.id from cycle c where not exists (select 1 from seminar x where x.cycle_id = c.id
                                and x.ordinal = 7) order by c.id limit 1), 7, 'REGIONAL', :host, :title,
                               timestamptz '2031-05-14 10:00+03', timestamptz '2031-05-14 14:00+03', 'HELD', :v
                        returning id
                        """).param("host", vitebsk).param("v", venue)
                .param("title", TestData.unique("Семинар в Витебске ")).query(Long.class).single();

        driver.get(url("/manage/seminars/" + seminar + "/news/forms"));
        String prefix = "#form-VENUE-" + venue + "-ru ";
        assertThat(driver.findElement(By.cssSelector(prefix + "input[name=prepositional]")).getAttribute("value"))
                .isEqualTo("актовом зале Витебского областного исполнительного комитета");
        assertThat(driver.findElement(By.cssSelector(prefix + "input[name=genitive]")).getAttribute("value"))
                .isEqualTo("актового зала Витебского областного исполнительного комитета");

        driver.get(url("/manage/seminars/" + seminar + "/news?language=ru&kind=NEWS"));
        generate();
        String body = driver.findElement(By.id("body")).getAttribute("value");
        assertThat(body).contains("в актовом зале Витебского областного исполнительного комитета проведен седьмой семинар")
                .doesNotContain("на территории актов");

        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("body")),
                body + "\n\nУчастники отметили, что семинар семинар был полезен.");
        driver.findElement(By.id("news-save")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash.ok"), "Правка сохранена."));
        assertThat(driver.findElements(By.cssSelector("#news-check mark"))).isNotEmpty();
        assertThat(driver.findElement(By.id("news-check-matches")).getText()).contains("семинар").containsIgnoringCase("повтор");
    }
}

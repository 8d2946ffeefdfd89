package by.egov.academy.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.MailServer;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * In Chromium: the Brest coordinator builds a Brest seminar's audience, previews it and sends the
 * invitations; the Pinsk district head's invitation is read from GreenMail and its link opened; the head
 * accepts at the Pinsk site; the Pinsk site operator marks attendance; the counts page shows it.
 */
@IntegrationTest
class ParticipationJourneyTest extends BrowserSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void coordinatorInvitesAndTheSiteOperatorMarksAttendance() throws Exception {
        var greenMail = MailServer.get();
        // the people: heads of every Brest district committee, and the Pinsk site's operator
        String tag = TestData.unique("brest");
        for (String org : jdbc.sql("""
                        select o.name_ru from organisation o join territory t on t.id = o.territory_id join territory p on p.id = t.parent_id
                        where o.category = 'DISTRICT_EXECUTIVE_COMMITTEE' and p.code = 'BY-BR'
                        """).query(String.class).list()) {
            long orgId = TestData.organisation(jdbc, org);
            jdbc.sql("insert into official (full_name, position, leadership, organisation_id, email) values (:n, 'Председатель', 'HEAD', :o, :e)")
                    .param("n", "Председатель " + org.split(" ")[0]).param("o", orgId)
                    .param("e", tag + "-" + orgId + "@brest.example").update();
        }
        String pinskHead = jdbc.sql("""
                        select f.email from official f join organisation o on o.id = f.organisation_id
                        where o.name_ru = 'Пинский районный исполнительный комитет' and f.email like :t
                        """).param("t", tag + "%").query(String.class).single();
        String operator = ("pinsk" + tag).replaceAll("[^a-z0-9]", "");
        mvc.perform(post("/admin/accounts").session(Sessions.admin(mvc)).with(csrf()).param("username", operator)
                .param("displayName", "Оператор площадки Пинского района").param("role", "SITE_OPERATOR")
                .param("territoryId", "" + TestData.territory(jdbc, "BY-BR-PINSK")).param("initialPassword", "operator-pass-1"))
                .andExpect(status().is3xxRedirection());
        jdbc.sql("update account set must_change_password = false where username = :u").param("u", operator).update();

        // the seminar: dated, with a venue and every district's site, announced
        var admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
        long venue = jdbc.sql("select id from venue order by id limit 1").query(Long.class).single();
        long cycle = jdbc.sql("select id from cycle order by id limit 1").query(Long.class).single();
        String title = TestData.unique("Брестский семинар ");
        String body = mvc.perform(post("/api/v1/seminars").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"%s","start":"2031-10-13T10:00","end":"2031-10-13T14:00","venueId":%d}
                        """.formatted(cycle, TestData.territory(jdbc, "BY-BR"), title, venue)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long seminar = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/manage/seminars/{id}/sites/all", seminar).session(Sessions.admin(mvc)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/seminars/{id}/status", seminar).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"ANNOUNCED\"}")).andExpect(status().isOk());

        // the heads of Brest's district committees the rule selects: those just added and the demo's own
        long heads = jdbc.sql("""
                        select count(*) from official f join organisation o on o.id = f.organisation_id
                        join territory t on t.id = o.territory_id join territory p on p.id = t.parent_id
                        where o.category = 'DISTRICT_EXECUTIVE_COMMITTEE' and p.code = 'BY-BR' and f.leadership = 'HEAD'
                          and f.erased_at is null
                        """).query(Long.class).single();
        assertThat(heads).isGreaterThanOrEqualTo(16);
        // the coordinator builds the audience, previews, sends
        signIn("brest", Sessions.DEMO_PASSWORD);
        driver.get(url("/manage/seminars/" + seminar));
        driver.findElement(By.id("participation-link")).click();
        driver.findElement(By.cssSelector("#rule-form input[name=categories][value=DISTRICT_EXECUTIVE_COMMITTEE]")).click();
        new Select(driver.findElement(By.id("scope"))).selectByVisibleText("все районы области");
        new Select(driver.findElement(By.id("positions"))).selectByVisibleText("руководители");
        driver.findElement(By.cssSelector("#rule-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash.ok"), "Правило добавлено."));
        driver.findElement(By.id("expand")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash.ok"), "Список обновлён: добавлено " + heads + ", убрано 0."));
        assertThat(driver.findElement(By.id("invitations")).getText()).contains("Пинский районный исполнительный комитет")
                .contains("Не отправлено");
        // sending waits for the hall's seats
        assertThat(driver.findElement(By.id("send")).isEnabled()).isFalse();
        driver.findElement(By.id("capacity")).sendKeys("40");
        driver.findElement(By.cssSelector("#capacity-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash.ok"), "Число мест сохранено."));
        driver.findElement(By.id("send")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash.ok"), "Поставлено в очередь на отправку приглашений: "
                + heads + ". Состояние письма каждого приглашения видно в списке."));

        // the Pinsk head opens the mail's link and accepts at the Pinsk site
        String link = link(waitForMail(greenMail, pinskHead, title));
        // leave the participation page first: its htmx poll, fired after the cookies are gone, would otherwise
        // leave a saved request that a later sign-in follows instead of the home page
        driver.get("about:blank");
        driver.manage().deleteAllCookies();
        driver.get(link);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        // the site choice shows once "by videoconference" is chosen
        driver.findElement(By.id("choice-remote")).click();
        assertThat(new Select(driver.findElement(By.id("siteId"))).getFirstSelectedOption().getText()).isEqualTo("Пинский район");
        driver.findElement(By.cssSelector("#rsvp-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("rsvp-state"), "Вы ответили: буду на площадке ВКС: Пинский район"));

        // on the seminar's day the site operator marks attendance
        jdbc.sql("""
                        update seminar set
                          starts_at = (date_trunc('day', now() at time zone 'Europe/Minsk') + interval '10 hours') at time zone 'Europe/Minsk',
                          ends_at = (date_trunc('day', now() at time zone 'Europe/Minsk') + interval '14 hours') at time zone 'Europe/Minsk'
                        where id = :s
                        """).param("s", seminar).update();
        signIn(operator, "operator-pass-1");
        long site = jdbc.sql("select r.id from remote_site r join territory t on t.id = r.territory_id where r.seminar_id = :s and t.code = 'BY-BR-PINSK'")
                .param("s", seminar).query(Long.class).single();
        driver.get(url("/manage/seminars/" + seminar + "/sites/" + site + "/attendance"));
        assertThat(driver.findElement(By.id("site-attendance")).getText()).contains("Председатель Пинский");
        driver.findElement(By.cssSelector("#site-attendance button")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash.ok"), "Отметка сохранена."));

        // the counts show it
        driver.manage().deleteAllCookies();
        signIn("brest", Sessions.DEMO_PASSWORD);
        driver.get(url("/manage/seminars/" + seminar + "/participation"));
        assertThat(driver.findElement(By.id("count-invited")).getText()).isEqualTo(String.valueOf(heads));
        assertThat(driver.findElement(By.id("count-remote")).getText()).isEqualTo("1");
        assertThat(driver.findElement(By.id("count-attended-remote")).getText()).isEqualTo("1");
    }

    private static MimeMessage waitForMail(com.icegreen.greenmail.util.GreenMail greenMail, String to, String title) {
        return by.egov.academy.support.MailServer.await(to, title);
    }

    private static String link(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            Matcher m = Pattern.compile("https?://\\S+/rsvp/[A-Za-z0-9_-]+").matcher((String) part.getContent());
            if (m.find()) {
                return m.group();
            }
        }
        if (part.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String l = link(mp.getBodyPart(i));
                if (l != null) {
                    return l;
                }
            }
        }
        return null;
    }
}

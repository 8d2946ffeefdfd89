package by.egov.academy.participation.invitation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.MailServer;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The invitation list builder (issue 14, parts 6, 8 and the sending half of 2): the steps and their states, sending
 * refused while the seminar is planned or its hall has neither seats nor "no limit", the name search (Cyrillic, any
 * case, ё as е, only the coordinator's own region) and adding from it, each invitation's mail state (queued, sent,
 * failed with the reason) and the stuck-mail banner after the outbox threshold and not before.
 */
@IntegrationTest
class InvitationBuilderTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final RequestPostProcessor admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
    MockHttpSession grodno;
    long seminar;
    long committee;

    @BeforeEach
    void setUp() throws Exception {
        MailServer.get();
        grodno = Sessions.demo(mvc, "grodno");
        long venue = jdbc.sql("select id from venue order by id limit 1").query(Long.class).single();
        long cycle = jdbc.sql("select id from cycle order by id limit 1").query(Long.class).single();
        String body = mvc.perform(post("/api/v1/seminars").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"%s","start":"2031-05-20T10:00","end":"2031-05-20T14:00","venueId":%d}
                        """.formatted(cycle, TestData.territory(jdbc, "BY-HR"), TestData.unique("Список по шагам "), venue)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        seminar = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        committee = TestData.organisation(jdbc, "Гродненский областной исполнительный комитет");
    }

    @AfterEach
    void mailServerBack() {
        MailServer.get();
    }

    private String path(String suffix) {
        return "/manage/seminars/" + seminar + "/participation" + suffix;
    }

    private Document page(MockHttpSession session, String... params) throws Exception {
        var request = get(path("")).session(session);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String stepState(Document page, String step) {
        return page.getElementById("step-" + step).attr("data-state");
    }

    private String stepReason(Document page, String step) {
        return page.getElementById("step-" + step).selectFirst(".step-reason").text();
    }

    private long official(String name) {
        return TestData.official(jdbc, committee, name, TestData.unique("builder").replace("-", "") + "@example.by");
    }

    private void add(long official) throws Exception {
        mvc.perform(post(path("/add")).session(grodno).with(csrf()).param("officialId", "" + official))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "audience.added"));
    }

    private void announce() throws Exception {
        mvc.perform(post("/api/v1/seminars/{id}/status", seminar).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"ANNOUNCED\"}")).andExpect(status().isOk());
    }

    private String invitationState(long official) {
        return jdbc.sql("select state from invitation where seminar_id = :s and official_id = :o").param("s", seminar)
                .param("o", official).query(String.class).single();
    }

    @Test
    void theStepsShowWhatIsDoneAndSendingWaitsForTheAnnouncementAndTheSeats() throws Exception {
        Document empty = page(grodno);
        assertThat(stepState(empty, "rules")).isEqualTo("TODO");
        assertThat(stepState(empty, "list")).isEqualTo("TODO");
        assertThat(stepState(empty, "check")).isEqualTo("TODO");
        assertThat(stepState(empty, "send")).isEqualTo("BLOCKED");
        // categories are checkboxes now, not a multi-select
        assertThat(empty.select("#rule-form input[type=checkbox][name=categories]")).hasSize(9);
        assertThat(empty.select("#rule-form select[multiple]")).isEmpty();

        long person = official("Шаговый Пётр Ильич");
        add(person);
        // still planned: the button is disabled and says why; a forced POST is refused with the same reason
        Document planned = page(grodno);
        assertThat(stepState(planned, "list")).isEqualTo("DONE");
        assertThat(stepReason(planned, "list")).isEqualTo("В списке: 1.");
        assertThat(stepState(planned, "send")).isEqualTo("BLOCKED");
        assertThat(stepReason(planned, "send")).isEqualTo("Приглашения рассылаются после объявления мероприятия.");
        assertThat(planned.getElementById("send").hasAttr("disabled")).isTrue();
        assertThat(planned.getElementById("send-reason").text()).isEqualTo("Приглашения рассылаются после объявления мероприятия.");
        mvc.perform(post(path("/send")).session(grodno).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "audience.notAnnounced"));
        assertThat(invitationState(person)).isEqualTo("CREATED");

        // announced, but the hall has no seats and no "no limit": refused, with the reason in words
        announce();
        Document noSeats = page(grodno);
        assertThat(stepState(noSeats, "check")).isEqualTo("TODO");
        assertThat(stepState(noSeats, "send")).isEqualTo("BLOCKED");
        assertThat(noSeats.getElementById("send-reason").text()).startsWith("Укажите число мест в зале или отметьте «без ограничения»");
        mvc.perform(post(path("/send")).session(grodno).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "audience.noCapacity"));
        mvc.perform(post("/api/v1/seminars/{id}/invitations/send", seminar).with(admin).header("Accept-Language", "en"))
                .andExpect(status().isConflict());
        assertThat(invitationState(person)).isEqualTo("CREATED");
        // zero seats is no answer either
        mvc.perform(post(path("/capacity")).session(grodno).with(csrf()).param("capacity", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post(path("/send")).session(grodno).with(csrf())).andExpect(flash().attribute("flashError", "audience.noCapacity"));

        // "no limit": the check is done, sending is possible and says "queued", not "sent"
        mvc.perform(post(path("/capacity")).session(grodno).with(csrf()).param("unlimited", "true"))
                .andExpect(flash().attribute("flash", "capacity.saved"));
        Document ready = page(grodno);
        assertThat(stepState(ready, "check")).isEqualTo("DONE");
        assertThat(stepReason(ready, "check")).isEqualTo("Число мест в зале не ограничено. Проверьте список.");
        assertThat(ready.getElementById("count-capacity").text()).isEqualTo("без ограничения");
        assertThat(stepState(ready, "send")).isEqualTo("TODO");
        assertThat(stepReason(ready, "send")).isEqualTo("Ждут отправки: 1.");
        assertThat(ready.getElementById("send").hasAttr("disabled")).isFalse();
        mvc.perform(post(path("/send")).session(grodno).with(csrf())).andExpect(flash().attribute("flash", "audience.sent"));
        assertThat(invitationState(person)).isEqualTo("SENT");
        Document sent = page(grodno);
        assertThat(stepState(sent, "send")).isEqualTo("DONE");
        assertThat(sent.getElementById("send").hasAttr("disabled")).as("nothing left to send").isTrue();
    }

    @Test
    void withNoLimitEveryInPersonAnswerGetsASeatAndANumberMakesItLimitedAgain() throws Exception {
        announce();
        mvc.perform(post(path("/capacity")).session(grodno).with(csrf()).param("unlimited", "true"))
                .andExpect(flash().attribute("flash", "capacity.saved"));
        List<Long> people = List.of(official("Безлимитный Первый"), official("Безлимитный Второй"), official("Безлимитный Третий"));
        for (long p : people) {
            add(p);
        }
        mvc.perform(post(path("/send")).session(grodno).with(csrf())).andExpect(flash().attribute("flash", "audience.sent"));
        for (long p : people) {
            String nonce = jdbc.sql("select token_nonce from invitation where seminar_id = :s and official_id = :o")
                    .param("s", seminar).param("o", p).query(String.class).single();
            mvc.perform(post("/rsvp/" + tokens.token(nonce)).with(csrf()).param("choice", "IN_PERSON"))
                    .andExpect(status().is3xxRedirection());
            assertThat(invitationState(p)).isEqualTo("ACCEPTED_IN_PERSON");
        }
        assertThat(jdbc.sql("select count(*) from seat where seminar_id = :s and invitation_id is not null").param("s", seminar)
                .query(Integer.class).single()).isEqualTo(3);
        // a number below those seated is refused; three seats make the hall full, the next goes to the waiting list
        mvc.perform(post(path("/capacity")).session(grodno).with(csrf()).param("capacity", "2"))
                .andExpect(flash().attribute("flashError", "capacity.belowTaken"));
        mvc.perform(post(path("/capacity")).session(grodno).with(csrf()).param("capacity", "3"))
                .andExpect(flash().attribute("flash", "capacity.saved"));
        long fourth = official("Безлимитный Четвёртый");
        add(fourth);
        mvc.perform(post(path("/send")).session(grodno).with(csrf())).andExpect(flash().attribute("flash", "audience.sent"));
        String nonce = jdbc.sql("select token_nonce from invitation where seminar_id = :s and official_id = :o")
                .param("s", seminar).param("o", fourth).query(String.class).single();
        mvc.perform(post("/rsvp/" + tokens.token(nonce)).with(csrf()).param("choice", "IN_PERSON")).andExpect(status().is3xxRedirection());
        assertThat(invitationState(fourth)).isEqualTo("WAITING");
        // "no limit" again: the waiting list moves up
        mvc.perform(post(path("/capacity")).session(grodno).with(csrf()).param("unlimited", "true"))
                .andExpect(flash().attribute("flash", "capacity.saved"));
        assertThat(invitationState(fourth)).isEqualTo("ACCEPTED_IN_PERSON");
    }

    @Autowired
    InvitationTokens tokens;

    @Test
    void aPersonIsFoundBySurnameInAnyCaseWithЁAsЕAndAddedFromTheResult() throws Exception {
        String surname = "Ёлкина-Щукина";
        long person = official(surname + " Мария Петровна");
        // another oblast's official of the same surname is not the Grodno coordinator's to invite
        long brestCommittee = TestData.organisation(jdbc, "Брестский областной исполнительный комитет");
        long foreign = TestData.official(jdbc, brestCommittee, surname + " Анна Брестская", TestData.unique("brest") + "@example.by");

        // the typeahead fragment: lower case, and е typed for ё
        for (String typed : List.of("щукина", "ЕЛКИНА-щук", "ёлкина")) {
            Document found = Jsoup.parse(mvc.perform(get(path("/officials")).session(grodno).param("q", typed))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            List<String> ids = found.select("#found input[name=officialId]").eachAttr("value");
            assertThat(ids).as(typed).contains(String.valueOf(person)).doesNotContain(String.valueOf(foreign));
            assertThat(found.select("#found button.found-person").text()).contains("Ёлкина-Щукина Мария Петровна");
            assertThat(found.select("html > body > *").first().id()).as("a fragment, not the page").isEqualTo("found");
        }
        // the programme office searches the whole country
        assertThat(Jsoup.parse(mvc.perform(get(path("/officials")).session(Sessions.admin(mvc)).param("q", "щукина"))
                        .andReturn().getResponse().getContentAsString()).select("#found input[name=officialId]").eachAttr("value"))
                .contains(String.valueOf(person), String.valueOf(foreign));
        // nobody: said in words
        Document none = Jsoup.parse(mvc.perform(get(path("/officials")).session(grodno).param("q", "Несуществующаяфамилия"))
                .andReturn().getResponse().getContentAsString());
        assertThat(none.text()).contains("Никто не найден по запросу «Несуществующаяфамилия».");

        // without JavaScript: the search form submits to the page itself, whose result buttons add the person
        Document withResults = page(grodno, "q", "щукина");
        Element form = withResults.select("#found form").stream()
                .filter(f -> f.selectFirst("input[name=officialId]").val().equals(String.valueOf(person))).findFirst().orElseThrow();
        assertThat(form.attr("action")).isEqualTo(path("/add"));
        add(person);
        Document listed = page(grodno);
        Element row = listed.selectFirst("#invitations tr[data-official=" + person + "]");
        assertThat(row).isNotNull();
        assertThat(row.select("td").get(0).text()).isEqualTo("1");
        assertThat(row.select("td").get(2).text()).isEqualTo("Специалист");
        assertThat(jdbc.sql("select source from invitation where seminar_id = :s and official_id = :o").param("s", seminar)
                .param("o", person).query(String.class).single()).isEqualTo("MANUAL");
        // found again, the person is marked as already on the list
        Document again = Jsoup.parse(mvc.perform(get(path("/officials")).session(grodno).param("q", "щукина"))
                .andReturn().getResponse().getContentAsString());
        assertThat(again.select("#found button[disabled]").text()).contains("Ёлкина-Щукина Мария Петровна");
        assertThat(again.text()).contains("уже в списке");

        // the list's own filter
        add(official("Фильтруемый Олег Олегович"));
        Document filtered = page(grodno, "filter", "фильтр");
        assertThat(filtered.select("#invitations tbody tr")).hasSize(1);
        assertThat(filtered.select("#invitations tbody tr td").get(1).text()).isEqualTo("Фильтруемый Олег Олегович");
    }

    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    private String mailCell(Document page, long official) {
        return page.selectFirst("#invitations tr[data-official=" + official + "] td.mail-state").attr("data-mail");
    }

    private String mailCause(long official) {
        return "invitation:" + jdbc.sql("select id from invitation where seminar_id = :s and official_id = :o").param("s", seminar)
                .param("o", official).query(Long.class).single() + ":sent";
    }

    @Test
    void eachInvitationShowsItsMailQueuedSentOrFailedWithTheReason() throws Exception {
        announce();
        mvc.perform(post(path("/capacity")).session(grodno).with(csrf()).param("capacity", "20"));
        long delivered = official("Почтовый Доставленный");
        long refused = official("Почтовый Недоставленный");
        add(delivered);
        add(refused);
        // the mail server is away: both wait in the outbox
        MailServer.stop();
        mvc.perform(post(path("/send")).session(grodno).with(csrf())).andExpect(flash().attribute("flash", "audience.sent"));
        Document queued = page(grodno);
        assertThat(mailCell(queued, delivered)).isEqualTo("PENDING");
        assertThat(queued.selectFirst("#invitations tr[data-official=" + delivered + "] td.mail-state").text()).startsWith("в очереди");
        assertThat(queued.getElementById("mail-count-PENDING").text()).isEqualTo("2");
        assertThat(queued.getElementById("mail-count-SENT")).as("nothing claims sent").isNull();
        // after a failed attempt the reason is shown while it waits
        await("a failed attempt", () -> jdbc.sql("select attempts from outbox_message where cause_key = :c")
                .param("c", mailCause(delivered)).query(Integer.class).single() >= 1);
        Document retrying = page(grodno);
        assertThat(mailCell(retrying, delivered)).isEqualTo("PENDING");
        assertThat(retrying.selectFirst("#invitations tr[data-official=" + delivered + "] .mail-reason").text())
                .isEqualTo("Почтовый сервер недоступен.");
        assertThat(retrying.selectFirst("#invitations tr[data-official=" + delivered + "] .mail-error").text()).contains("Connection refused");
        // the other one is on its last attempt: it fails for good, with the server's reason
        jdbc.sql("update outbox_message set attempts = 11, next_attempt_at = now() where cause_key = :c")
                .param("c", mailCause(refused)).update();
        await("giving up", () -> jdbc.sql("select state from outbox_message where cause_key = :c")
                .param("c", mailCause(refused)).query(String.class).single().equals("FAILED"));
        String reason = jdbc.sql("select mail_error from invitation where seminar_id = :s and official_id = :o")
                .param("s", seminar).param("o", refused).query(String.class).single();
        assertThat(reason).startsWith("gave up: ");
        // the server is back: the first goes out
        MailServer.get();
        await("delivery", () -> jdbc.sql("select state from outbox_message where cause_key = :c")
                .param("c", mailCause(delivered)).query(String.class).single().equals("SENT"));
        Document done = page(grodno);
        assertThat(mailCell(done, delivered)).isEqualTo("SENT");
        assertThat(done.selectFirst("#invitations tr[data-official=" + delivered + "] td.mail-state").text()).isEqualTo("отправлено");
        assertThat(mailCell(done, refused)).isEqualTo("FAILED");
        Element failed = done.selectFirst("#invitations tr[data-official=" + refused + "] td.mail-state");
        assertThat(failed.text()).startsWith("не доставлено");
        assertThat(failed.selectFirst(".mail-reason").text()).isEqualTo("Почтовый сервер недоступен.");
        assertThat(failed.selectFirst(".mail-error").text()).isEqualTo(reason.replaceAll("\\s+", " ").strip());
        assertThat(done.getElementById("mail-count-SENT").text()).isEqualTo("1");
        assertThat(done.getElementById("mail-count-FAILED").text()).isEqualTo("1");
        // English page
        Document en = Jsoup.parse(mvc.perform(get(path("")).session(grodno).param("lang", "en")).andReturn().getResponse()
                .getContentAsString());
        assertThat(en.selectFirst("#invitations tr[data-official=" + refused + "] td.mail-state").text()).startsWith("failed");
    }

    @Test
    void theStuckMailBannerAppearsForTheOfficeAndCoordinatorsOnlyAfterTheThreshold() throws Exception {
        assertThat(jdbc.sql("select count(*) from outbox_message where state = 'PENDING' and created_at < now() - interval '30 minutes'")
                .query(Long.class).single()).as("no mail stuck before the test").isZero();
        String cause = TestData.unique("banner-test:");
        // a message the worker will not try yet (not due), queued 29 minutes ago: under the 30-minute threshold
        jdbc.sql("""
                        insert into outbox_message (cause_key, message_id, recipient, subject, text_body, html_body,
                                                    next_attempt_at, created_at)
                        values (:c, :m, 'stuck@example.by', 'Stuck', 'text', '<p>html</p>', now() + interval '1 day',
                                now() - interval '29 minutes')
                        """).param("c", cause).param("m", "<" + cause + "@test>").update();
        try {
            assertThat(page(grodno).getElementById("stuck-mail")).as("not before the threshold").isNull();
            // 31 minutes: the banner, on the participation page and on any other page, for the office and coordinators
            jdbc.sql("update outbox_message set created_at = now() - interval '31 minutes' where cause_key = :c")
                    .param("c", cause).update();
            Element banner = page(grodno).getElementById("stuck-mail");
            assertThat(banner).isNotNull();
            assertThat(banner.text()).startsWith("Почта не уходит: писем, ожидающих отправки дольше 30 мин., — 1.");
            Document home = Jsoup.parse(mvc.perform(get("/programme").session(Sessions.admin(mvc))).andReturn().getResponse()
                    .getContentAsString());
            assertThat(home.getElementById("stuck-mail")).isNotNull();
            Document brest = Jsoup.parse(mvc.perform(get("/programme").session(Sessions.demo(mvc, "brest")).param("lang", "en"))
                    .andReturn().getResponse().getContentAsString());
            assertThat(brest.getElementById("stuck-mail").text()).startsWith("Mail is not going out: 1 e-mail has waited more than 30 min.");
            // not for the public or a site operator
            assertThat(Jsoup.parse(mvc.perform(get("/programme")).andReturn().getResponse().getContentAsString())
                    .getElementById("stuck-mail")).isNull();
            assertThat(Jsoup.parse(mvc.perform(get("/programme").session(Sessions.demo(mvc, "lida"))).andReturn().getResponse()
                    .getContentAsString()).getElementById("stuck-mail")).isNull();
            // once sent, gone
            jdbc.sql("update outbox_message set state = 'SENT', sent_at = now() where cause_key = :c").param("c", cause).update();
            assertThat(page(grodno).getElementById("stuck-mail")).isNull();
        } finally {
            jdbc.sql("update outbox_message set state = 'SENT', sent_at = now() where cause_key = :c").param("c", cause).update();
        }
    }
}

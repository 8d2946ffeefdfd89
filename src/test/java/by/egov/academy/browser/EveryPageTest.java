package by.egov.academy.browser;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import by.egov.academy.feedback.survey.SurveyTokens;
import by.egov.academy.identity.AccountActivations;
import by.egov.academy.participation.invitation.InvitationTokens;
import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every page of the application, as each role sees it, at a 1366 px desktop and a 390 px phone: no sideways scroll
 * ({@code scrollWidth <= innerWidth}) and axe-core (test-scoped webjar) with the WCAG 2.1 A/AA tags finds nothing.
 * The pages are the GET mappings of the handler mapping, so a new page is covered without touching this test; each
 * path variable is filled from objects of Grodno oblast (the demo's held 2017 seminar, a future seminar made here,
 * Lida's site). A mapping whose variable cannot be filled fails the test unless {@link #NOT_PAGES} says why it is not a
 * page. What a role may not open (401/403/404 or a redirect to the sign-in page) is skipped for it, except that the
 * programme office must reach every page. Russian at both widths; Belarusian and English at the phone width (as the
 * programme office).
 * {@code -Degov.pages.only=REGEX} limits a run to the mappings it finds; {@code -Degov.pages.shots=true} keeps a phone
 * screenshot of every page checked (target/screenshots/every-page/) to look at.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageTest extends BrowserSupport {

    enum Role {
        VISITOR(null), PARTICIPANT("participant"), EXPERT("expert"), SITE_OPERATOR("lida"), COORDINATOR("grodno"),
        PROGRAMME_OFFICE("admin");

        final String username;

        Role(String username) {
            this.username = username;
        }
    }

    static final int DESKTOP = 1366;
    static final int PHONE = 390;
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Mappings that are not HTML pages, by a regular expression on the pattern, with the reason. */
    static final Map<String, String> NOT_PAGES = new LinkedHashMap<>();

    static {
        NOT_PAGES.put("^/(api|v3)/.*", "the REST API and its OpenAPI description answer JSON/YAML");
        NOT_PAGES.put(".*\\.(csv|xlsx|pdf|ics|png|json|svg|atom|yaml|xml)$", "a file download, not a page");
        NOT_PAGES.put(".*\\.\\{format[^}]*}$", "a file download (xlsx|csv), not a page");
        NOT_PAGES.put("^/swagger-ui.*", "springdoc's Swagger UI: third-party markup under its own CSP");
        NOT_PAGES.put("^/manage/experts/(options|organisations)$", "htmx fragment (picker options), checked inside its form");
        NOT_PAGES.put("^/manage/venues/organisations$", "htmx fragment (venue host picker), checked inside its form");
        NOT_PAGES.put("^/directory/officials/import/\\{id}/progress$",
                "an import job exists only after an upload in the same account's session (in memory); the page is the import page's layout with a progress bar");
    }

    /** Pages of one role's own, which even the programme office does not open, by pattern, with the reason. */
    static final Map<String, String> OWN_PAGES = Map.of(
            "/home/link/{token}", "a participant account's confirmation of its link to its official (PARTICIPANT only)");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    InvitationTokens invitationTokens;
    @Autowired
    SurveyTokens surveyTokens;
    @Autowired
    AccountActivations activations;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Values for path variables: the key is the segment before the variable and the variable's name. */
    final Map<String, Supplier<Object>> values = new LinkedHashMap<>();
    String axe;
    /** Width and hash of a main content that axe has examined. */
    final java.util.Set<String> axeExamined = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void fixture() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/webjars/axe-core/"
                + axeVersion() + "/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        MockHttpSession admin = Sessions.admin(mvc);
        long held = TestData.demoGrodnoSeminar(jdbc);
        long grodno = TestData.territory(jdbc, "BY-HR");
        long lida = TestData.territory(jdbc, "BY-HR-LIDA");
        long cycle = jdbc.sql("select cycle_id from seminar where id = :s").param("s", held).query(Long.class).single();
        long expert = jdbc.sql("select e.id from expert e join account a on a.id = e.account_id where a.username = 'expert'")
                .query(Long.class).single();
        // a coming seminar: the personal link's answer form, the expert's own talk
        String created = mvc.perform(post("/api/v1/seminars").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"%s","start":"2031-05-12T10:00","end":"2031-05-12T14:00"}
                        """.formatted(cycle, grodno, TestData.unique("Все страницы ")))).andReturn().getResponse().getContentAsString();
        long coming = Long.parseLong(created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        jdbc.sql("update seminar set status = 'REGISTRATION_OPEN' where id = :id").param("id", coming).update();
        mvc.perform(post("/api/v1/seminars/{id}/talks", coming).session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"kind":"TALK","titleRu":"Доклад для проверки страниц","start":"2031-05-12T10:00","end":"2031-05-12T10:40","expertIds":[%d]}
                        """.formatted(expert)));
        mvc.perform(post("/api/v1/seminars/{id}/remote-sites", coming).session(admin).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"territoryId\":%d}".formatted(lida)));
        long talk = jdbc.sql("select id from talk where seminar_id = :s").param("s", coming).query(Long.class).single();
        long organisation = jdbc.sql("""
                select o.id from organisation o join territory t on t.id = o.territory_id
                where t.code = 'BY-HR-LIDA' and o.category = 'DISTRICT_EXECUTIVE_COMMITTEE'""").query(Long.class).single();
        long official = TestData.official(jdbc, organisation, "Страницын Андрей Петрович", TestData.unique("pages") + "@t.by");
        String nonce = InvitationTokens.newNonce();
        jdbc.sql("""
                insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, source, state, sent_at)
                values (:s, :o, :n, :h, :c, 'MANUAL', 'SENT', now())""").param("s", coming).param("o", official)
                .param("n", nonce).param("h", InvitationTokens.hash(invitationTokens.token(nonce)))
                .param("c", InvitationTokens.newShortCode()).update();
        String rsvpToken = invitationTokens.token(nonce);
        // the held seminar: an attendee at Lida's site with a certificate, a material, a published news item
        long site = jdbc.sql("select id from remote_site where seminar_id = :s and territory_id = :t").param("s", held)
                .param("t", lida).query(Long.class).single();
        long attendee = TestData.official(jdbc, organisation, "Страницына Мария Ивановна", TestData.unique("pages") + "@t.by");
        long attended = TestData.invitation(jdbc, invitationTokens, held, attendee, site,
                java.sql.Timestamp.valueOf("2017-09-08 10:30:00"));
        String attendeeToken = invitationTokens.token(jdbc.sql("select token_nonce from invitation where id = :i")
                .param("i", attended).query(String.class).single());
        mvc.perform(post("/manage/seminars/{id}/certificates", held).session(admin).with(csrf())
                .param("invitationId", "" + attended).param("language", "ru"));
        String serial = jdbc.sql("select serial from certificate where invitation_id = :i").param("i", attended)
                .query(String.class).single();
        mvc.perform(multipart("/manage/seminars/{id}/materials", held).session(admin).with(csrf())
                .file(new MockMultipartFile("file", "slides.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes()))
                .param("title", "Слайды для проверки страниц"));
        long material = jdbc.sql("select max(id) from material where seminar_id = :s").param("s", held).query(Long.class).single();
        if (jdbc.sql("select count(*) from news_item where seminar_id = :s and status = 'PUBLISHED'").param("s", held)
                .query(Long.class).single() == 0) {
            jdbc.sql("""
                    insert into news_item (seminar_id, kind, language, status, generated_title, generated_body, generated_by,
                                           generated_at, published_title, published_body, published_by, published_at)
                    values (:s, 'NEWS', 'ru', 'PUBLISHED', 'Семинар в Гродно', 'Текст новости.', 'pages', now(),
                            'Семинар в Гродно', 'Текст новости.', 'pages', now())""").param("s", held).update();
        }
        long batch = jdbc.sql("""
                insert into certificate_batch (seminar_id, state, total, made, started_by, started_at, updated_at, finished_at)
                values (:s, 'DONE', 1, 1, 'pages', now(), now(), now()) returning id""").param("s", held).query(Long.class).single();
        // the survey is made by its organisers' button (the demo's seminar has one already)
        mvc.perform(post("/manage/seminars/{id}/survey", held).session(admin).with(csrf()));
        long question = jdbc.sql("""
                select min(q.id) from survey_question q join survey s on s.id = q.survey_id where s.seminar_id = :s""")
                .param("s", held).query(Long.class).single();
        String activation = activations.inviteExpert(null, TestData.unique("pagesexpert").replaceAll("[^A-Za-z0-9]", "")
                + "@t.by", "Проверка страниц").token();

        value("seminars", "id", held);
        value("news", "id", held);
        value("classes", "seminarId", held);
        value("cycles", "id", cycle);
        value("officials", "id", official);
        value("organisations", "id", organisation);
        value("territories", "id", lida);
        value("oblasts", "id", grodno);
        value("experts", "id", expert);
        value("programmes", "id", jdbc.sql("select id from programme where is_default").query(Long.class).single());
        long topic = jdbc.sql("select min(id) from topic").query(Long.class).single();
        value("topics", "id", topic);
        value("topics", "topicId", topic);
        value("venues", "id", jdbc.sql("select venue_id from seminar where id = :s").param("s", held).query(Long.class).single());
        value("certificate-batches", "batchId", batch);
        long competence = TestData.currentCompetence(jdbc);
        value("competences", "competenceId", competence);
        value("items", "competenceId", competence);
        value("versions", "versionId", TestData.currentFrameworkVersion(jdbc));
        value("talks", "talkId", talk);
        value("sites", "siteId", site);
        value("questions", "questionId", question);
        value("materials", "materialId", material);
        value("certificates", "serial", serial);
        value("assertions", "serial", serial);
        value("rsvp", "token", rsvpToken);
        value("survey", "token", surveyTokens.token(attended));
        value("my-record", "token", attendeeToken);
        value("activate", "token", activation);
        // the participant's pending link to its official, as the mailed link would name it
        String participantLink = TestData.unique("pageslink").replaceAll("[^A-Za-z0-9]", "");
        jdbc.sql("""
                insert into participant_link (account_id, official_id, token_hash, expires_at)
                values ((select id from account where username = 'participant'), :o, encode(sha256(convert_to(:t, 'UTF8')), 'hex'),
                        now() + interval '1 day')""").param("o", attendee).param("t", participantLink).update();
        value("link", "token", participantLink);
    }

    private void value(String segment, String variable, Object value) {
        values.put(segment + "/{" + variable + "}", () -> value);
    }

    private static String axeVersion() throws IOException {
        try (InputStream in = EveryPageTest.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            var p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }

    /** A page to open: the mapping's pattern and the URL with its variables filled. */
    record Page(String pattern, String url) {
    }

    /** Every GET page of the handler mapping with its variables filled; what cannot be filled goes to {@code unfilled}. */
    List<Page> pages(List<String> unfilled) {
        String only = System.getProperty("egov.pages.only", "");
        TreeSet<String> patterns = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            patterns.addAll(info.getPatternValues());
        }
        List<Page> pages = new ArrayList<>();
        Pattern variable = Pattern.compile("([^/]*)/\\{([^}:]+)(:[^}]*)?}");
        for (String pattern : patterns) {
            if (notPage(pattern) != null || !Pattern.compile(only).matcher(pattern).find()) {
                continue;
            }
            if (pattern.equals("/error")) {
                pages.add(new Page(pattern, "/seminars/987654321"));
                continue;
            }
            Matcher m = variable.matcher(pattern);
            StringBuilder url = new StringBuilder();
            boolean filled = true;
            while (m.find()) {
                Supplier<Object> v = values.get(m.group(1) + "/{" + m.group(2) + "}");
                if (v == null) {
                    filled = false;
                    break;
                }
                m.appendReplacement(url, Matcher.quoteReplacement(m.group(1) + "/" + v.get()));
            }
            if (!filled) {
                unfilled.add(pattern);
                continue;
            }
            m.appendTail(url);
            pages.add(new Page(pattern, url.toString()));
        }
        return pages;
    }

    static String notPage(String pattern) {
        return NOT_PAGES.entrySet().stream().filter(e -> pattern.matches(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyPageFitsAPhoneAndPassesAxe(Role role) throws Exception {
        long started = System.nanoTime();
        List<String> unfilled = new ArrayList<>();
        List<Page> pages = pages(unfilled);
        assertThat(unfilled).as("GET mappings whose path variables this test cannot fill: add a value in fixture() "
                + "or, if it is not a page, a justified entry in NOT_PAGES").isEmpty();
        driver.get(url("/login"));
        if (role.username != null) {
            signIn(role.username, role == Role.PROGRAMME_OFFICE ? Sessions.ADMIN_PASSWORD : Sessions.DEMO_PASSWORD);
        }
        ((JavascriptExecutor) driver).executeScript("return 1");
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<String> problems = new ArrayList<>();
        List<String> notPages = new ArrayList<>();
        int checked = 0;
        for (Page page : pages) {
            String refused = probe(page, role);
            if (refused != null) {
                if (refused.startsWith("not a page")) {
                    notPages.add(page.pattern() + " (" + refused + ")");
                } else if (refused.startsWith("5")
                        || role == Role.PROGRAMME_OFFICE && !OWN_PAGES.containsKey(page.pattern())) {
                    problems.add(page.pattern() + " (" + page.url() + "): " + refused);
                }
                continue;
            }
            checked++;
            long pageStarted = System.nanoTime();
            // the other languages' longer words at the phone width: once, as the programme office (who sees every page)
            for (String lang : role == Role.PROGRAMME_OFFICE ? List.of("ru", "be", "en") : List.of("ru")) {
                setLanguage(lang);
                // every role's pages at the phone width; the desktop width once, as the programme office, who opens
                // every page (the same templates: a second desktop pass per role cost minutes and found nothing)
                int[] widths = lang.equals("ru") && role == Role.PROGRAMME_OFFICE ? new int[]{DESKTOP, PHONE} : new int[]{PHONE};
                for (int i = 0; i < widths.length; i++) {
                    viewport(widths[i]);
                    if (i == 0) {
                        driver.get(url(page.url()));
                    } else {
                        settle();
                    }
                    check(page, widths[i], lang, problems, checked == 1);
                }
            }
            System.out.printf("EveryPageTest %s %s: %d ms%n", role, page.url(), (System.nanoTime() - pageStarted) / 1_000_000);
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.printf("EveryPageTest %s: %d pages checked (of %d), %d s; answered with no page: %s%n", role, checked,
                pages.size(), seconds, notPages);
        if (System.getProperty("egov.pages.only", "").isEmpty()) {
            assertThat(checked).as("pages %s could open", role).isGreaterThan(0);
        }
        assertThat(problems).as("pages of %s with a sideways scroll or WCAG 2.1 A/AA violations (page, width, language, rule, targets)",
                role).isEmpty();
    }

    /** The checks can fail: a page made wider than the phone and given an image without a text alternative. */
    @org.junit.jupiter.api.Test
    void theChecksReportAnOverflowAndAViolation() throws Exception {
        viewport(PHONE);
        driver.get(url("/login"));
        ((JavascriptExecutor) driver).executeScript("""
                const wide = document.createElement('div'); wide.id = 'too-wide'; wide.style.width = '600px'; wide.textContent = 'x';
                const img = document.createElement('img'); img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
                document.querySelector('main').append(wide, img);
                """);
        List<String> problems = new ArrayList<>();
        check(new Page("/login", "/login"), PHONE, "ru", problems, true);
        assertThat(problems).anyMatch(p -> p.contains("scrolls sideways, 6") && p.contains("div#too-wide"))
                .anyMatch(p -> p.contains(": image-alt (") && p.contains("390 px"));
    }

    /** A table wider than the phone scrolls inside a focusable, named region (static/js/scroll-regions.js), not the page. */
    @org.junit.jupiter.api.Test
    void aWideTableScrollsInsideAFocusableNamedRegion() throws Exception {
        viewport(PHONE);
        driver.get(url("/login"));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("""
                const h = document.createElement('h2'); h.textContent = 'Широкая таблица';
                const table = document.createElement('table'); table.className = 'table';
                const row = table.insertRow();
                for (let i = 0; i < 5; i++) { row.insertCell().textContent = 'Столбецбезпереносов' + i; }
                document.querySelector('main').append(h, table);
                window.dispatchEvent(new Event('resize'));
                """);
        settle();
        settle();
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) js.executeScript("""
                const b = document.querySelector('main table').parentElement;
                return {cls: b.className, tabindex: b.getAttribute('tabindex'), role: b.getAttribute('role'),
                        label: b.getAttribute('aria-label')};
                """);
        assertThat(box).containsEntry("cls", "table-scroll").containsEntry("tabindex", "0").containsEntry("role", "region")
                .containsEntry("label", "Широкая таблица");
        List<String> problems = new ArrayList<>();
        check(new Page("/login", "/login"), PHONE, "ru", problems, true);
        assertThat(problems).isEmpty();
        viewport(DESKTOP);
        settle();
        settle();
        assertThat(js.executeScript("return document.querySelector('.table-scroll').getAttribute('tabindex')"))
                .as("a table that fits is no tab stop").isNull();
    }

    /** Null when the role may open the page, else why not (a status, or the sign-in page). */
    private String probe(Page page, Role role) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(page.url()))).timeout(Duration.ofSeconds(60));
        Cookie session = driver.manage().getCookieNamed("SESSION");
        if (session != null) {
            request.header("Cookie", "SESSION=" + session.getValue());
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = answer.statusCode();
        String location = answer.headers().firstValue("Location").orElse("");
        if (status >= 500) {
            return status + " " + answer.body().substring(0, Math.min(300, answer.body().length()));
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (status == 200 && !type.startsWith("text/html")) {
            // JSON-LD (Open Badges), files: not pages; the fixture runs as the programme office, who sees them all
            return "not a page: " + type;
        }
        if (status == 200 && !answer.body().regionMatches(true, 0, "<!DOCTYPE html", 0, 14)
                && !answer.body().toLowerCase(Locale.ROOT).contains("<html")) {
            return "not a page: an HTML fragment (htmx)";
        }
        if (status == 401 || status == 403 || (status == 404 && !page.pattern().equals("/error"))
                || (status / 100 == 3 && location.contains("/login"))) {
            return "refused: " + status + " " + location;
        }
        return null;
    }

    private void setLanguage(String lang) {
        driver.manage().deleteCookieNamed("egov-lang");
        driver.manage().addCookie(new Cookie("egov-lang", lang, "/"));
    }

    /** The viewport at a width (a phone's: meta viewport honoured), exactly, whatever the window's minimum size. */
    private void viewport(int width) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", width == PHONE ? 844 : 900, "deviceScaleFactor", 1, "mobile", width == PHONE));
    }

    /** Two animation frames: the resize handled and laid out. */
    private void settle() {
        ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
    }

    @SuppressWarnings("unchecked")
    void check(Page page, int width, String lang, List<String> problems, boolean full) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        settle();
        String where = page.url() + " [" + page.pattern() + "] at " + width + " px, " + lang;
        // on a phone a page wider than the screen is zoomed out (innerWidth grows): compare with the screen's width
        Map<String, Object> size = (Map<String, Object>) js.executeScript("""
                const width = arguments[0];
                return {inner: window.innerWidth, scroll: document.documentElement.scrollWidth,
                        widest: [...document.querySelectorAll('body *')]
                            .filter(e => e.getBoundingClientRect().right > width + 1)
                            .slice(-3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                                + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                                + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)')};
                """, width);
        long inner = ((Number) size.get("inner")).longValue();
        long scroll = ((Number) size.get("scroll")).longValue();
        if (scroll > width) {
            problems.add(where + ": scrolls sideways, " + scroll + " px wide; beyond the edge: " + size.get("widest"));
            shot(page, width, lang);
        } else if (inner != width) {
            problems.add(where + ": the viewport is " + inner + " px wide, not " + width + " (meta viewport missing?)");
        }
        if (Boolean.getBoolean("egov.pages.shots") && width == PHONE) {
            shot(page, width, lang);
        }
        if (!lang.equals("ru") && width == PHONE) {
            // axe's findings do not depend on the language's words (its lang checks run in Russian too); once is enough
            return;
        }
        // the same main content at the same width, already examined for another role: only the header differs, and
        // each role's header is examined on its first page (saves most of the run: public pages are seen by all)
        String content = (String) js.executeScript("""
                const m = document.querySelector('main');
                const s = (m ? m.innerHTML : document.body.innerHTML).replace(/name="_csrf" value="[^"]*"/g, '');
                let h = 0x811c9dc5;
                for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); }
                return (h >>> 0) + ':' + s.length;
                """);
        if (!full && !axeExamined.add(width + ":" + content)) {
            return;
        }
        axeExamined.add(width + ":" + content);
        if (js.executeScript("return typeof window.axe") .equals("undefined")) {
            js.executeScript(axe);
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')), count: v.nodes.length}))))
                   .catch(e => done([{id: 'axe-error', help: String(e), targets: [], count: 0}]));
                """, WCAG_TAGS);
        for (Map<String, Object> v : violations) {
            problems.add(where + ": " + v.get("id") + " (" + v.get("impact") + ", " + v.get("count") + "×) " + v.get("help")
                    + " — " + v.get("targets"));
        }
        if (!violations.isEmpty()) {
            shot(page, width, lang);
        }
    }

    private void shot(Page page, int width, String lang) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/screenshots/every-page"));
        String name = (page.url().replaceAll("[^A-Za-z0-9]+", "_") + "-" + width + "-" + lang).toLowerCase(Locale.ROOT);
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}

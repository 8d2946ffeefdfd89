package by.egov.academy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import by.egov.academy.participation.invitation.InvitationTokens;
import by.egov.academy.participation.mail.Reminders;
import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.MailServer;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database: node A is the shared test application, node B a second SpringApplication in the
 * same JVM on another port against A's PostgreSQL. A session opened on A is valid on B (and closed on both
 * by signing out on one); in-person answers split over both nodes never overbook; the reminders job run on
 * both nodes at once queues each reminder once, and the two outbox workers send it once.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTests {

    @LocalServerPort
    int portA;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    InvitationTokens tokens;
    @Autowired
    Reminders remindersA;

    ConfigurableApplicationContext nodeB;
    int portB;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void startNodeB() throws Exception {
        MailServer.get(); // both nodes' outbox workers deliver to the tests' SMTP server
        String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
        nodeB = new SpringApplicationBuilder(EgovAcademyApplication.class)
                .profiles("test")
                // arguments, not default properties: those would lose to application.properties' server.port
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--egov.demo.enabled=false", "--spring.main.banner-mode=off");
        portB = Integer.parseInt(nodeB.getEnvironment().getProperty("local.server.port"));
        assertThat(portB).isNotEqualTo(portA);
    }

    @AfterAll
    void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void aSessionOpenedOnOneNodeIsValidOnTheOther() throws Exception {
        HttpResponse<String> loginPage = http.send(get(portA, "/login", null), HttpResponse.BodyHandlers.ofString());
        String anonymous = sessionCookie(loginPage);
        String csrf = Jsoup.parse(loginPage.body()).selectFirst("input[name=_csrf]").val();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + portA + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", anonymous)
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
                        + URLEncoder.encode(Sessions.ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String signedIn = sessionCookie(login);
        assertThat(signedIn).as("a new session id after sign-in").isNotEqualTo(anonymous);

        // node B has never seen this user: the session in PostgreSQL is what signs them in there
        assertThat(http.send(get(portB, "/directory/territories", null), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(302);
        assertThat(http.send(get(portB, "/directory/territories", signedIn), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(200);
        HttpResponse<String> account = http.send(get(portB, "/account", signedIn), HttpResponse.BodyHandlers.ofString());
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("admin");

        // signing out on B ends the session on A too
        String csrfB = Jsoup.parse(account.body()).selectFirst("input[name=_csrf]").val();
        HttpResponse<Void> logout = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + portB + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", signedIn)
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrfB)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).contains("/login?logout");
        HttpResponse<Void> afterLogout = http.send(get(portA, "/directory/territories", signedIn), HttpResponse.BodyHandlers.discarding());
        assertThat(afterLogout.statusCode()).isEqualTo(302);
        assertThat(afterLogout.headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    @Test
    void registrationsSplitOverBothNodesNeverOverbookAndRemindersGoOutOnce() throws Exception {
        int invited = 200;
        int seats = 50;
        long seminar = jdbc.sql("""
                        insert into seminar (programme_id, level, host_territory_id, title_ru, starts_at, ends_at, status)
                        values ((select min(id) from programme), 'REPUBLIC', :t, :title, :start, :end, 'REGISTRATION_OPEN')
                        returning id
                        """).param("t", TestData.territory(jdbc, "BY-HM")).param("title", TestData.unique("Семинар двух узлов "))
                .param("start", java.sql.Timestamp.from(Instant.now().plus(Duration.ofDays(5))))
                .param("end", java.sql.Timestamp.from(Instant.now().plus(Duration.ofDays(5)).plus(Duration.ofHours(6))))
                .query(Long.class).single();
        jdbc.sql("insert into seat (seminar_id, seat_no) select :s, g from generate_series(1, :n) g")
                .param("s", seminar).param("n", seats).update();
        long org = TestData.organisation(jdbc, "Минский городской исполнительный комитет");
        String prefix = TestData.unique("nodes");
        List<String> links = new ArrayList<>();
        for (int i = 0; i < invited; i++) {
            long official = TestData.official(jdbc, org, "Участник двух узлов " + i, prefix + "-" + i + "@t.by");
            String nonce = InvitationTokens.newNonce();
            jdbc.sql("""
                            insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, source, state, sent_at)
                            values (:s, :o, :n, :h, :c, 'MANUAL', 'SENT', now())
                            """).param("s", seminar).param("o", official).param("n", nonce)
                    .param("h", InvitationTokens.hash(tokens.token(nonce))).param("c", InvitationTokens.newShortCode()).update();
            // even invitations answer through node A, odd ones through node B
            links.add("http://localhost:" + (i % 2 == 0 ? portA : portB) + "/rsvp/" + tokens.token(nonce));
        }

        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String link : links) {
            answers.add(pool.submit(() -> {
                start.await();
                return http.send(HttpRequest.newBuilder(URI.create(link))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("choice=IN_PERSON")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            }));
        }
        start.countDown();
        for (Future<Integer> f : answers) {
            assertThat(f.get()).as("every answer is acknowledged").isEqualTo(302);
        }

        assertThat(count("select count(*) from invitation where seminar_id = :s and state = 'ACCEPTED_IN_PERSON'", seminar)).isEqualTo(seats);
        assertThat(count("select count(*) from invitation where seminar_id = :s and state = 'WAITING'", seminar)).isEqualTo(invited - seats);
        assertThat(count("select count(*) from seat where seminar_id = :s and invitation_id is not null", seminar)).isEqualTo(seats);
        assertThat(count("select count(distinct invitation_id) from seat where seminar_id = :s and invitation_id is not null", seminar))
                .as("nobody holds two seats").isEqualTo(seats);
        assertThat(count("""
                select count(*) from invitation i where i.seminar_id = :s and i.state = 'ACCEPTED_IN_PERSON'
                and not exists (select 1 from seat where invitation_id = i.id)
                """, seminar)).as("every confirmed official holds a seat").isZero();
        assertThat(count("select count(*) from invitation where seminar_id = :s", seminar)).as("one registration per invitation").isEqualTo(invited);
        assertThat(count("select count(*) - count(distinct official_id) from invitation where seminar_id = :s", seminar)).isZero();

        // the reminders job on both nodes at the same moment: the outbox's unique cause key lets each through once
        Reminders remindersB = nodeB.getBean(Reminders.class);
        CountDownLatch together = new CountDownLatch(1);
        List<Callable<Void>> jobs = List.of(
                () -> { together.await(); remindersA.run(); return null; },
                () -> { together.await(); remindersB.run(); return null; });
        List<Future<Void>> runs = new ArrayList<>();
        for (Callable<Void> job : jobs) {
            runs.add(pool.submit(job));
        }
        together.countDown();
        for (Future<Void> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        String reminderOfSeminar = """
                from outbox_message m join invitation i on m.cause_key = 'invitation:' || i.id || ':reminder7'
                where i.seminar_id = :s""";
        assertThat(count("select count(*) " + reminderOfSeminar, seminar)).as("one 7-day reminder per invitation").isEqualTo(invited);

        // both nodes' outbox workers send; each reminder reaches the SMTP server once
        Awaitility.await("the reminders sent").atMost(java.time.Duration.ofSeconds(90))
                .until(() -> count("select count(*) " + reminderOfSeminar + " and m.state = 'SENT'", seminar) >= invited);
        assertThat(count("select count(*) " + reminderOfSeminar + " and m.state = 'SENT'", seminar)).isEqualTo(invited);
        List<String> messageIds = jdbc.sql("select m.message_id " + reminderOfSeminar).param("s", seminar).query(String.class).list();
        List<String> received = new ArrayList<>();
        for (MimeMessage message : MailServer.get().getReceivedMessages()) {
            String id = message.getHeader("Message-ID", null);
            if (id != null && messageIds.contains(id)) {
                received.add(id);
            }
        }
        assertThat(received).as("every reminder delivered exactly once").hasSize(invited).doesNotHaveDuplicates();
    }

    private HttpRequest get(int port, String path, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return b.build();
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers().map()));
    }

    private long count(String sql, long seminar) {
        return jdbc.sql(sql).param("s", seminar).query(Long.class).single();
    }
}

package by.egov.academy.platform;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import by.egov.academy.EgovAcademyApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL goes away under a running application (its own context and embedded server, a 0.5 s pool timeout):
 * pages, the API, a sign-in and health answer 503 in the caller's language, and the application serves again by
 * itself once the server is back. Over real HTTP, so the servlet container's error dispatch is part of the test.
 */
class DatabaseOutageTests {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private String base;

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** As a browser asks for a page. */
    private HttpResponse<String> page(String path) throws Exception {
        return get(path, "Accept", "text/html,application/xhtml+xml");
    }

    private HttpResponse<String> signIn(String password) throws Exception {
        String page = get("/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
        String form = "username=admin&password=" + password + "&_csrf=" + csrf.group(1);
        return http.send(HttpRequest.newBuilder(URI.create(base + "/login?lang=en"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answers503WhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
        Path data = dir.resolve("postgres");
        String admin = "Basic " + Base64.getEncoder().encodeToString("admin:outage-pass-1".getBytes(StandardCharsets.UTF_8));
        EmbeddedPostgres restarted = null;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EgovAcademyApplication.class).run(
                "--server.port=0", "--egov.database.data-dir=" + data, "--egov.database.clean-on-start=false",
                "--egov.storage.dir=" + dir.resolve("files"), "--egov.admin.password=outage-pass-1", "--egov.demo.enabled=false",
                // a request waits at most 0.5 s for a connection (30 s by default)
                "--spring.datasource.hikari.connection-timeout=500",
                // java.net's CookieManager keeps Secure cookies to HTTPS; this test talks plain HTTP
                "--server.servlet.session.cookie.secure=false")) {
            base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            assertThat(page("/programme").statusCode()).isEqualTo(200);
            assertThat(get("/api/v1/organisations", "Authorization", admin).statusCode()).isEqualTo(200);

            EmbeddedPostgres postgres = app.getBean(EmbeddedPostgres.class);
            int port = postgres.getPort();
            postgres.close(); // stops the server; the data directory stays

            HttpResponse<String> page = page("/programme?lang=en");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).hasValue("60");
            assertThat(page.body()).contains("The service is temporarily unavailable, try again in a minute")
                    .doesNotContain("Exception", "PSQL");
            assertThat(page("/programme?lang=be").body()).contains("Сэрвіс часова недаступны, паспрабуйце праз хвіліну.");
            assertThat(page("/programme?lang=ru").body()).contains("Сервис временно недоступен, попробуйте через минуту.");

            HttpResponse<String> api = get("/api/v1/seminars", "Accept-Language", "en");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(api.body()).contains("\"status\":503", "The service is temporarily unavailable");
            // credentials that cannot be checked are not wrong credentials
            HttpResponse<String> basic = get("/api/v1/organisations", "Authorization", admin, "Accept-Language", "be");
            assertThat(basic.statusCode()).isEqualTo(503);
            assertThat(basic.body()).contains("Сэрвіс часова недаступны");
            // sessions live in the database too: the sign-in page cannot even hand out its form token
            HttpResponse<String> login = page("/login?lang=en");
            assertThat(login.statusCode()).isEqualTo(503);
            assertThat(login.body()).contains("The service is temporarily unavailable");
            assertThat(get("/actuator/health").statusCode()).isEqualTo(503);

            restarted = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
            // the pool's connection adder retries with a growing pause (up to a few seconds): poll until served
            long back = System.nanoTime();
            int failed = 0;
            while (page("/programme").statusCode() != 200) {
                failed++;
                assertThat(System.nanoTime() - back).as("served again within 15 s").isLessThan(15_000_000_000L);
                Thread.sleep(200);
            }
            long recovered = (System.nanoTime() - back) / 1_000_000;
            System.out.println("DatabaseOutageTests: pages served again " + recovered + " ms after PostgreSQL was back ("
                    + failed + " requests answered 503 meanwhile)");
            assertThat(get("/api/v1/seminars").statusCode()).isEqualTo(200);
            assertThat(get("/api/v1/organisations", "Authorization", admin).statusCode()).isEqualTo(200);
            assertThat(signIn("outage-pass-1").statusCode()).isEqualTo(302);
            assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        } finally {
            if (restarted != null) {
                restarted.close();
            }
        }
    }
}

package by.egov.academy.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ten failed sign-ins for one account, or from one address, within 15 minutes: the next attempt is refused
 * with a message, even with the right password, on the form and on the API alike.
 */
@IntegrationTest
class SignInThrottleTests {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    private static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    private String newAccount() throws Exception {
        String username = TestData.unique("throttle").replaceAll("[^A-Za-z0-9._-]", "");
        MockHttpSession admin = Sessions.admin(mvc);
        mvc.perform(post("/admin/accounts").session(admin).with(csrf()).param("username", username)
                        .param("displayName", "Throttle Test").param("role", "PROGRAMME_OFFICE")
                        .param("initialPassword", "temporary-pass-1"))
                .andExpect(status().is3xxRedirection());
        return username;
    }

    /**
     * Ten wrong passwords from ten addresses do not lock the account (anyone could lock anyone out so): the
     * account is slowed down, each attempt after the fifth failure waiting twice as long after the last failure,
     * at most a minute, and the owner signs in once that wait is over.
     */
    @Test
    void failuresForOneAccountSlowItDownButNeverLockIt() throws Exception {
        String username = newAccount();
        for (int i = 0; i < 10; i++) {
            backdateFailures(username, 61);
            mvc.perform(post("/login").with(csrf()).with(from("10.20.0." + i)).param("username", username)
                            .param("password", "wrong-password-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // the right password at once, from a fresh address: refused, without looking at the password
        mvc.perform(post("/login").with(csrf()).with(from("10.20.1.1")).param("username", username)
                        .param("password", "temporary-pass-1"))
                .andExpect(redirectedUrl("/login?blocked=1"));
        String page = mvc.perform(get("/login").param("blocked", "1")).andExpect(status().isTooManyRequests())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Слишком много неудачных попыток входа. Повторите через 1 мин.");
        mvc.perform(get("/api/v1/organisations").with(from("10.20.1.2")).with(httpBasic(username, "temporary-pass-1")))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.detail").value("Слишком много неудачных попыток входа. Повторите через 1 мин."));
        // another account is not affected
        Sessions.demo(mvc, "brest");
        // a minute after the last failure the owner gets in, although ten failures are still in the window
        backdateFailures(username, 61);
        mvc.perform(post("/login").with(csrf()).with(from("10.20.1.3")).param("username", username)
                        .param("password", "temporary-pass-1"))
                .andExpect(redirectedUrl("/"));
    }

    /** The wait doubles: 2 s after the sixth failure, 16 s after the ninth. */
    @Test
    void theAccountsWaitGrowsWithItsFailures() throws Exception {
        String username = newAccount();
        recordFailures(username, 6, 3);
        mvc.perform(post("/login").with(csrf()).with(from("10.21.0.1")).param("username", username)
                        .param("password", "wrong-again"))
                .andExpect(redirectedUrl("/login?error"));
        // now seven failures, the last one just now: 4 s to wait
        mvc.perform(post("/login").with(csrf()).with(from("10.21.0.2")).param("username", username)
                        .param("password", "temporary-pass-1"))
                .andExpect(redirectedUrl("/login?blocked=1"));
        String other = newAccount();
        recordFailures(other, 9, 3);
        mvc.perform(post("/login").with(csrf()).with(from("10.21.0.3")).param("username", other)
                        .param("password", "temporary-pass-1"))
                .andExpect(redirectedUrl("/login?blocked=1"));
        backdateFailures(other, 17);
        mvc.perform(post("/login").with(csrf()).with(from("10.21.0.3")).param("username", other)
                        .param("password", "temporary-pass-1"))
                .andExpect(redirectedUrl("/"));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** {@code count} failures for the account, each from its own address, the latest {@code secondsAgo} ago. */
    private void recordFailures(String username, int count, int secondsAgo) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("insert into sign_in_failure (username, address, at) values (:u, :a, now() - make_interval(secs => :s))")
                    .param("u", username).param("a", "10.99." + (i / 250) + "." + (i % 250))
                    .param("s", secondsAgo + count - 1 - i).update();
        }
    }

    /** Moves the account's failures back so that the latest is {@code secondsAgo} old. */
    private void backdateFailures(String username, int secondsAgo) {
        jdbc.sql("""
                update sign_in_failure f set at = f.at - (l.latest - (now() - make_interval(secs => :s)))
                from (select max(at) as latest from sign_in_failure where username = :u) l
                where f.username = :u and l.latest > now() - make_interval(secs => :s)
                """).param("u", username).param("s", secondsAgo).update();
    }

    @Test
    void tenFailuresFromOneAddressBlockThatAddressOnly() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/api/v1/organisations").with(from("10.30.0.7"))
                            .with(httpBasic("nobody-" + i, "guess-" + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/login").with(csrf()).with(from("10.30.0.7")).param("username", "grodno")
                        .param("password", Sessions.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/login?blocked=15"));
        mvc.perform(get("/api/v1/organisations").with(from("10.30.0.7")).with(httpBasic("grodno", Sessions.DEMO_PASSWORD))
                        .header("Accept-Language", "en"))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value("Too many failed sign-ins. Try again in 15 min."));
        // the same account from another address signs in
        mvc.perform(post("/login").with(csrf()).with(from("10.30.0.8")).param("username", "grodno")
                        .param("password", Sessions.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aForgedBlockedNumberShowsNoMadeUpText() throws Exception {
        String page = mvc.perform(get("/login").param("blocked", "<b>forever</b>")).andExpect(status().isTooManyRequests())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<b>forever</b>").contains("Повторите через 15 мин.");
    }

    /**
     * The login filter matches the decoded path, so {@code /%6cogin} is a sign-in too (as nginx passes it on):
     * it must be throttled as {@code /login} is, over real HTTP where the raw and decoded paths differ.
     */
    @Test
    void aPercentEncodedLoginPathIsThrottledLikeTheLoginPath() throws Exception {
        String username = newAccount();
        recordFailures(username, 10, 0);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        // the right password through the encoded path: refused
        assertThat(signIn(http, "/%6cogin", username, "temporary-pass-1")).isEqualTo("/login?blocked=1");
        // and so is every further guess, without its password being compared (no new failure is counted)
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(http, "/%6cogin", username, "guess-" + i)).isEqualTo("/login?blocked=1");
            assertThat(signIn(http, "/%6C%6F%67%69%6E", username, "guess-" + i)).isEqualTo("/login?blocked=1");
        }
        assertThat(jdbc.sql("select count(*) from sign_in_failure where username = :u").param("u", username)
                .query(Integer.class).single()).isEqualTo(10);
        // HTTP Basic on an encoded API path is refused too
        HttpResponse<String> basic = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/%61pi/v1/organisations"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (username + ":temporary-pass-1").getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).as(basic.body()).isEqualTo(429);
    }

    /** Signs in over real HTTP through {@code path} and returns where the server sent the browser. */
    private String signIn(HttpClient http, String path, String username, String password) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String cookie = form.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID=")).findFirst()
                .map(c -> c.substring(0, c.indexOf(';'))).orElseThrow();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(m.find()).isTrue();
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("status " + r.statusCode());
        return location.replaceFirst("^https?://[^/]+", "");
    }
}

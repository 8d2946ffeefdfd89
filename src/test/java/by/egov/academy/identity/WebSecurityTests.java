package by.egov.academy.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Security headers, no inline script, cookie flags, a new session at sign-in, CSRF on forms. */
@IntegrationTest
class WebSecurityTests {

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        for (String path : List.of("/", "/programme", "/login", "/api/v1/seminars", "/directory/territories", "/admin/accounts")) {
            MvcResult r = mvc.perform(get(path).session(admin)).andReturn();
            String csp = r.getResponse().getHeader("Content-Security-Policy");
            assertThat(csp).as(path).isNotNull().contains("script-src 'self'").contains("frame-ancestors 'none'")
                    .contains("object-src 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(r.getResponse().getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.getResponse().getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(r.getResponse().getHeader("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
        }
        String swagger = mvc.perform(get("/swagger-ui/index.html").session(admin)).andReturn().getResponse()
                .getHeader("Content-Security-Policy");
        assertThat(swagger).contains("script-src 'self';").contains("style-src 'self' 'unsafe-inline'");
    }

    @Test
    void pagesHoldNoInlineScriptAndNoEventHandlerAttributes() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        long seminar = mvc.perform(get("/api/v1/seminars")).andReturn().getResponse().getContentAsString()
                .matches("(?s).*\"id\":(\\d+).*") ? Long.parseLong(mvc.perform(get("/api/v1/seminars")).andReturn()
                .getResponse().getContentAsString().replaceAll("(?s)^.*?\"id\":(\\d+).*$", "$1")) : 0;
        List<String> pages = List.of("/", "/programme", "/login", "/seminars/" + seminar, "/manage/seminars/" + seminar,
                "/directory/officials", "/directory/organisations", "/admin/accounts", "/account");
        for (String path : pages) {
            String html = mvc.perform(get(path).session(admin)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            Document doc = Jsoup.parse(html);
            for (Element script : doc.select("script")) {
                assertThat(script.hasAttr("src") || "application/ld+json".equals(script.attr("type")))
                        .as("inline script on " + path + ": " + script).isTrue();
            }
            for (Element el : doc.getAllElements()) {
                el.attributes().forEach(a -> assertThat(a.getKey()).as("handler on " + path).doesNotStartWith("on"));
                assertThat(el.hasAttr("style")).as("inline style on " + path + ": " + el.tagName()).isFalse();
            }
        }
    }

    @Test
    void sessionCookieIsSecureHttpOnlySameSiteAndRenewedAtSignIn() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String setCookie = sessionCookie(form).orElseThrow(() -> new AssertionError("no session cookie: " + form.headers()));
        assertThat(setCookie).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String before = setCookie.substring(0, setCookie.indexOf(';'));
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(m.find()).isTrue();
        String body = "username=admin&password=" + URLEncoder.encode(Sessions.ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", before).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String after = sessionCookie(signedIn).map(c -> c.substring(0, c.indexOf(';')))
                .orElseThrow(() -> new AssertionError("sign-in kept the session id it was given"));
        assertThat(after).isNotEqualTo(before);
        // the id from before sign-in is not signed in
        HttpResponse<String> old = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/accounts"))
                .header("Cookie", before).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(old.statusCode()).isEqualTo(302);
        HttpResponse<String> current = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/accounts"))
                .header("Cookie", after).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(current.statusCode()).isEqualTo(200);
    }

    /**
     * No proxy is trusted unless configured (EGOV_TRUSTED_PROXIES): a client on the intranet (here loopback) that
     * sends X-Forwarded-* headers forges nothing, neither the scheme and host of links nor its own address.
     */
    @Test
    void forwardedHeadersFromAPeerThatIsNoTrustedProxyAreIgnored() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/accounts"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "academy.example.by")
                .header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/login");
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=") || c.startsWith("SESSION=")).findFirst();
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        mvc.perform(post("/account/tokens").session(admin).param("name", "forged")).andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens").session(admin).with(csrf().useInvalidToken()).param("name", "forged"))
                .andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/account").session(admin)).andReturn().getResponse().getContentAsString())
                .doesNotContain("forged");
    }
}

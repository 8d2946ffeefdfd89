package by.egov.academy.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import by.egov.academy.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the proxy in front configured as trusted (EGOV_TRUSTED_PROXIES, here loopback), its X-Forwarded-* headers
 * give the scheme, host and client address; the same headers from any other peer are ignored (WebSecurityTests).
 */
@IntegrationTest
@TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=127\\\\.0\\\\.0\\\\.1")
class TrustedProxyTests {

    @LocalServerPort
    int port;

    @Test
    void aTrustedProxyGivesTheSchemeAndHost() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/accounts"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "academy.example.by")
                .header("X-Forwarded-For", "198.51.100.9, 203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValue("https://academy.example.by/login");
    }
}

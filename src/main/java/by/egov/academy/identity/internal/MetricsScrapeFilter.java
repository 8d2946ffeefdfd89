package by.egov.academy.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Prometheus scraper's credential ({@code EGOV_METRICS_TOKEN}): {@code Authorization: Bearer <token>} or HTTP
 * Basic with user {@code metrics} and the token as password. Grants only the scrape authority, for this request
 * only (nothing goes into a session). Without a configured token only a programme-office sign-in reads metrics.
 */
class MetricsScrapeFilter extends OncePerRequestFilter {

    static final String AUTHORITY = "METRICS_SCRAPE";
    static final String BASIC_USER = "metrics";

    private final byte[] token;

    MetricsScrapeFilter(String token) {
        this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (token != null && matches(presented(request.getHeader("Authorization")))) {
            var auth = UsernamePasswordAuthenticationToken.authenticated("metrics-scraper", null,
                    List.of(new SimpleGrantedAuthority(AUTHORITY)));
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(auth);
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    private boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }

    private static String presented(String header) {
        if (header == null) {
            return null;
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).strip();
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                return pair.startsWith(BASIC_USER + ":") ? pair.substring(BASIC_USER.length() + 1) : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}

package by.egov.academy.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

/**
 * Lets MockMvc tests keep writing {@code .session(Sessions.admin(mvc))} while sessions live in PostgreSQL
 * (Spring Session JDBC): Spring Session finds a session by its {@code SESSION} cookie and ignores the mock
 * request's own session, so this filter, first in the chain, turns the {@link MockHttpSession} that
 * {@link Sessions} hands out (whose id is the shared session's id) into that cookie. Requests from a real
 * browser or client are left alone.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SessionCookies {

    public static final String COOKIE = "SESSION";

    @Bean
    FilterRegistrationBean<Filter> mockSessionAsCookie() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(SessionCookies::filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static String encode(String sessionId) {
        return Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cookieValue) {
        return new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.UTF_8);
    }

    private static void filter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof MockHttpServletRequest mock && mock.getSession(false) instanceof MockHttpSession session
                && !hasSessionCookie(mock.getCookies())) {
            Cookie[] original = mock.getCookies() == null ? new Cookie[0] : mock.getCookies();
            Cookie[] cookies = Arrays.copyOf(original, original.length + 1);
            cookies[original.length] = new Cookie(COOKIE, encode(session.getId()));
            request = new HttpServletRequestWrapper(mock) {
                @Override
                public Cookie[] getCookies() {
                    return cookies;
                }
            };
        }
        chain.doFilter(request, response);
    }

    private static boolean hasSessionCookie(Cookie[] cookies) {
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> COOKIE.equals(c.getName()));
    }
}

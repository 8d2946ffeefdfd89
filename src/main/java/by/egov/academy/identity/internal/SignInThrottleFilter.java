package by.egov.academy.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt (the login form's post, or an API request with HTTP Basic credentials) while its
 * account or address is throttled, before the password is even compared: a guesser learns nothing more.
 * The form gets its page back with a message; the API gets 429 with Retry-After.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final MessageSource messages;
    private final java.util.function.Function<HttpServletRequest, Locale> apiLocale;

    SignInThrottleFilter(SignInThrottle throttle, MessageSource messages,
                         java.util.function.Function<HttpServletRequest, Locale> apiLocale) {
        this.throttle = throttle;
        this.messages = messages;
        this.apiLocale = apiLocale;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login");
        String basicUser = form ? null : basicUser(request);
        if (!form && basicUser == null) {
            chain.doFilter(request, response);
            return;
        }
        String username = form ? request.getParameter("username") : basicUser;
        Optional<Duration> wait = throttle.blocked(username, request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
        if (form) {
            response.sendRedirect(request.getContextPath() + "/login?blocked=" + minutes);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(wait.get().toSeconds() + 1));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String detail = messages.getMessage("login.blocked", new Object[]{minutes}, apiLocale.apply(request));
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":429,\"title\":\"Too Many Requests\",\"detail\":\""
                + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }

    private static String basicUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null; // not Basic at all: the authentication filter answers it
        }
    }
}

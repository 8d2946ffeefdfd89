package by.egov.academy.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While PostgreSQL is unreachable, whatever the request was doing (a page, the API, a sign-in through a filter)
 * answers 503 with Retry-After instead of a 500: pages get the localized error page (through /error), the API
 * problem JSON in the caller's language. Nothing else is needed to recover: the pool opens new connections as
 * soon as the server answers again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    static final String RETRY_AFTER_SECONDS = "60";

    private final MessageSource messages;

    DatabaseOutageFilter(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable, {} {} answered 503: {}", request.getMethod(),
                    LogSafe.path(request.getRequestURI()), LogSafe.text(rootMessage(e)));
            response.reset();
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                problem(request, response);
            } else {
                // the error page (templates/error.html) says it in the user's language for status 503
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }

    private void problem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String detail = messages.getMessage("error.503", null, apiLocale(request.getHeader("Accept-Language")));
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":503,\"title\":\"Service Unavailable\",\"detail\":\""
                + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }

    /** The API speaks the caller's Accept-Language among ru, be, en (Russian otherwise). */
    static Locale apiLocale(String header) {
        try {
            Locale best = header == null ? null
                    : Locale.lookup(Locale.LanguageRange.parse(header), LocaleConfiguration.SUPPORTED);
            return best == null ? LocaleConfiguration.RUSSIAN : best;
        } catch (IllegalArgumentException e) {
            return LocaleConfiguration.RUSSIAN;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}

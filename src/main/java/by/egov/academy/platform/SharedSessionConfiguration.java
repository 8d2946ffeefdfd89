package by.egov.academy.platform;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HTTP sessions kept in PostgreSQL (tables spring_session*, migration V13) instead of one server's memory,
 * so that a user signed in through one node is signed in on every node behind the load balancer, and a
 * restarted node keeps its users signed in. The cookie is {@code SESSION} (HttpOnly, SameSite=Lax, Secure
 * unless EGOV_SECURE_COOKIES=false), sessions expire after 30 minutes without a request.
 * {@code egov.sessions.shared=false} goes back to the servlet container's in-memory sessions (one node only,
 * cookie {@code JSESSIONID}).
 * <p>
 * Wired by hand rather than with {@code @EnableJdbcHttpSession}: sessions must be read and written in
 * transactions of their own, not through the application's transaction manager, which asks who is signed in
 * at every begin (for the audit log) — and who is signed in is what the session is being loaded for.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "egov.sessions.shared", havingValue = "true", matchIfMissing = true)
class SharedSessionConfiguration {

    static final Duration IDLE = Duration.ofMinutes(30);

    @Bean
    JdbcIndexedSessionRepository sessionRepository(DataSource dataSource) {
        JdbcIndexedSessionRepository repository = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
                new TransactionTemplate(new SessionTransactionManager(dataSource)));
        repository.setDefaultMaxInactiveInterval(IDLE);
        return repository;
    }

    @Bean
    SessionRepositoryFilter<?> springSessionRepositoryFilter(JdbcIndexedSessionRepository repository,
            @Value("${server.servlet.session.cookie.secure:true}") boolean secure) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("SESSION");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setUseSecureCookie(secure);
        CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
        resolver.setCookieSerializer(cookie);
        SessionRepositoryFilter<?> filter = new SessionRepositoryFilter<>(repository);
        filter.setHttpSessionIdResolver(resolver);
        return filter;
    }

    /**
     * Every signed-in request writes its session back (the last access time at least). Waiting for that write to
     * reach the disk is most of what a session costs a fast report, and buys nothing: a crash can at worst lose the
     * last few hundred milliseconds of session writes, and a lost sign-in means signing in again. Business data
     * keeps synchronous commits (see EmbeddedPostgresConfiguration). Sign-out deletes its session through this
     * repository too: a database crash within ~0.6 s of it could bring that session back, which is accepted (a locked
     * account is refused at its next request whatever its session says, see identity's PasswordChangeInterceptor).
     */
    static final class SessionTransactionManager extends JdbcTransactionManager {
        SessionTransactionManager(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        protected void prepareTransactionalConnection(java.sql.Connection connection,
                org.springframework.transaction.TransactionDefinition definition) throws java.sql.SQLException {
            super.prepareTransactionalConnection(connection, definition);
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("set local synchronous_commit = off");
            }
        }
    }

    /** Expired sessions are deleted once a minute (on every node; the delete is idempotent). */
    @Bean
    ExpiredSessionCleanup expiredSessionCleanup(JdbcIndexedSessionRepository repository) {
        return new ExpiredSessionCleanup(repository);
    }

    static class ExpiredSessionCleanup {
        private final JdbcIndexedSessionRepository repository;

        ExpiredSessionCleanup(JdbcIndexedSessionRepository repository) {
            this.repository = repository;
        }

        @Scheduled(cron = "0 * * * * *")
        void cleanUp() {
            repository.cleanUpExpiredSessions();
        }
    }
}

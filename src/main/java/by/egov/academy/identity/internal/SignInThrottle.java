package by.egov.academy.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per address (form and HTTP Basic alike, through Spring Security's
 * authentication events) and says when the next attempt may be made.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final SignInProperties properties;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, SignInProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** When the account or the address has used up its failures: how long until the next attempt is heard. */
    Optional<Duration> blocked(String username, String address) {
        Instant since = clock.instant().minus(properties.window());
        Instant oldestCounted = jdbc.sql("""
                        select least(
                          (select at from sign_in_failure where lower(username) = lower(:u) and at > :since
                           order by at desc offset :n - 1 limit 1),
                          (select at from sign_in_failure where address = :a and at > :since
                           order by at desc offset :n - 1 limit 1))
                        """).param("u", username == null ? "" : username).param("a", address)
                .param("since", java.sql.Timestamp.from(since)).param("n", properties.maxFailures())
                .query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant).orElse(null);
        if (oldestCounted == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), oldestCounted.plus(properties.window()));
        return left.isNegative() ? Optional.empty() : Optional.of(left);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        record(event);
    }

    private void record(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails d
                ? d.getRemoteAddress() : "unknown";
        jdbc.sql("insert into sign_in_failure (username, address, at) values (:u, :a, :at)")
                .param("u", username.length() > 200 ? username.substring(0, 200) : username).param("a", address)
                .param("at", java.sql.Timestamp.from(clock.instant())).update();
        // the table holds one window's worth of failures, no more
        jdbc.sql("delete from sign_in_failure where at < :before")
                .param("before", java.sql.Timestamp.from(clock.instant().minus(properties.window()))).update();
    }

    /**
     * A sign-in through the form clears the account's own failures; the address keeps its count. (Not every
     * authentication: a script using HTTP Basic authenticates on each call, and each would cost a delete.)
     */
    @EventListener
    void succeeded(InteractiveAuthenticationSuccessEvent event) {
        jdbc.sql("delete from sign_in_failure where lower(username) = lower(:u)")
                .param("u", event.getAuthentication().getName()).update();
    }

    int maxFailures() {
        return properties.maxFailures();
    }

    Duration window() {
        return properties.window();
    }
}

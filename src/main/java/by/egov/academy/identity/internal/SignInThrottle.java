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

    /**
     * How long until the next attempt for this account from this address is heard, if it must wait.
     * An address that used up its failures is blocked for the window. An account is never locked (anyone could
     * lock anyone out, the programme office included, by typing wrong passwords): after its free failures each
     * further attempt waits twice as long after the last failure as the one before, up to a ceiling, so a guesser
     * gets about one try per ceiling while the owner waits at most that long.
     */
    Optional<Duration> blocked(String username, String address) {
        Instant now = clock.instant();
        java.sql.Timestamp since = java.sql.Timestamp.from(now.minus(properties.window()));
        Optional<Duration> byAddress = jdbc.sql("""
                        select at from sign_in_failure where address = :a and at > :since
                        order by at desc offset :n - 1 limit 1
                        """).param("a", address).param("since", since).param("n", properties.maxFailures())
                .query(java.sql.Timestamp.class).optional()
                .map(oldest -> Duration.between(now, oldest.toInstant().plus(properties.window())));
        Optional<Duration> byAccount = jdbc.sql("""
                        select count(*) as failures, max(at) as latest from sign_in_failure
                        where lower(username) = lower(:u) and at > :since
                        """).param("u", username == null ? "" : username).param("since", since)
                .query((rs, i) -> accountWait(rs.getInt("failures"), rs.getTimestamp("latest"), now))
                .single();
        return java.util.stream.Stream.of(byAddress, byAccount).flatMap(Optional::stream)
                .filter(wait -> !wait.isNegative() && !wait.isZero()).max(Duration::compareTo);
    }

    private Optional<Duration> accountWait(int failures, java.sql.Timestamp latest, Instant now) {
        int over = failures - properties.accountFreeFailures();
        if (latest == null || over <= 0) {
            return Optional.empty();
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(over, 30));
        if (delay.compareTo(properties.accountMaxDelay()) > 0) {
            delay = properties.accountMaxDelay();
        }
        return Optional.of(Duration.between(now, latest.toInstant().plus(delay)));
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

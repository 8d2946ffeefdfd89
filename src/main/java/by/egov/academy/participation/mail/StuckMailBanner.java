package by.egov.academy.participation.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import by.egov.academy.identity.CurrentUsers;
import by.egov.academy.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The banner that tells the programme office and the coordinators that mail is stuck: the number of e-mails
 * waiting in the outbox longer than {@code egov.outbox.stuck-after} (the threshold of the outbox health
 * component), in every page's model as {@code stuckMail} (null for other users or when nothing is stuck). One
 * count over the partial index on pending messages, remembered for {@code egov.outbox.banner-cache} (5 s).
 */
@ControllerAdvice
public class StuckMailBanner {

    /** How many e-mails wait longer than the threshold, and the threshold in minutes, for the message. */
    public record StuckMail(long count, long minutes) {
    }

    private record Cached(Instant at, long count) {
    }

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final Clock clock;
    private final Duration stuckAfter;
    private final Duration cacheFor;
    private final AtomicReference<Cached> cached = new AtomicReference<>();

    StuckMailBanner(JdbcClient jdbc, CurrentUsers users, Clock clock,
                    @Value("${egov.outbox.stuck-after:30m}") Duration stuckAfter,
                    @Value("${egov.outbox.banner-cache:5s}") Duration cacheFor) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
        this.stuckAfter = stuckAfter;
        this.cacheFor = cacheFor;
    }

    @ModelAttribute("stuckMail")
    StuckMail stuckMail() {
        boolean staff = users.current().map(u -> u.role() == Role.PROGRAMME_OFFICE || u.role() == Role.REGIONAL_COORDINATOR)
                .orElse(false);
        if (!staff) {
            return null;
        }
        long n = stuckCount();
        return n == 0 ? null : new StuckMail(n, stuckAfter.toMinutes());
    }

    long stuckCount() {
        Instant now = clock.instant();
        Cached c = cached.get();
        if (c != null && !now.isBefore(c.at()) && now.isBefore(c.at().plus(cacheFor))) {
            return c.count();
        }
        long n = jdbc.sql("select count(*) from outbox_message where state = 'PENDING' and created_at < :cutoff")
                .param("cutoff", java.sql.Timestamp.from(now.minus(stuckAfter))).query(Long.class).single();
        cached.set(new Cached(now, n));
        return n;
    }
}

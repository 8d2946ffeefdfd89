package by.egov.academy.participation.mail;

import java.time.Duration;
import java.time.OffsetDateTime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox seen from outside. Health component {@code outbox}: DOWN (so /actuator/health answers 503) when a
 * message has waited unsent longer than {@code egov.outbox.stuck-after} (30 minutes by default) — the SMTP server
 * has been away that long, or no node is sending. Gauges read at scrape time, never on a request:
 * {@code egov_outbox_backlog} (messages waiting) and {@code egov_outbox_oldest_waiting_seconds}.
 */
@Component // health component "outbox" (the suffix HealthIndicator is dropped)
class OutboxHealthIndicator implements HealthIndicator {

    record Backlog(long pending, OffsetDateTime oldestSince, double oldestSeconds) {
    }

    private final JdbcClient jdbc;
    private final Duration stuckAfter;

    OutboxHealthIndicator(JdbcClient jdbc, MeterRegistry registry, @Value("${egov.outbox.stuck-after:30m}") Duration stuckAfter) {
        this.jdbc = jdbc;
        this.stuckAfter = stuckAfter;
        Gauge.builder("egov.outbox.backlog", this, h -> h.backlog().pending())
                .description("E-mails waiting in the outbox").register(registry);
        Gauge.builder("egov.outbox.oldest.waiting", this, h -> h.backlog().oldestSeconds()).baseUnit("seconds")
                .description("How long the oldest unsent e-mail has been waiting").register(registry);
    }

    Backlog backlog() {
        // served by the partial index on pending messages; created_at is when the message was first due
        return jdbc.sql("""
                        select count(*) as pending, min(created_at) as oldest_since,
                               coalesce(extract(epoch from now() - min(created_at)), 0) as oldest_seconds
                        from outbox_message where state = 'PENDING'
                        """).query(Backlog.class).single();
    }

    @Override
    public Health health() {
        Backlog b = backlog();
        Health.Builder health = b.oldestSeconds() > stuckAfter.toSeconds() ? Health.down() : Health.up();
        health.withDetail("pending", b.pending()).withDetail("stuckAfter", stuckAfter.toString());
        if (b.oldestSince() != null) {
            health.withDetail("oldestWaitingSince", b.oldestSince().toString())
                    .withDetail("oldestWaitingSeconds", Math.round(b.oldestSeconds()));
        }
        return health.build();
    }
}

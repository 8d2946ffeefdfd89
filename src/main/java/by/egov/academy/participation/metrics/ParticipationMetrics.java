package by.egov.academy.participation.metrics;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Business counters of participation, exported at /actuator/prometheus. Each is counted when the transaction
 * that did the work commits (a refused or rolled-back answer counts nothing) and costs no SQL: the RSVP path is
 * benchmarked. Names as Prometheus sees them: {@code egov_invitations_sent_total}, {@code egov_rsvp_total{choice,state}},
 * {@code egov_checkins_total{where}}, {@code egov_outbox_sent_total}, {@code egov_outbox_failures_total{outcome}}.
 */
@Component
public class ParticipationMetrics {

    private final MeterRegistry registry;
    private final Counter invitationsSent;
    private final Counter outboxSent;

    ParticipationMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.invitationsSent = Counter.builder("egov.invitations.sent")
                .description("Invitation e-mails queued (first sending, re-sending, a deputy's invitation)").register(registry);
        this.outboxSent = Counter.builder("egov.outbox.sent").description("E-mails the outbox delivered").register(registry);
    }

    public void invitationSent() {
        afterCommit(invitationsSent::increment);
    }

    /** An answer on the RSVP page: the choice and the state it led to (a seat, the waiting list...). */
    public void rsvp(String choice, String state) {
        Counter c = Counter.builder("egov.rsvp").description("Answers to invitations by choice and resulting state")
                .tag("choice", choice.toLowerCase(Locale.ROOT)).tag("state", state.toLowerCase(Locale.ROOT)).register(registry);
        afterCommit(c::increment);
    }

    /** Someone marked present: {@code in_person} (check-in by code), {@code site} or {@code walk_in}. */
    public void checkIn(String where) {
        Counter c = Counter.builder("egov.checkins").description("People marked present").tag("where", where).register(registry);
        afterCommit(c::increment);
    }

    public void outboxSent() {
        afterCommit(outboxSent::increment);
    }

    /** A failed delivery attempt: {@code retry} (server away), {@code refused} (address refused) or {@code gave_up}. */
    public void outboxFailure(String outcome) {
        Counter c = Counter.builder("egov.outbox.failures").description("Failed e-mail delivery attempts")
                .tag("outcome", outcome).register(registry);
        afterCommit(c::increment);
    }

    private static void afterCommit(Runnable count) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
    }
}

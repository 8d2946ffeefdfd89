package by.egov.academy.participation.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import by.egov.academy.participation.invitation.Invitation;
import by.egov.academy.participation.invitation.InvitationRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders 7 days and 1 day before a seminar. Every node may run this: the outbox's unique cause key
 * ("invitation:42:reminder7") lets exactly one reminder per invitation and kind through, and the
 * database, not a lock held by one node, is what guarantees it.
 */
@Component
public class Reminders {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final InvitationRepository invitations;
    private final InvitationMails mails;
    private final Clock clock;

    Reminders(JdbcClient jdbc, TransactionTemplate tx, InvitationRepository invitations, InvitationMails mails, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.invitations = invitations;
        this.mails = mails;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${egov.reminders.poll-ms:60000}", initialDelayString = "${egov.reminders.poll-ms:60000}")
    public void run() {
        Instant now = clock.instant();
        queue(now, Duration.ofDays(7), Duration.ofDays(1), "reminder7", InvitationMails.Kind.REMINDER_7,
                List.of("SENT", "OPENED", "ACCEPTED_IN_PERSON", "ACCEPTED_REMOTE", "WAITING"));
        queue(now, Duration.ofDays(1), Duration.ZERO, "reminder1", InvitationMails.Kind.REMINDER_1,
                List.of("ACCEPTED_IN_PERSON", "ACCEPTED_REMOTE", "WAITING"));
    }

    /** Seminars starting within (until, from] of now: their invitations in the given states get the reminder. */
    int queue(Instant now, Duration from, Duration until, String cause, InvitationMails.Kind kind, List<String> states) {
        List<Long> ids = jdbc.sql("""
                        select i.id from invitation i join seminar s on s.id = i.seminar_id
                        where s.status in ('ANNOUNCED', 'REGISTRATION_OPEN')
                          and s.starts_at > :until and s.starts_at <= :from
                          and i.state = any(string_to_array(cast(:states as text), ','))
                          and not exists (select 1 from outbox_message m where m.cause_key = 'invitation:' || i.id || ':' || :cause)
                        """)
                .param("until", Timestamp.from(now.plus(until))).param("from", Timestamp.from(now.plus(from)))
                .param("states", String.join(",", states)).param("cause", cause)
                .query(Long.class).list();
        int queued = 0;
        for (Long id : ids) {
            Boolean done = tx.execute(s -> {
                Invitation inv = invitations.find(id).orElse(null);
                return inv != null && mails.queue(inv, kind, cause);
            });
            if (Boolean.TRUE.equals(done)) {
                queued++;
            }
        }
        return queued;
    }
}

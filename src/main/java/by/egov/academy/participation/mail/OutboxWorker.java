package by.egov.academy.participation.mail;

import java.time.Duration;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import by.egov.academy.participation.metrics.ParticipationMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Rows are claimed with FOR UPDATE SKIP LOCKED, so two nodes never take the
 * same message; a failure is retried with exponential backoff (5 s, 10 s, 20 s ... at most an hour), an
 * address the SMTP server refuses is marked failed at once and noted on the invitation.
 */
@Component
class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    static final int MAX_ATTEMPTS = 12;

    record Row(long id, String causeKey, String messageId, String recipient, String subject, String textBody,
               String htmlBody, String ics, String qrPayload, int attempts) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final ParticipationMetrics metrics;

    OutboxWorker(JdbcClient jdbc, TransactionTemplate tx, ObjectProvider<JavaMailSender> mailSender,
                 @org.springframework.beans.factory.annotation.Value("${egov.mail.from:seminars@egov-academy.example}") String from,
                 ParticipationMetrics metrics) {
        this.metrics = metrics;
        this.jdbc = jdbc;
        this.tx = tx;
        this.mailSender = mailSender;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${egov.mail.poll-ms:2000}", initialDelayString = "${egov.mail.poll-ms:2000}")
    void sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        int sent;
        try {
            do {
                Integer n = tx.execute(s -> sendBatch(sender));
                sent = n == null ? 0 : n;
            } while (sent > 0);
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
            if (!by.egov.academy.platform.DatabaseOutage.isCause(e)) {
                throw e;
            }
            // the database is away: mail waits where it is, the next poll tries again (one line, not a stack per poll)
            log.warn("Outbox not polled, database unavailable: {}", e.getMessage());
        }
    }

    /** One batch in one transaction: the claim holds until each row is marked sent or rescheduled. */
    private int sendBatch(JavaMailSender sender) {
        List<Row> due = jdbc.sql("""
                        select id, cause_key, message_id, recipient, subject, text_body, html_body, ics, qr_payload, attempts
                        from outbox_message where state = 'PENDING' and next_attempt_at <= now()
                        order by id limit 20 for update skip locked
                        """).query(Row.class).list();
        for (Row row : due) {
            try {
                sender.send(compose(sender, row));
                jdbc.sql("update outbox_message set state = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = null where id = :id")
                        .param("id", row.id()).update();
                metrics.outboxSent();
            } catch (MailException | MessagingException e) {
                boolean refused = isAddressRefused(e);
                int attempts = row.attempts() + 1;
                boolean giveUp = refused || attempts >= MAX_ATTEMPTS;
                long backoff = Math.min(3600, 5L << Math.min(attempts - 1, 10));
                jdbc.sql("""
                                update outbox_message set attempts = :a, last_error = :e, state = :st,
                                       next_attempt_at = now() + cast(:b as interval) where id = :id
                                """)
                        .param("a", attempts).param("e", String.valueOf(e.getMessage())).param("st", giveUp ? "FAILED" : "PENDING")
                        .param("b", backoff + " seconds").param("id", row.id()).update();
                metrics.outboxFailure(refused ? "refused" : giveUp ? "gave_up" : "retry");
                if (giveUp) {
                    noteOnInvitation(row, refused ? "refused: " + e.getMessage() : "gave up: " + e.getMessage());
                }
                // the Message-ID finds the row; the address (also in the server's error text) stays out of the log
                log.warn("Mail {} not sent (attempt {}{}): {}", row.messageId(), attempts,
                        giveUp ? ", giving up" : ", next in " + Duration.ofSeconds(backoff),
                        by.egov.academy.platform.LogSafe.text(e.getMessage()));
                if (!refused) {
                    break; // the server is probably down: leave the rest of the batch for later
                }
            }
        }
        return due.size();
    }

    private MimeMessage compose(JavaMailSender sender, Row row) throws MessagingException {
        // our own Message-ID, kept on every resend of the same message
        MimeMessage message = sender instanceof JavaMailSenderImpl impl
                ? new MimeMessage(impl.getSession()) {
                    @Override
                    protected void updateMessageID() throws MessagingException {
                        setHeader("Message-ID", row.messageId());
                    }
                }
                : sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(from);
        helper.setTo(row.recipient());
        helper.setSubject(row.subject());
        helper.setText(row.textBody(), row.htmlBody());
        if (row.qrPayload() != null) {
            helper.addInline("qr", new ByteArrayResource(QrCodes.png(row.qrPayload(), 240)), "image/png");
        }
        if (row.ics() != null) {
            helper.addAttachment("seminar.ics", new ByteArrayResource(row.ics().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    "text/calendar; charset=UTF-8");
        }
        message.setHeader("Message-ID", row.messageId());
        return message;
    }

    private static boolean isAddressRefused(Exception e) {
        if (e instanceof MailSendException mse) {
            return mse.getFailedMessages().values().stream().anyMatch(x -> x instanceof SendFailedException sfe
                    && sfe.getInvalidAddresses() != null && sfe.getInvalidAddresses().length > 0);
        }
        return e instanceof SendFailedException sfe && sfe.getInvalidAddresses() != null && sfe.getInvalidAddresses().length > 0;
    }

    private void noteOnInvitation(Row row, String error) {
        if (row.causeKey().startsWith("invitation:")) {
            String[] parts = row.causeKey().split(":");
            jdbc.sql("update invitation set mail_error = :e where id = :id")
                    .param("e", error.length() > 500 ? error.substring(0, 500) : error)
                    .param("id", Long.parseLong(parts[1])).update();
        }
    }
}

package by.egov.academy.participation.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a message to the outbox in the caller's transaction: it exists exactly when the change that
 * caused it is committed. The cause key is unique, so the same cause never yields a second message,
 * whichever node or retry asks; the Message-ID is derived from it, so even a resend after a crash is
 * recognisably the same message.
 */
@Component
public class Outbox {

    public record Mail(String causeKey, String recipient, String subject, String text, String html, String ics,
                       String qrPayload) {
    }

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues a mail once per cause. No conflict target on purpose: the Message-ID is derived from the cause and
     * unique too, and with {@code on conflict (cause_key)} two nodes queuing the same reminder at the same moment
     * could trip over the Message-ID's index instead (seen in MailDeliveryTests) and fail.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(Mail m) {
        return jdbc.sql("""
                        insert into outbox_message (cause_key, message_id, recipient, subject, text_body, html_body, ics, qr_payload)
                        values (:cause, :mid, :to, :subject, :text, :html, :ics, :qr)
                        on conflict do nothing
                        """)
                .param("cause", m.causeKey()).param("mid", messageId(m.causeKey())).param("to", m.recipient())
                .param("subject", m.subject()).param("text", m.text()).param("html", m.html()).param("ics", m.ics())
                .param("qr", m.qrPayload()).update() == 1;
    }

    static String messageId(String causeKey) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(causeKey.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(d, 0, 16) + "@egov-academy>";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

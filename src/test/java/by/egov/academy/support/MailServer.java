package by.egov.academy.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail as the tests' SMTP server on 127.0.0.1:3025 (where application-test.properties points the
 * application), started once for the whole test JVM by the first test that needs mail. Two test runs on one
 * machine can use different ports: {@code -Degov.test.smtp-port=3125}.
 */
public final class MailServer {

    public static final int PORT = Integer.getInteger("egov.test.smtp-port", 3025);

    private static GreenMail server;

    private MailServer() {
    }

    /** Stops the server (an SMTP outage); {@link #get()} starts a fresh one on the same port. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public static synchronized GreenMail get() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    /** The first mail to {@code to} whose subject contains {@code subject}, waiting up to 30 s for the outbox worker. */
    public static jakarta.mail.internet.MimeMessage await(String to, String subject) {
        return org.awaitility.Awaitility.await("a mail '" + subject + "' for " + to).atMost(java.time.Duration.ofSeconds(30))
                .until(() -> java.util.Arrays.stream(get().getReceivedMessages())
                        .filter(m -> subjectOf(m).contains(subject) && isTo(m, to)).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static String subjectOf(jakarta.mail.internet.MimeMessage m) {
        try {
            return String.valueOf(m.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    public static boolean isTo(jakarta.mail.internet.MimeMessage m, String address) {
        try {
            return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text body of a (multipart) mail, or null. */
    public static String text(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String t = text(mp.getBodyPart(i));
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }
}

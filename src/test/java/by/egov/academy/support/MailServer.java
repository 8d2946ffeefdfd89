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
}

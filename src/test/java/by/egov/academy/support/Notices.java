package by.egov.academy.support;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Change and cancellation notices as tests read them: the outbox settled, the attached calendar parsed by ical4j. */
public final class Notices {

    private Notices() {
    }

    /** Waits until every notice the seminar's changes queued has been handed to the SMTP server. */
    public static void awaitSent(JdbcClient jdbc, long seminar) {
        Awaitility.await("the notices of seminar " + seminar + " sent").atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        select count(*) from outbox_message m where m.cause_key like 'notice:%' and m.sent_at is null
                          and exists (select 1 from seminar_notice n where n.seminar_id = :s and m.cause_key like 'notice:' || n.id || ':%')
                        """).param("s", seminar).query(Long.class).single() == 0);
    }

    /** The mail's .ics attachment, parsed. */
    public static Calendar ics(MimeMessage m) throws Exception {
        Multipart mp = (Multipart) m.getContent();
        for (int i = 0; i < mp.getCount(); i++) {
            var part = mp.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName().endsWith(".ics")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                part.getDataHandler().writeTo(out);
                return new CalendarBuilder().build(new StringReader(out.toString(StandardCharsets.UTF_8)));
            }
        }
        throw new AssertionError("no .ics attached");
    }

    public static VEvent event(Calendar c) {
        return c.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    }

    public static int sequence(Calendar c) {
        return Integer.parseInt(event(c).getProperty("SEQUENCE").orElseThrow().getValue());
    }
}

package by.egov.academy.participation.mail;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import by.egov.academy.participation.invitation.Invitation;
import by.egov.academy.participation.invitation.InvitationTokens;
import by.egov.academy.participation.metrics.ParticipationMetrics;
import by.egov.academy.programme.Seminars;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** The mails of the participation flow, in the invitee's language, HTML and plain text, via the outbox. */
@Component
public class InvitationMails {

    public enum Kind { INVITATION, PROMOTED, REMINDER_7, REMINDER_1 }

    private final Outbox outbox;
    private final Seminars seminars;
    private final InvitationTokens tokens;
    private final MessageSource messages;
    private final SpringTemplateEngine templates;
    private final Environment environment;
    private final ParticipationMetrics metrics;

    InvitationMails(Outbox outbox, Seminars seminars, InvitationTokens tokens, MessageSource messages,
                    SpringTemplateEngine templates, Environment environment, ParticipationMetrics metrics) {
        this.metrics = metrics;
        this.outbox = outbox;
        this.seminars = seminars;
        this.tokens = tokens;
        this.messages = messages;
        this.templates = templates;
        this.environment = environment;
    }

    public String baseUrl() {
        return environment.getProperty("egov.base-url", "http://localhost:8080");
    }

    public String link(Invitation inv) {
        return baseUrl() + "/rsvp/" + tokens.token(inv.tokenNonce());
    }

    public static String qrPayload(Invitation inv) {
        return "EGOV:" + inv.seminarId() + ":" + inv.shortCode();
    }

    /** Queues the mail; {@code causeSuffix} makes the cause unique (e.g. "sent", "resend:2", "promoted"). */
    public boolean queue(Invitation inv, Kind kind, String causeSuffix) {
        Seminars.SeminarInfo s = seminars.find(inv.seminarId()).orElseThrow();
        Locale locale = Locale.forLanguageTag(inv.language() == null ? "ru" : inv.language());
        String when = s.startsAt() == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(java.time.ZoneId.of("Europe/Minsk")).format(s.startsAt());
        String where = s.venueName() == null ? "" : s.venueName() + (s.venueAddress() == null ? "" : ", " + s.venueAddress());
        String link = link(inv);
        Object[] args = {inv.fullName(), s.title(locale), when, where, link, inv.shortCode()};
        String subject = messages.getMessage("mail." + kind.name() + ".subject", args, locale);
        String text = messages.getMessage("mail." + kind.name() + ".text", args, locale);
        Context ctx = new Context(locale);
        ctx.setVariable("kind", kind.name());
        ctx.setVariable("name", inv.fullName());
        ctx.setVariable("seminar", s.title(locale));
        ctx.setVariable("when", when);
        ctx.setVariable("where", where);
        ctx.setVariable("link", link);
        ctx.setVariable("code", inv.shortCode());
        String html = templates.process("mail/invitation", ctx);
        String ics = seminars.calendar(inv.seminarId(), baseUrl()).orElse(null);
        boolean queued = outbox.enqueue(new Outbox.Mail("invitation:" + inv.id() + ":" + causeSuffix, inv.email(), subject, text,
                html, ics, qrPayload(inv)));
        if (queued && kind == Kind.INVITATION) {
            metrics.invitationSent();
        }
        return queued;
    }
}

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
        Object[] args = {Greeting.of(inv.fullName(), locale), s.title(locale), when, where, link, inv.shortCode()};
        String subject = messages.getMessage("mail." + kind.name() + ".subject", args, locale);
        String text = messages.getMessage("mail." + kind.name() + ".text", args, locale);
        Context ctx = new Context(locale);
        ctx.setVariable("kind", kind.name());
        ctx.setVariable("name", Greeting.of(inv.fullName(), locale));
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

    /**
     * Tells every invitee given, and each site operator and speaker, that the seminar changed, was cancelled or
     * restored: once per notice (its id is in each cause), in each person's language, with the calendar event as it
     * now stands (a CANCEL message on cancellation). The seminar and its calendar are read once for all of them.
     */
    public void queueNotices(long seminarId, by.egov.academy.programme.SeminarNoticed.Kind kind, long noticeId,
                             java.util.List<Invitation> invitees, java.util.List<Seminars.StaffMember> staff) {
        Seminars.SeminarInfo s = seminars.find(seminarId).orElseThrow();
        String ics = kind == by.egov.academy.programme.SeminarNoticed.Kind.CANCELLED
                ? seminars.cancellation(seminarId, baseUrl(), environment.getProperty("egov.mail.from",
                "seminars@egov-academy.example")).orElse(null)
                : seminars.calendar(seminarId, baseUrl()).orElse(null);
        for (Invitation inv : invitees) {
            queueNotice("notice:" + noticeId + ":invitation:" + inv.id(), s, ics, inv.email(), inv.fullName(),
                    Locale.forLanguageTag(inv.language() == null ? "ru" : inv.language()), kind, link(inv));
        }
        for (Seminars.StaffMember who : staff) {
            queueNotice("notice:" + noticeId + ":" + who.key(), s, ics, who.email(), who.fullName(),
                    Locale.forLanguageTag(who.language() == null ? "ru" : who.language()), kind,
                    baseUrl() + "/seminars/" + seminarId);
        }
    }

    private void queueNotice(String cause, Seminars.SeminarInfo s, String ics, String email, String fullName,
                             Locale locale, by.egov.academy.programme.SeminarNoticed.Kind kind, String link) {
        String when = s.startsAt() == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(by.egov.academy.platform.Minsk.ZONE).format(s.startsAt());
        String where = s.venueName() == null ? messages.getMessage("seminar.online", null, locale)
                : s.venueName() + (s.venueAddress() == null ? "" : ", " + s.venueAddress());
        Object[] args = {Greeting.of(fullName, locale), s.title(locale), when, where, link};
        String subject = messages.getMessage("mail.notice." + kind.name() + ".subject", args, locale);
        String text = messages.getMessage("mail.notice." + kind.name() + ".text", args, locale);
        // the plain text is the letter; the HTML part is the same words, escaped, for clients that show only HTML
        String html = "<html><body><p>" + org.springframework.web.util.HtmlUtils.htmlEscape(text).replace("\n\n", "</p><p>")
                .replace("\n", "<br>") + "</p></body></html>";
        outbox.enqueue(new Outbox.Mail(cause, email, subject, text, html, ics, null));
    }
}

package by.egov.academy.participation.mail;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import by.egov.academy.programme.expert.ExpertInvited;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The mail with an invited expert's personal link, in the expert's language. Queued before the invitation
 * commits, in its transaction: the mail exists exactly when the account and the link do, and the link's token,
 * which the database keeps only as a hash, is never stored anywhere else (no event log holds it).
 */
@Component
class ExpertInvitationMails {

    private final Outbox outbox;
    private final MessageSource messages;
    private final SpringTemplateEngine templates;
    private final Environment environment;

    ExpertInvitationMails(Outbox outbox, MessageSource messages, SpringTemplateEngine templates, Environment environment) {
        this.outbox = outbox;
        this.messages = messages;
        this.templates = templates;
        this.environment = environment;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ExpertInvited event) {
        Locale locale = Locale.forLanguageTag(event.language() == null ? "ru" : event.language());
        String link = environment.getProperty("egov.base-url", "http://localhost:8080") + "/account/activate/" + event.token();
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(java.time.ZoneId.of("Europe/Minsk")).format(event.expiresAt());
        Object[] args = {Greeting.of(event.fullName(), locale), event.username(), link, until};
        String subject = messages.getMessage("expert.mail.subject", args, locale);
        String text = messages.getMessage("expert.mail.text", args, locale);
        Context ctx = new Context(locale);
        ctx.setVariable("name", Greeting.of(event.fullName(), locale));
        ctx.setVariable("username", event.username());
        ctx.setVariable("link", link);
        ctx.setVariable("until", until);
        String html = templates.process("mail/expert-invitation", ctx);
        // one mail per link: a new invitation makes a new token and so a new cause
        outbox.enqueue(new Outbox.Mail("expert-invitation:" + event.accountId() + ":" + event.expiresAt().toEpochMilli(),
                event.email(), subject, text, html, null, null));
    }
}

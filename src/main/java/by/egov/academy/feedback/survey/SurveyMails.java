package by.egov.academy.feedback.survey;

import java.util.Locale;

import by.egov.academy.participation.mail.Outbox;
import by.egov.academy.programme.Seminars;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** The survey's mail and its reminder, in the attendee's mail language, with the personal link, via the outbox. */
@Component
class SurveyMails {

    private final Outbox outbox;
    private final Seminars seminars;
    private final SurveyTokens tokens;
    private final MessageSource messages;
    private final SpringTemplateEngine templates;
    private final Environment environment;

    SurveyMails(Outbox outbox, Seminars seminars, SurveyTokens tokens, MessageSource messages,
                SpringTemplateEngine templates, Environment environment) {
        this.outbox = outbox;
        this.seminars = seminars;
        this.tokens = tokens;
        this.messages = messages;
        this.templates = templates;
        this.environment = environment;
    }

    String link(long seminarId, long invitationId, String language) {
        return environment.getProperty("egov.base-url", "http://localhost:8080") + "/seminars/" + seminarId + "/survey/"
                + tokens.token(invitationId) + "?lang=" + language;
    }

    /** Queues once per survey, invitation and kind ("survey:7:42", "survey:7:42:reminder"). */
    boolean queue(Survey survey, Attendee attendee, boolean reminder) {
        String language = attendee.language() == null ? "ru" : attendee.language();
        Locale locale = Locale.forLanguageTag(language);
        Seminars.SeminarInfo seminar = seminars.find(survey.seminarId()).orElseThrow();
        String title = seminar.title(locale);
        String link = link(survey.seminarId(), attendee.invitationId(), language);
        String kind = reminder ? "reminder" : "invitation";
        Object[] args = {by.egov.academy.participation.mail.Greeting.of(attendee.fullName(), locale), title, link};
        Context ctx = new Context(locale);
        ctx.setVariable("name", by.egov.academy.participation.mail.Greeting.of(attendee.fullName(), locale));
        ctx.setVariable("seminar", title);
        ctx.setVariable("link", link);
        ctx.setVariable("kind", kind);
        ctx.setVariable("anonymous", survey.anonymous());
        String html = templates.process("mail/survey", ctx);
        return outbox.enqueue(new Outbox.Mail("survey:" + survey.id() + ":" + attendee.invitationId() + (reminder ? ":reminder" : ""),
                attendee.email(), messages.getMessage("survey.mail." + kind + ".subject", args, locale),
                messages.getMessage("survey.mail." + kind + ".text", args, locale)
                        + (survey.anonymous() ? "\n\n" + messages.getMessage("survey.mail.anonymous", null, locale) : ""),
                html, null, null));
    }
}

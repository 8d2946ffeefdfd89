package by.egov.academy.feedback.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a survey to every attendee, and later the one reminder to those without a receipt. The survey row is
 * claimed first ({@code update ... where state = 'DRAFT'}), so of two nodes or an organiser's button and the job
 * exactly one sends; each mail's cause key is unique as well, so a mail is never queued twice.
 */
@Component
class SurveySender {

    private final SurveyRepository repository;
    private final SurveyMails mails;
    private final SurveySettings settings;
    private final Clock clock;

    SurveySender(SurveyRepository repository, SurveyMails mails, SurveySettings settings, Clock clock) {
        this.repository = repository;
        this.mails = mails;
        this.settings = settings;
        this.clock = clock;
    }

    /** The mails queued, or empty when the survey was no longer a draft. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Integer> send(long surveyId) {
        Instant now = clock.instant();
        if (!repository.claimForSending(surveyId, now, now.plus(settings.remindAfter()))) {
            return Optional.empty();
        }
        Survey survey = repository.find(surveyId).orElseThrow();
        int queued = 0;
        for (Attendee a : repository.attendees(survey.seminarId())) {
            if (!a.erased() && mails.queue(survey, a, false)) {
                queued++;
            }
        }
        return Optional.of(queued);
    }

    /** The reminders queued, or empty when another caller has reminded already. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Integer> remind(long surveyId) {
        if (!repository.claimReminder(surveyId, clock.instant())) {
            return Optional.empty();
        }
        Survey survey = repository.find(surveyId).orElseThrow();
        int queued = 0;
        for (Attendee a : repository.nonResponders(survey.seminarId(), surveyId)) {
            if (!a.erased() && mails.queue(survey, a, true)) {
                queued++;
            }
        }
        return Optional.of(queued);
    }
}

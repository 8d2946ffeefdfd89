package by.egov.academy.feedback.survey;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every minute on every node: makes the default survey of a seminar held recently that has none, sends the
 * surveys whose time has come, and reminds once. Safe on several nodes: each survey is claimed by a conditional
 * update in its own transaction, and only the node whose update matched queues its mails.
 */
@Component
public class SurveyJobs {

    private static final Logger log = LoggerFactory.getLogger(SurveyJobs.class);

    private final SurveyRepository repository;
    private final SurveyTemplate template;
    private final SurveySender sender;
    private final SurveySettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    SurveyJobs(SurveyRepository repository, SurveyTemplate template, SurveySender sender, SurveySettings settings,
               TransactionTemplate tx, Clock clock) {
        this.repository = repository;
        this.template = template;
        this.sender = sender;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${egov.survey.poll-ms:60000}", initialDelayString = "${egov.survey.poll-ms:60000}")
    void run() {
        try {
            if (settings.autoCreate()) {
                createMissing();
            }
            sendDue();
            remindDue();
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
            if (!by.egov.academy.platform.DatabaseOutage.isCause(e)) {
                throw e;
            }
            log.warn("Surveys not checked, database unavailable: {}", e.getMessage());
        }
    }

    /** Default surveys for held seminars that ended within the configured window and have none. */
    public int createMissing() {
        Instant now = clock.instant();
        int made = 0;
        for (Long seminarId : repository.heldWithoutSurvey(now.minus(settings.autoWithin()), now)) {
            tx.executeWithoutResult(s -> template.ensure(seminarId, "system"));
            made++;
        }
        return made;
    }

    /** Mails queued for the surveys due now. */
    public int sendDue() {
        int queued = 0;
        for (Long id : repository.dueForSending(clock.instant())) {
            Integer n = tx.execute(s -> sender.send(id).orElse(0));
            queued += n == null ? 0 : n;
        }
        return queued;
    }

    /** Reminders queued for the surveys whose reminder is due now. */
    public int remindDue() {
        int queued = 0;
        for (Long id : repository.dueForReminder(clock.instant())) {
            Integer n = tx.execute(s -> sender.remind(id).orElse(0));
            queued += n == null ? 0 : n;
        }
        return queued;
    }
}

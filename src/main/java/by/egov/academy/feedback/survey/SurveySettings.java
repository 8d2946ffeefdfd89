package by.egov.academy.feedback.survey;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When surveys go out: {@code egov.survey.send-after} after the seminar ends (default 2 hours), the one reminder
 * {@code egov.survey.remind-after} after sending (default 3 days). With {@code egov.survey.auto-create} a held
 * seminar that ended within {@code egov.survey.auto-within} gets its default survey even if no organiser opened it.
 */
@Component
public class SurveySettings {

    private final Duration sendAfter;
    private final Duration remindAfter;
    private final boolean autoCreate;
    private final Duration autoWithin;

    SurveySettings(@Value("${egov.survey.send-after:PT2H}") Duration sendAfter,
                   @Value("${egov.survey.remind-after:P3D}") Duration remindAfter,
                   @Value("${egov.survey.auto-create:true}") boolean autoCreate,
                   @Value("${egov.survey.auto-within:P14D}") Duration autoWithin) {
        this.sendAfter = sendAfter;
        this.remindAfter = remindAfter;
        this.autoCreate = autoCreate;
        this.autoWithin = autoWithin;
    }

    public Duration sendAfter() {
        return sendAfter;
    }

    public Duration remindAfter() {
        return remindAfter;
    }

    public boolean autoCreate() {
        return autoCreate;
    }

    public Duration autoWithin() {
        return autoWithin;
    }
}

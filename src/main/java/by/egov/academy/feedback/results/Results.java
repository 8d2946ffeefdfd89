package by.egov.academy.feedback.results;

import java.util.List;

import by.egov.academy.feedback.survey.Attendee;
import by.egov.academy.feedback.survey.Survey;
import by.egov.academy.programme.Seminars;

/**
 * A survey's results: attendees asked, invitations that answered (receipts), responses stored (more than receipts
 * only for illustrative demo answers), per question, and who has not answered (named surveys only, else empty).
 */
public record Results(Seminars.SeminarInfo seminar, Survey survey, int attendees, int answered, int responses,
                      List<QuestionResult> questions, List<Attendee> nonResponders) {

    /** Answered invitations per attendee, in per cent, or null when nobody attended. */
    public Integer responseRate() {
        return attendees == 0 ? null : (int) Math.round(100.0 * answered / attendees);
    }
}

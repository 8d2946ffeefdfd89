package by.egov.academy.workbench;

import java.time.LocalDate;

import by.egov.academy.platform.Minsk;

/**
 * A coordinator's seminar's next step, in the order a seminar is prepared and followed up: the first thing it lacks.
 * Each names the page where it is done.
 */
enum NextStep {
    DATE(""), VENUE(""), AGENDA(""), SITES(""), AUDIENCE("/participation"), SEND("/participation"),
    CHECK_IN("/check-in"), HELD(""), SURVEY("/survey"), NEWS("/news"), READY(""), DONE("");

    private final String path;

    NextStep(String path) {
        this.path = path;
    }

    String link(long seminarId) {
        return "/manage/seminars/" + seminarId + path;
    }

    String messageKey() {
        return "home.step." + name();
    }

    static NextStep of(WorkbenchQueries.SeminarProgress p, LocalDate today) {
        var s = p.seminar();
        if (s.status().equals("HELD") || s.status().equals("REPORTED")) {
            if (p.surveyState() == null || p.surveyState().equals("DRAFT")) {
                return SURVEY;
            }
            return p.newsPublished() == 0 && p.newsRequested() == 0 ? NEWS : DONE;
        }
        if (s.startsAt() == null) {
            return DATE;
        }
        LocalDate day = s.startsAt().atZone(Minsk.ZONE).toLocalDate();
        if (day.isBefore(today)) {
            return HELD;
        }
        if (day.isEqual(today)) {
            return CHECK_IN;
        }
        if (!p.venue()) {
            return VENUE;
        }
        if (p.talks() == 0) {
            return AGENDA;
        }
        if (p.sites() == 0) {
            return SITES;
        }
        if (p.rules() == 0 && p.invitations() == 0) {
            return AUDIENCE;
        }
        if (p.invitations() == 0 || p.sent() < p.invitations()) {
            return SEND;
        }
        return READY;
    }
}

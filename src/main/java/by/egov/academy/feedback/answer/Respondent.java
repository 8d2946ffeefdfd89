package by.egov.academy.feedback.answer;

import by.egov.academy.feedback.survey.Survey;

/** Whoever holds a valid survey link: the invitation, its official, the survey, and whether it has been answered. */
record Respondent(long invitationId, long officialId, String fullName, Survey survey, boolean answered) {
}

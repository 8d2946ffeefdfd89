package by.egov.academy.feedback.survey;

/** Who is asked: an invitation recorded as present (in person or at a district site), with the mail facts. */
public record Attendee(long invitationId, long officialId, String fullName, String email, String language,
                       String organisation, boolean erased) {
}

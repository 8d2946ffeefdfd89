package by.egov.academy.audit.personal;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** Everything the system holds about one official, as the export gives it. */
record PersonalData(Instant exportedAt, Person official, List<InvitationRecord> invitations,
                    List<Attendance> attendance, List<SurveyAnswer> surveyAnswers, List<Mail> mails,
                    List<AuditRecord> auditEntries) {

    record Person(long id, String fullName, String position, String leadership, long organisationId,
                  String organisationName, String email, String phone, String language, Instant createdAt,
                  Instant updatedAt, Instant erasedAt) {
    }

    record InvitationRecord(long id, long seminarId, String seminarTitle, Instant seminarStart, String state,
                            String source, boolean excluded, Long remoteSiteId, Long delegatedTo, Instant waitingSince,
                            Instant sentAt, Instant openedAt, Instant respondedAt, Instant attendedAt,
                            String attendedBy, String mailError, Instant createdAt) {
    }

    /** IN_PERSON or REMOTE (at the district site {@code remoteSiteId}). */
    record Attendance(long invitationId, long seminarId, String mode, Long remoteSiteId, Instant attendedAt) {
    }

    /** One answer of theirs to a named survey (a TOPICS_WANTED answer: one row per chosen competence). */
    record SurveyAnswer(String responseId, long seminarId, Instant submittedAt, String questionKind, String question,
                        Integer score, String text, String competenceCode, Integer levelBefore, Integer levelAfter) {
    }

    /** The outbox's record of a mail to them (its metadata; the bodies are not repeated). */
    record Mail(long id, String causeKey, String messageId, String recipient, String subject, String state,
                int attempts, Instant createdAt, Instant sentAt) {
    }

    record AuditRecord(long id, Instant at, String actor, String address, String entity, String entityId,
                       String action, @JsonRawValue String before, @JsonRawValue String after,
                       @JsonRawValue String diff) {
    }
}

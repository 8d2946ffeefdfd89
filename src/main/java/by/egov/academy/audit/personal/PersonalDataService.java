package by.egov.academy.audit.personal;

import java.time.Clock;
import java.util.List;

import by.egov.academy.platform.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An official's right to their data: the export of everything held about them, and the erasure that turns
 * their directory record into a tombstone while their invitations and attendance stay, anonymous, in every
 * count. Both are recorded in the audit log (EXPORT, ERASE), and the erasure redacts the official's personal
 * fields in earlier audit entries — the one change to audit entries the database lets through
 * ({@code audit_redact} in V10__audit_log.sql), because an erasure that left the name in the log would not be one.
 */
@Service
class PersonalDataService {

    /** What an erasure did, for the answer and the page. */
    record Erasure(long officialId, long auditEntryId, int invitations, int mails, int redactedAuditEntries) {
    }

    private final PersonalDataRepository repository;
    private final Clock clock;

    PersonalDataService(PersonalDataRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    PersonalData.Person person(long id) {
        return repository.person(id, false).orElseThrow(() -> DomainException.notFound("official.notFound", id));
    }

    int invitationCount(long id) {
        return repository.invitations(id).size();
    }

    @Transactional
    PersonalData export(long id) {
        PersonalData.Person person = person(id);
        List<PersonalData.InvitationRecord> invitations = repository.invitations(id);
        List<PersonalData.Attendance> attendance = invitations.stream().filter(i -> i.attendedAt() != null)
                .map(i -> new PersonalData.Attendance(i.id(), i.seminarId(),
                        "ACCEPTED_REMOTE".equals(i.state()) ? "REMOTE" : "IN_PERSON",
                        "ACCEPTED_REMOTE".equals(i.state()) ? i.remoteSiteId() : null, i.attendedAt()))
                .toList();
        List<PersonalData.SurveyAnswer> answers = repository.surveyAnswers(id);
        List<PersonalData.Mail> mails = repository.mails(id, person.email());
        List<PersonalData.AuditRecord> audit = repository.auditEntries(id);
        repository.record("official", id, "EXPORT", "{\"invitations\":" + invitations.size()
                + ",\"surveyAnswers\":" + answers.size()
                + ",\"mails\":" + mails.size() + ",\"auditEntries\":" + audit.size() + "}");
        return new PersonalData(clock.instant(), person, invitations, attendance, answers, mails, audit);
    }

    @Transactional
    Erasure erase(long id) {
        PersonalData.Person person = repository.person(id, true)
                .orElseThrow(() -> DomainException.notFound("official.notFound", id));
        if (person.erasedAt() != null) {
            throw DomainException.conflict("personalData.alreadyErased", null, id);
        }
        int invitations = repository.invitations(id).size();
        int mails = repository.mails(id, person.email()).size();
        long entry = repository.record("official", id, "ERASE",
                "{\"invitations\":" + invitations + ",\"mails\":" + mails + "}");
        repository.eraseMails(id, person.email());
        repository.eraseInvitations(id);
        repository.eraseSurveyAnswers(id);
        repository.eraseCertificates(id, entry);
        repository.tombstone(id, entry);
        int redacted = repository.redactAudit(id);
        return new Erasure(id, entry, invitations, mails, redacted);
    }
}

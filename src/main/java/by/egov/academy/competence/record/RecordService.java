package by.egov.academy.competence.record;

import by.egov.academy.directory.Directory;
import by.egov.academy.directory.OfficialRef;
import by.egov.academy.identity.CurrentUser;
import by.egov.academy.identity.CurrentUsers;
import by.egov.academy.identity.Role;
import by.egov.academy.participation.PersonalLinks;
import by.egov.academy.platform.DomainException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** An official's record: for the programme office, the coordinator of the official's region, and the official. */
@Service
class RecordService {

    private final RecordRepository repository;
    private final Directory directory;
    private final CurrentUsers users;
    private final PersonalLinks links;

    RecordService(RecordRepository repository, Directory directory, CurrentUsers users, PersonalLinks links) {
        this.repository = repository;
        this.directory = directory;
        this.users = users;
        this.links = links;
    }

    OfficialRecord record(long officialId) {
        OfficialRef official = directory.official(officialId)
                .orElseThrow(() -> DomainException.notFound("competence.record.officialNotFound", officialId));
        CurrentUser user = users.require();
        boolean allowed = user.isProgrammeOffice()
                || (user.role() == Role.REGIONAL_COORDINATOR && Long.valueOf(official.regionId()).equals(user.territoryId()));
        if (!allowed) {
            throw new AccessDeniedException("the record of official " + officialId + " is not yours to read");
        }
        return of(official);
    }

    private OfficialRecord of(OfficialRef official) {
        return new OfficialRecord(official, repository.seminars(official.id()), repository.competences(official.id()),
                repository.selfAssessed(official.id()), repository.certificates(official.id()));
    }

    /**
     * The official's own record, opened with their personal invitation link (no password: the token is the key).
     * No participant account is linked to an official in the directory, so the link is the only way in for them.
     */
    OfficialRecord own(String token) {
        return of(official(token));
    }

    private OfficialRef official(String token) {
        return links.official(token).flatMap(directory::official)
                .orElseThrow(() -> DomainException.notFound("competence.own.unknown"));
    }

    /** One of the official's own valid certificates, as stored. */
    byte[] ownCertificate(String token, String serial) {
        return certificateOf(official(token), serial);
    }

    /**
     * One of an official's valid certificates for whoever may read their record: the coordinator of the official's
     * region, whichever region's seminar the certificate is from, and the programme office.
     */
    byte[] certificate(long officialId, String serial) {
        return certificateOf(record(officialId).official(), serial);
    }

    private byte[] certificateOf(OfficialRef official, String serial) {
        if (serial == null || !serial.matches("EGA-[0-9]{4}-[A-Z2-9]{10}")) {
            throw DomainException.notFound("competence.certificate.notFound");
        }
        return repository.validCertificatePdf(official.id(), serial)
                .orElseThrow(() -> DomainException.notFound("competence.certificate.notFound"));
    }
}

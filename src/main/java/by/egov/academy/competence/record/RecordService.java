package by.egov.academy.competence.record;

import by.egov.academy.directory.Directory;
import by.egov.academy.directory.OfficialRef;
import by.egov.academy.identity.CurrentUser;
import by.egov.academy.identity.CurrentUsers;
import by.egov.academy.identity.Role;
import by.egov.academy.platform.DomainException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** An official's record, for the programme office and the coordinator of the official's region. */
@Service
class RecordService {

    private final RecordRepository repository;
    private final Directory directory;
    private final CurrentUsers users;

    RecordService(RecordRepository repository, Directory directory, CurrentUsers users) {
        this.repository = repository;
        this.directory = directory;
        this.users = users;
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
        return new OfficialRecord(official, repository.seminars(officialId), repository.competences(officialId),
                repository.selfAssessed(officialId));
    }
}

package by.egov.academy.programme.seminar;

import by.egov.academy.directory.Directory;
import by.egov.academy.identity.CurrentUser;
import by.egov.academy.identity.CurrentUsers;
import by.egov.academy.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The programme office plans and changes everything; a regional coordinator creates and edits the
 * seminars hosted in its own region and nothing else; an expert edits only the titles and materials
 * of the talks it gives.
 */
@Component
public class ProgrammeAccess {

    private final CurrentUsers users;
    private final Directory directory;
    private final SeminarRepository repository;
    private final AgendaRepository agenda;

    ProgrammeAccess(CurrentUsers users, Directory directory, AgendaRepository agenda, SeminarRepository repository) {
        this.users = users;
        this.directory = directory;
        this.repository = repository;
        this.agenda = agenda;
    }

    public boolean canManageHost(long hostTerritoryId) {
        CurrentUser user = users.current().orElse(null);
        if (user == null) {
            return false;
        }
        if (user.role() == Role.PROGRAMME_OFFICE) {
            return true;
        }
        if (user.role() != Role.REGIONAL_COORDINATOR) {
            return false;
        }
        return directory.territory(hostTerritoryId).map(t -> user.territoryId().equals(t.regionId())).orElse(false);
    }

    public void checkManageHost(long hostTerritoryId) {
        if (!canManageHost(hostTerritoryId)) {
            throw new AccessDeniedException("seminars of territory " + hostTerritoryId + " are not yours to change");
        }
    }

    public boolean isProgrammeOffice() {
        return users.current().map(CurrentUser::isProgrammeOffice).orElse(false);
    }

    public boolean isCoordinator() {
        return users.current().map(u -> u.role() == Role.REGIONAL_COORDINATOR).orElse(false);
    }

    public void checkProgrammeOffice() {
        if (!isProgrammeOffice()) {
            throw new AccessDeniedException("programme office only");
        }
    }

    /** The talk's own speaker (an expert account) or whoever manages the seminar. */
    public boolean canEditTalk(Seminar seminar, long talkId) {
        if (canManageHost(seminar.hostTerritoryId())) {
            return true;
        }
        CurrentUser user = users.current().orElse(null);
        if (user == null || user.role() != Role.EXPERT) {
            return false;
        }
        return repository.expertByAccount(user.accountId()).map(e -> agenda.isSpeaker(talkId, e.id())).orElse(false);
    }

    public String who() {
        return users.current().map(CurrentUser::username).orElse("system");
    }
}

package by.egov.academy.competence;

import by.egov.academy.identity.CurrentUser;
import by.egov.academy.identity.CurrentUsers;
import by.egov.academy.programme.Seminars;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with competences: the programme office keeps the framework; a seminar's organisers (the
 * programme office, the host region's coordinator) tag its talks.
 */
@Component
public class CompetenceAccess {

    private final CurrentUsers users;
    private final Seminars seminars;

    CompetenceAccess(CurrentUsers users, Seminars seminars) {
        this.users = users;
        this.seminars = seminars;
    }

    public void checkProgrammeOffice() {
        if (!users.current().map(CurrentUser::isProgrammeOffice).orElse(false)) {
            throw new AccessDeniedException("the competence framework is the programme office's");
        }
    }

    public void checkManageSeminar(long seminarId) {
        if (!seminars.canManage(seminarId)) {
            throw new AccessDeniedException("not an organiser of seminar " + seminarId);
        }
    }

    public String who() {
        return users.current().map(CurrentUser::username).orElse("system");
    }
}

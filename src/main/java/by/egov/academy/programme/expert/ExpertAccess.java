package by.egov.academy.programme.expert;

import by.egov.academy.identity.CurrentUser;
import by.egov.academy.identity.CurrentUsers;
import by.egov.academy.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Experts are national reference data: the programme office does everything with them; every regional
 * coordinator may look them up, add and correct them (they plan their region's talks); retiring, deleting,
 * merging and inviting are the office's.
 */
@Component
class ExpertAccess {

    private final CurrentUsers users;

    ExpertAccess(CurrentUsers users) {
        this.users = users;
    }

    boolean canEdit() {
        Role role = users.current().map(CurrentUser::role).orElse(null);
        return role == Role.PROGRAMME_OFFICE || role == Role.REGIONAL_COORDINATOR;
    }

    boolean isProgrammeOffice() {
        return users.current().map(CurrentUser::isProgrammeOffice).orElse(false);
    }

    void checkEdit() {
        if (!canEdit()) {
            throw new AccessDeniedException("experts are the programme office's and the coordinators'");
        }
    }

    void checkProgrammeOffice() {
        if (!isProgrammeOffice()) {
            throw new AccessDeniedException("programme office only");
        }
    }
}

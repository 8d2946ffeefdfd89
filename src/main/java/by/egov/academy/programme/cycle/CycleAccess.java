package by.egov.academy.programme.cycle;

import by.egov.academy.identity.CurrentUser;
import by.egov.academy.identity.CurrentUsers;
import by.egov.academy.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Programmes and cycles are planned by the programme office; coordinators read them. */
@Component
class CycleAccess {

    private final CurrentUsers users;

    CycleAccess(CurrentUsers users) {
        this.users = users;
    }

    boolean isOffice() {
        return users.current().map(CurrentUser::isProgrammeOffice).orElse(false);
    }

    void checkRead() {
        if (!isOffice() && !users.current().map(u -> u.role() == Role.REGIONAL_COORDINATOR).orElse(false)) {
            throw new AccessDeniedException("programmes and cycles are read by the programme office and the coordinators");
        }
    }

    void checkOffice() {
        if (!isOffice()) {
            throw new AccessDeniedException("programmes and cycles are planned by the programme office");
        }
    }
}

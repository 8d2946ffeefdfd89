package by.egov.academy.programme.topic;

import by.egov.academy.identity.CurrentUser;
import by.egov.academy.identity.CurrentUsers;
import by.egov.academy.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The programme office keeps the list of topics; a regional coordinator reads it and proposes new topics
 * (the office approves or rejects them). Nobody else sees the management pages.
 */
@Component
class TopicAccess {

    private final CurrentUsers users;

    TopicAccess(CurrentUsers users) {
        this.users = users;
    }

    boolean isOffice() {
        return users.current().map(CurrentUser::isProgrammeOffice).orElse(false);
    }

    boolean isCoordinator() {
        return users.current().map(u -> u.role() == Role.REGIONAL_COORDINATOR).orElse(false);
    }

    void checkRead() {
        if (!isOffice() && !isCoordinator()) {
            throw new AccessDeniedException("topics are managed by the programme office and the coordinators");
        }
    }

    void checkOffice() {
        if (!isOffice()) {
            throw new AccessDeniedException("topics are approved and changed by the programme office");
        }
    }

    String who() {
        return users.current().map(CurrentUser::username).orElse("system");
    }
}

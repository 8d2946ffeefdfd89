package by.egov.academy.identity.internal;

import by.egov.academy.identity.CurrentUser;
import by.egov.academy.identity.CurrentUsers;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user into every page's model for the layout (menu, name, sign-out). */
@ControllerAdvice
class CurrentUserAdvice {

    private final CurrentUsers currentUsers;

    CurrentUserAdvice(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return currentUsers.current().orElse(null);
    }
}

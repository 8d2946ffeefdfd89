package by.egov.academy.identity.internal;

import by.egov.academy.identity.CurrentUser;
import by.egov.academy.identity.CurrentUsers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user into every page's model for the layout (menu, name, sign-out). The container's error
 * dispatch (a 404 of an unknown address, a 403 of the URL rules) runs after the security filters have cleared the
 * request's security context and does not load it again, so there the user is read from the session's context:
 * an error page keeps the signed-in header.
 */
@ControllerAdvice
class CurrentUserAdvice {

    private final CurrentUsers currentUsers;

    CurrentUserAdvice(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser(HttpServletRequest request) {
        return currentUsers.current().orElseGet(() -> fromSession(request));
    }

    private static CurrentUser fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof AccountPrincipal p) {
            return p.user();
        }
        return null;
    }
}

package by.egov.academy.identity.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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

    /**
     * The user of the request being dispatched to the error page: the one {@link CurrentUserRequestFilter} noted, else
     * the session's security context. Sessions live in the database (Spring Session), whose filter does not wrap the
     * error dispatch: its session is found among the request's attributes, where that filter left it.
     */
    private static CurrentUser fromSession(HttpServletRequest request) {
        if (request.getAttribute("currentUser") instanceof CurrentUser noted) {
            return noted;
        }
        List<HttpSession> sessions = new ArrayList<>();
        for (String name : Collections.list(request.getAttributeNames())) {
            if (request.getAttribute(name) instanceof HttpSession s) {
                sessions.add(s);
            }
        }
        HttpSession own = request.getSession(false);
        if (own != null) {
            sessions.add(own);
        }
        for (HttpSession session : sessions) {
            try {
                if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context && context.getAuthentication() != null
                        && context.getAuthentication().getPrincipal() instanceof AccountPrincipal p) {
                    return p.user();
                }
            } catch (IllegalStateException invalidated) {
                // signed out meanwhile: no user
            }
        }
        return null;
    }
}

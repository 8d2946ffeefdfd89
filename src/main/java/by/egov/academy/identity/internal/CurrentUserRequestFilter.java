package by.egov.academy.identity.internal;

import java.io.IOException;

import by.egov.academy.identity.CurrentUsers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The signed-in user as a request attribute, for the pages no {@code @ModelAttribute} reaches: a model built by an
 * {@code @ExceptionHandler} (a refused change, a 404 of an unknown seminar) gets no advice's attributes, and the
 * layout's {@code ${currentUser}} then finds this request attribute, so such an error page keeps the signed-in
 * header. Runs after the security filter chain (default filter order), once per request. (The container's error
 * dispatch is covered by {@link CurrentUserAdvice}.)
 */
@Component
class CurrentUserRequestFilter extends OncePerRequestFilter {

    private final CurrentUsers currentUsers;

    CurrentUserRequestFilter(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        currentUsers.current().ifPresent(u -> request.setAttribute("currentUser", u));
        chain.doFilter(request, response);
    }
}

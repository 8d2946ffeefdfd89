package by.egov.academy.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session is only as good as its account is now: on every request made with a signed-in session, the account is
 * read again; disabled since, removed, or its password changed in another session (all other sessions end with a
 * password change), the session ends and the request goes on as anonymous (sign-in page, 401 on the API).
 */
class AccountStateFilter extends OncePerRequestFilter {

    private final AccountRepository accounts;

    AccountStateFilter(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p && p.credentialsStamp() != null) {
            var row = accounts.findById(p.user().accountId()).orElse(null);
            if (row == null || !row.enabled() || !p.credentialsStamp().equals(AccountPrincipal.stamp(row.passwordHash()))) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }
}

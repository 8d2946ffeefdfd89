package by.egov.academy.identity.internal;

import java.util.function.Supplier;

import by.egov.academy.identity.Acting;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
class SecurityActing implements Acting {

    private final AccountDetailsService accounts;

    SecurityActing(AccountDetailsService accounts) {
        this.accounts = accounts;
    }

    @Override
    public <T> T as(String username, Supplier<T> work) {
        var principal = accounts.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}

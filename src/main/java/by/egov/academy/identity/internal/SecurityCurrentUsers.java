package by.egov.academy.identity.internal;

import java.util.Optional;

import by.egov.academy.identity.CurrentUser;
import by.egov.academy.identity.CurrentUsers;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
class SecurityCurrentUsers implements CurrentUsers {

    @Override
    public Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p) {
            return Optional.of(p.user());
        }
        return Optional.empty();
    }
}

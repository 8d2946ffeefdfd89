package by.egov.academy.identity.internal;

import java.util.Collection;
import java.util.List;

import by.egov.academy.identity.CurrentUser;
import by.egov.academy.identity.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security holds it in the session. */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final CurrentUser user;
    private String passwordHash;
    private final boolean enabled;
    private final boolean mustChangePassword;

    AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean mustChangePassword) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
    }

    CurrentUser user() {
        return user;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    AccountPrincipal withPasswordChanged() {
        return new AccountPrincipal(user, null, enabled, false);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    static AccountPrincipal of(AccountRepository.AccountRow row) {
        return new AccountPrincipal(
                new CurrentUser(row.id(), row.username(), row.displayName(), Role.valueOf(row.role()), row.territoryId()),
                row.passwordHash(), row.enabled(), row.mustChangePassword());
    }
}

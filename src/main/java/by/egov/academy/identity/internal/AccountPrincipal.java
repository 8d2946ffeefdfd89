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
    /**
     * A fingerprint of the password hash this sign-in was made with, kept after the credentials are erased: when the
     * password changes, every other session of the account no longer matches and is ended (AccountStateFilter).
     */
    private final String credentialsStamp;

    AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean mustChangePassword) {
        this(user, passwordHash, enabled, mustChangePassword, stamp(passwordHash));
    }

    private AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean mustChangePassword,
                             String credentialsStamp) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.credentialsStamp = credentialsStamp;
    }

    static String stamp(String passwordHash) {
        if (passwordHash == null) {
            return null;
        }
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(passwordHash.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String credentialsStamp() {
        return credentialsStamp;
    }

    CurrentUser user() {
        return user;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    AccountPrincipal withPasswordChanged() {
        return new AccountPrincipal(user, null, enabled, false, credentialsStamp);
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

package by.egov.academy.identity;

import java.time.Instant;

/**
 * Accounts made for someone else, who sets the password through a one-time link: an expert invited by the
 * programme office. The link's token is handed out once, here, and kept only as a hash.
 */
public interface AccountActivations {

    /** A fresh personal link: the token goes into the link {@code /account/activate/{token}}. */
    record Activation(long accountId, String username, String token, Instant expiresAt) {
    }

    /**
     * Makes an EXPERT account named by the e-mail address, without a usable password, or takes the given
     * account again while its password has not been set, and issues a new link (older links stop working).
     * Refused (a {@code DomainException} on field {@code email}) when the address is another account's name,
     * is too long for a name, or the given account has already set its password.
     */
    Activation inviteExpert(Long existingAccountId, String email, String displayName);

    /** Whether the account's password was set through a link. */
    boolean activated(long accountId);
}

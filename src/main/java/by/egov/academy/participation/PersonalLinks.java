package by.egov.academy.participation;

import java.util.Optional;

/**
 * The official's personal invitation link as a key to their own things elsewhere (their record and certificates):
 * the same token, checked the same way (HMAC token, only its hash stored), no password.
 */
public interface PersonalLinks {

    /** The official the link belongs to, unless the token is unknown or the invitation was withdrawn. */
    Optional<Long> official(String token);

    /**
     * The personal link's token of an invitation the official may open (sent, not withdrawn), for their own home
     * page once their account is linked to them; empty otherwise.
     */
    Optional<String> token(long invitationId);
}

package by.egov.academy.programme.expert;

import java.time.Instant;

/**
 * An expert was given a link to set the password of their account. Published inside the invitation's
 * transaction; the mail is queued there too (participation's outbox), so the link is mailed exactly when the
 * invitation is committed. The token exists only here and in the mail: the database keeps its hash.
 */
public record ExpertInvited(long expertId, long accountId, String fullName, String email, String username,
                            String language, String token, Instant expiresAt) {
}

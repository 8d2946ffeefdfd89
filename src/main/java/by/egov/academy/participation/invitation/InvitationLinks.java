package by.egov.academy.participation.invitation;

import java.util.Optional;

import by.egov.academy.participation.PersonalLinks;
import org.springframework.stereotype.Component;

/** Invitation tokens as personal links (see {@link PersonalLinks}); a forged or withdrawn link opens nothing. */
@Component
class InvitationLinks implements PersonalLinks {

    private final InvitationRepository invitations;
    private final InvitationTokens tokens;

    InvitationLinks(InvitationRepository invitations, InvitationTokens tokens) {
        this.invitations = invitations;
        this.tokens = tokens;
    }

    @Override
    public Optional<Long> official(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return invitations.byTokenHash(InvitationTokens.hash(token))
                .filter(i -> !i.state().equals("CANCELLED") && !i.state().equals("CREATED"))
                .map(Invitation::officialId);
    }

    @Override
    public Optional<String> token(long invitationId) {
        return invitations.find(invitationId)
                .filter(i -> !i.state().equals("CANCELLED") && !i.state().equals("CREATED"))
                .map(i -> tokens.token(i.tokenNonce()));
    }
}

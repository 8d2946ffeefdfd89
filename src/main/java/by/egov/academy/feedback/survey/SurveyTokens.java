package by.egov.academy.feedback.survey;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import by.egov.academy.platform.ServerSecrets;
import org.springframework.stereotype.Component;

/**
 * The personal survey link's token: the invitation's id and HMAC-SHA256(server secret, "survey:" + id). Nothing is
 * stored: the server recomputes it. A server secret of its own ("survey-token", not the RSVP links'), so a survey
 * link opens the survey and nothing else.
 */
@Component
public class SurveyTokens {

    private final ServerSecrets secrets;

    SurveyTokens(ServerSecrets secrets) {
        this.secrets = secrets;
    }

    public String token(long invitationId) {
        return invitationId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(invitationId));
    }

    /** The invitation a token was made for, or empty for anything this server did not make. */
    public Optional<Long> invitation(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1 || dot > 19) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(token.substring(0, dot));
            byte[] given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            return MessageDigest.isEqual(given, mac(id)) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(long invitationId) {
        return secrets.hmac("survey-token", "survey:" + invitationId);
    }
}

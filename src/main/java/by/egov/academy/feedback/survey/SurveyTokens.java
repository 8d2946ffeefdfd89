package by.egov.academy.feedback.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The personal survey link's token: the invitation's id and HMAC-SHA256(server secret, "survey:" + id). Nothing is
 * stored: the server recomputes it. A secret of its own (not the RSVP links'), so a survey link opens the survey
 * and nothing else. Made once per database in {@code server_secret}, so every node agrees.
 */
@Component
public class SurveyTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private volatile byte[] secret;

    SurveyTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private byte[] secret() {
        if (secret == null) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            jdbc.sql("insert into server_secret (name, value) values ('survey-token', :v) on conflict do nothing")
                    .param("v", HexFormat.of().formatHex(fresh)).update();
            secret = HexFormat.of().parseHex(jdbc.sql("select value from server_secret where name = 'survey-token'")
                    .query(String.class).single());
        }
        return secret;
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
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return mac.doFinal(("survey:" + invitationId).getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

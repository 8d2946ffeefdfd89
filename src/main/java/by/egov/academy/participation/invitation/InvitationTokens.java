package by.egov.academy.participation.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import by.egov.academy.platform.ServerSecrets;
import org.springframework.stereotype.Component;

/**
 * An invitation's link token is HMAC-SHA256(server secret, nonce) with a 128-bit random nonce per
 * invitation. Only its SHA-256 is stored, yet a re-sent invitation carries the same token, because the
 * server can compute it again. The secret is the platform's "invitation-token" server secret.
 */
@Component
public class InvitationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final ServerSecrets secrets;

    InvitationTokens(ServerSecrets secrets) {
        this.secrets = secrets;
    }

    public static String newNonce() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Eight characters from an alphabet without look-alikes (no 0/O, 1/I): typed at the door. */
    public static String newShortCode() {
        StringBuilder sb = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    public String token(String nonce) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secrets.hmac("invitation-token", nonce));
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package by.egov.academy.participation.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An invitation's link token is HMAC-SHA256(server secret, nonce) with a 128-bit random nonce per
 * invitation. Only its SHA-256 is stored, yet a re-sent invitation carries the same token, because the
 * server can compute it again. The server secret is made once per database, so every node agrees.
 */
@Component
public class InvitationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final JdbcClient jdbc;
    private volatile byte[] secret;

    InvitationTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private byte[] secret() {
        if (secret == null) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            jdbc.sql("insert into server_secret (name, value) values ('invitation-token', :v) on conflict do nothing")
                    .param("v", HexFormat.of().formatHex(fresh)).update();
            secret = HexFormat.of().parseHex(jdbc.sql("select value from server_secret where name = 'invitation-token'")
                    .query(String.class).single());
        }
        return secret;
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
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            byte[] out = mac.doFinal(nonce.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package by.egov.academy.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Named server secrets for the HMACs behind personal links: made once per database in {@code server_secret}
 * (the first node to need one inserts it, the others read it), so every node computes the same links, and
 * kept in memory after the first read. One secret per kind of link, so a link of one kind opens nothing else.
 */
@Component
public class ServerSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Map<String, byte[]> secrets = new ConcurrentHashMap<>();

    ServerSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** HMAC-SHA256 of the message (UTF-8) under the named secret. */
    public byte[] hmac(String secretName, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(secretName), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] secret(String name) {
        return secrets.computeIfAbsent(name, n -> {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            jdbc.sql("insert into server_secret (name, value) values (:n, :v) on conflict do nothing")
                    .param("n", n).param("v", HexFormat.of().formatHex(fresh)).update();
            return HexFormat.of().parseHex(jdbc.sql("select value from server_secret where name = :n")
                    .param("n", n).query(String.class).single());
        });
    }
}

package by.egov.academy.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import by.egov.academy.identity.AccountActivations;
import by.egov.academy.identity.Role;
import by.egov.academy.platform.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountActivationService implements AccountActivations {

    /** Long enough for someone who reads mail weekly; the office can always send a new link. */
    static final Duration VALID_FOR = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    AccountActivationService(JdbcClient jdbc, AccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Activation inviteExpert(Long existingAccountId, String email, String displayName) {
        String username = email.strip().toLowerCase(java.util.Locale.ROOT);
        long accountId;
        if (existingAccountId != null && accounts.findById(existingAccountId).isPresent()) {
            if (activated(existingAccountId)) {
                throw DomainException.conflict("account.activation.alreadyActive", "email");
            }
            accountId = existingAccountId;
            username = accounts.findById(existingAccountId).orElseThrow().username();
        } else {
            if (username.length() > 100) {
                throw DomainException.invalid("account.activation.emailTooLong", "email", 100);
            }
            if (accounts.usernameTaken(username)) {
                throw DomainException.conflict("account.activation.usernameTaken", "email", username);
            }
            // a password nobody knows: the account cannot be signed into until its owner sets one
            accountId = accounts.insert(username, encoder.encode(newToken()), displayName.strip(), email.strip(),
                    Role.EXPERT.name(), null, false);
        }
        String token = newToken();
        Instant expires = clock.instant().plus(VALID_FOR);
        jdbc.sql("delete from account_activation where account_id = :a and used_at is null").param("a", accountId).update();
        jdbc.sql("insert into account_activation (account_id, token_hash, expires_at) values (:a, :h, :e)")
                .param("a", accountId).param("h", ApiTokens.hash(token)).param("e", java.sql.Timestamp.from(expires)).update();
        return new Activation(accountId, username, token, expires);
    }

    @Override
    public boolean activated(long accountId) {
        return jdbc.sql("select exists(select 1 from account_activation where account_id = :a and used_at is not null)")
                .param("a", accountId).query(Boolean.class).single();
    }

    /** The account a link opens while it is unused and unexpired. */
    Optional<AccountRepository.AccountRow> accountOf(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select account_id from account_activation
                        where token_hash = :h and used_at is null and expires_at > :now
                        """).param("h", ApiTokens.hash(token)).param("now", java.sql.Timestamp.from(clock.instant()))
                .query(Long.class).optional().flatMap(accounts::findById);
    }

    /** Uses the link once: the password is set only by the request that claims it. */
    @Transactional
    boolean setPassword(String token, String password) {
        Optional<Long> claimed = jdbc.sql("""
                        update account_activation set used_at = :now
                        where token_hash = :h and used_at is null and expires_at > :now
                        returning account_id
                        """).param("h", ApiTokens.hash(token)).param("now", java.sql.Timestamp.from(clock.instant()))
                .query(Long.class).optional();
        claimed.ifPresent(id -> accounts.updatePassword(id, encoder.encode(password)));
        return claimed.isPresent();
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

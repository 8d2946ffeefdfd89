package by.egov.academy.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class AccountRepository {

    record AccountRow(long id, String username, String passwordHash, String displayName, String email, String role,
                      Long territoryId, boolean enabled, boolean mustChangePassword) {
    }

    record TokenRow(long id, String name, Instant createdAt, Instant lastUsedAt) {
        private static final java.time.format.DateTimeFormatter FORMAT =
                java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(java.time.ZoneId.of("Europe/Minsk"));

        public String created() {
            return FORMAT.format(createdAt);
        }

        public String lastUsed() {
            return lastUsedAt == null ? "—" : FORMAT.format(lastUsedAt);
        }
    }

    private static final String ACCOUNT_COLUMNS = """
            id, username, password_hash, display_name, email, role, territory_id, enabled, must_change_password
            """;

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AccountRow> findByUsername(String username) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from account where lower(username) = lower(:u)")
                .param("u", username).query(AccountRow.class).optional();
    }

    Optional<AccountRow> findById(long id) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from account where id = :id")
                .param("id", id).query(AccountRow.class).optional();
    }

    List<AccountRow> findAll() {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from account order by role, lower(username)")
                .query(AccountRow.class).list();
    }

    long count() {
        return jdbc.sql("select count(*) from account").query(Long.class).single();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select exists(select 1 from account where lower(username) = lower(:u))")
                .param("u", username).query(Boolean.class).single();
    }

    @Transactional // a transaction, so that the audit log knows who and from where (audit module)
    long insert(String username, String passwordHash, String displayName, String email, String role,
                Long territoryId, boolean mustChangePassword) {
        return jdbc.sql("""
                        insert into account (username, password_hash, display_name, email, role, territory_id, must_change_password)
                        values (:username, :hash, :displayName, :email, :role, :territoryId, :mustChange)
                        returning id
                        """)
                .param("username", username).param("hash", passwordHash).param("displayName", displayName)
                .param("email", email).param("role", role).param("territoryId", territoryId)
                .param("mustChange", mustChangePassword)
                .query(Long.class).single();
    }

    @Transactional
    void updatePassword(long id, String passwordHash) {
        jdbc.sql("update account set password_hash = :hash, must_change_password = false where id = :id")
                .param("hash", passwordHash).param("id", id).update();
    }

    @Transactional
    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update account set enabled = :enabled where id = :id").param("enabled", enabled).param("id", id).update();
    }

    // --- API tokens

    @Transactional
    void insertToken(long accountId, String name, String tokenHash) {
        jdbc.sql("insert into api_token (account_id, name, token_hash) values (:a, :n, :h)")
                .param("a", accountId).param("n", name).param("h", tokenHash).update();
    }

    List<TokenRow> tokens(long accountId) {
        return jdbc.sql("select id, name, created_at, last_used_at from api_token where account_id = :a order by created_at desc")
                .param("a", accountId).query(TokenRow.class).list();
    }

    @Transactional
    int deleteToken(long accountId, long tokenId) {
        return jdbc.sql("delete from api_token where id = :t and account_id = :a")
                .param("t", tokenId).param("a", accountId).update();
    }

    Optional<AccountRow> findByTokenHash(String tokenHash) {
        return jdbc.sql("""
                        update api_token set last_used_at = now() where token_hash = :h
                        returning account_id
                        """)
                .param("h", tokenHash).query(Long.class).optional()
                .flatMap(this::findById);
    }
}

package by.egov.academy.identity.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import by.egov.academy.identity.Role;
import by.egov.academy.identity.TerritoryCatalog;
import by.egov.academy.platform.EgovProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One demo account per role so a visitor can see what each role sees. They share one password:
 * {@code EGOV_DEMO_PASSWORD}, or a random one printed once. Never created with demo data switched off.
 */
@Component
@Order(20)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private record Demo(String username, String displayName, Role role, String territoryCode) {
    }

    private static final List<Demo> DEMO = List.of(
            new Demo("grodno", "Координатор Гродненского облисполкома", Role.REGIONAL_COORDINATOR, "BY-HR"),
            new Demo("brest", "Координатор Брестского облисполкома", Role.REGIONAL_COORDINATOR, "BY-BR"),
            new Demo("lida", "Оператор площадки ВКС Лидского райисполкома", Role.SITE_OPERATOR, "BY-HR-LIDA"),
            new Demo("expert", "Эксперт (демо)", Role.EXPERT, null),
            new Demo("participant", "Участник (демо)", Role.PARTICIPANT, null));

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final EgovProperties properties;
    private final TerritoryCatalog territories;
    private final org.springframework.transaction.support.TransactionTemplate tx;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    DemoAccounts(AccountRepository accounts, PasswordEncoder encoder, EgovProperties properties,
                 TerritoryCatalog territories, org.springframework.transaction.support.TransactionTemplate tx,
                 org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.tx = tx;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
        this.territories = territories;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()) {
            return;
        }
        tx.executeWithoutResult(s -> {
            // two nodes starting together: one creates, the other then finds the accounts
            jdbc.sql("select pg_advisory_xact_lock(727001)").query((rs, n) -> 1).single();
            if (!accounts.usernameTaken(DEMO.get(0).username())) {
                create();
            }
        });
    }

    private void create() {
        String given = properties.demo().password();
        String password = given == null || given.isBlank() ? random() : given;
        String hash = encoder.encode(password);
        List<String> created = new ArrayList<>();
        for (Demo d : DEMO) {
            Long territoryId = d.territoryCode() == null ? null
                    : territories.findByCode(d.territoryCode(), Locale.ROOT).map(TerritoryCatalog.Unit::id).orElse(null);
            if (d.role().boundToTerritory() && territoryId == null) {
                log.warn("Demo account {} skipped: territory {} not found", d.username(), d.territoryCode());
                continue;
            }
            accounts.insert(d.username(), hash, d.displayName(), null, d.role().name(), territoryId, false);
            created.add(d.username());
        }
        log.warn("Demo accounts {} created with the password {}", created,
                given == null || given.isBlank() ? password : "from EGOV_DEMO_PASSWORD");
    }

    private static String random() {
        byte[] b = new byte[9];
        new SecureRandom().nextBytes(b);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}

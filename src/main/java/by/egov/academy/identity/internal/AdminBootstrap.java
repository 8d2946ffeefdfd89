package by.egov.academy.identity.internal;

import java.security.SecureRandom;

import by.egov.academy.identity.Role;
import by.egov.academy.platform.EgovProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty database creates the programme-office account {@code admin}.
 * Without {@code EGOV_ADMIN_PASSWORD} it gets a one-time password, printed once, that must be changed
 * at first sign-in; with it (automated deployments) that password and no forced change.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final EgovProperties properties;

    AdminBootstrap(AccountRepository accounts, PasswordEncoder encoder, EgovProperties properties) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String given = properties.admin().password();
        boolean oneTime = given == null || given.isBlank();
        String password = oneTime ? randomPassword() : given;
        try {
            accounts.insert("admin", encoder.encode(password), "Администратор", null,
                    Role.PROGRAMME_OFFICE.name(), null, oneTime);
        } catch (DuplicateKeyException raced) {
            return; // another node created it first
        }
        if (oneTime) {
            log.warn("""

                    ==================================================================
                     First start: programme-office account created.
                       user:     admin
                       password: {}
                     This one-time password must be changed at first sign-in.
                    ==================================================================""", password);
        } else {
            log.info("First start: programme-office account 'admin' created with the password from EGOV_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}

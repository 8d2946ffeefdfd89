package by.egov.academy.identity.internal;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password was compared, because its account or address used up its failures. */
class SignInBlockedException extends AuthenticationException {

    private final Duration wait;

    SignInBlockedException(Duration wait) {
        super("sign-in throttled for " + wait);
        this.wait = wait;
    }

    /** Whole minutes until the next attempt is heard, at least one. */
    long minutes() {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    long retryAfterSeconds() {
        return wait.toSeconds() + 1;
    }
}

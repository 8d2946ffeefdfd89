package by.egov.academy.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling ({@code egov.sign-in.*}): after {@code maxFailures} failed sign-ins from one address within
 * {@code window}, that address is refused until its oldest counted failure is older than the window; after
 * {@code accountFreeFailures} failures for one account within the window, each further attempt for it waits
 * 1, 2, 4 ... seconds after its last failure, never more than {@code accountMaxDelay}.
 */
@ConfigurationProperties("egov.sign-in")
record SignInProperties(@DefaultValue("10") int maxFailures, @DefaultValue("15m") Duration window,
                        @DefaultValue("5") int accountFreeFailures, @DefaultValue("60s") Duration accountMaxDelay) {
}

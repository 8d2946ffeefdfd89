package by.egov.academy.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling ({@code egov.sign-in.*}): after {@code maxFailures} failed sign-ins for one account, or
 * from one address, within {@code window}, further attempts are refused until the oldest failure is older
 * than the window.
 */
@ConfigurationProperties("egov.sign-in")
record SignInProperties(@DefaultValue("10") int maxFailures, @DefaultValue("15m") Duration window) {
}

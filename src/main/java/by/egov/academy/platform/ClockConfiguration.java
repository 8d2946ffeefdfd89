package by.egov.academy.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@org.springframework.scheduling.annotation.EnableScheduling
class ClockConfiguration {

    /** Seminars happen in Belarus; every "today" and "now" is asked of this clock so tests can fix it. */
    public static final ZoneId MINSK = Minsk.ZONE;

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(MINSK);
    }
}

package by.egov.academy.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * HTTP sessions kept in PostgreSQL (tables spring_session*, migration V13) instead of one server's memory,
 * so that a user signed in through one node is signed in on every node behind the load balancer, and a
 * restarted node keeps its users signed in. The cookie is {@code SESSION} (HttpOnly, SameSite=Lax, Secure
 * behind HTTPS), sessions expire after 30 minutes without a request. {@code egov.sessions.shared=false}
 * goes back to the servlet container's in-memory sessions (one node only, cookie {@code JSESSIONID}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "egov.sessions.shared", havingValue = "true", matchIfMissing = true)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 1800)
class SharedSessionConfiguration {
}

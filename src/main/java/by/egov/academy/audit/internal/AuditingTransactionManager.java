package by.egov.academy.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells the database who writes and from where, once per read-write transaction, in one statement: the
 * audit triggers read the two transaction-local settings. A signed-in user is named by the username, a
 * request without one (an RSVP link) is "anonymous", anything outside a request with no user is "system".
 * The address is the request's remote address as the servlet container reports it.
 */
class AuditingTransactionManager extends JdbcTransactionManager {

    static final String SET_CONTEXT = "select set_config('egov.actor', ?, true), set_config('egov.address', ?, true)";

    AuditingTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition) throws SQLException {
        super.prepareTransactionalConnection(con, definition);
        if (definition.isReadOnly()) {
            return; // a read-only transaction writes nothing to audit
        }
        HttpServletRequest request = currentRequest();
        try (PreparedStatement ps = con.prepareStatement(SET_CONTEXT)) {
            ps.setString(1, actor(request != null));
            ps.setString(2, request == null ? "" : request.getRemoteAddr());
            ps.execute();
        }
    }

    /** Set while the actor is being found: finding it may itself need the database (a session kept there). */
    private static final ThreadLocal<Boolean> RESOLVING = new ThreadLocal<>();

    static String actor(boolean inRequest) {
        if (RESOLVING.get() != null) {
            return "system";
        }
        Authentication auth;
        RESOLVING.set(Boolean.TRUE);
        try {
            auth = SecurityContextHolder.getContext().getAuthentication();
        } finally {
            RESOLVING.remove();
        }
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return auth.getName();
        }
        return inRequest ? "anonymous" : "system";
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes s ? s.getRequest() : null;
    }
}

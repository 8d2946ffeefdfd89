package by.egov.academy.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Tells an unreachable database (no connection, connection lost, server shutting down) from any other failure. */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        return isCause(failure, 0);
    }

    private static boolean isCause(Throwable failure, int depth) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // a rollback that failed because the connection was gone hides the original failure beside its cause
            if (t instanceof org.springframework.transaction.TransactionSystemException tse && depth < 3
                    && tse.getApplicationException() != null && isCause(tse.getApplicationException(), depth + 1)) {
                return true;
            }
            // the socket to the server broke, or the pool's proxy says its connection was closed under it
            if (t instanceof java.net.SocketException
                    || t instanceof SQLException e && "Connection is closed".equals(e.getMessage())) {
                return true;
            }
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // 08: connection exception; 57P01-57P03: the server is shutting down or starting
            if (t instanceof SQLException e && e.getSQLState() != null
                    && (e.getSQLState().startsWith("08") || e.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}

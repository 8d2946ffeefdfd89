package by.egov.academy.audit.log;

import java.time.Instant;
import java.util.List;

/** One entry of the audit log as the search page shows it; {@code changes} come from the diff (or the details). */
record AuditEntry(long id, Instant at, String actor, String address, String entity, String entityId, String action,
                  List<Change> changes) {

    /** One changed key with its old and new values as JSON text (null when absent). */
    record Change(String key, String before, String after) {
    }
}

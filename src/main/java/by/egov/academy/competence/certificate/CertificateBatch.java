package by.egov.academy.competence.certificate;

import java.time.Duration;
import java.time.Instant;

/**
 * A bulk issue of a seminar's certificates as its row says: total attended invitations, certificates made by it,
 * skipped (made before or meanwhile by another issue), failed. {@code language} null: each official's mail language.
 */
public record CertificateBatch(long id, long seminarId, String language, String state, int total, int made, int skipped,
                               int failed, String startedBy, Instant startedAt, Instant updatedAt, Instant finishedAt) {

    /** A running batch nobody has advanced for this long lost its node (a restart): the page says so. */
    static final Duration STALLED_AFTER = Duration.ofMinutes(5);

    public boolean running() {
        return "RUNNING".equals(state);
    }

    public boolean stalled(Instant now) {
        return running() && updatedAt.plus(STALLED_AFTER).isBefore(now);
    }

    public int processed() {
        return made + skipped + failed;
    }

    public int percent() {
        return total == 0 ? 100 : (int) (100L * processed() / total);
    }

    /** Certificates per second of a finished batch (null while it runs or when it made none). */
    public Double perSecond() {
        if (finishedAt == null || made == 0) {
            return null;
        }
        long millis = Math.max(1, Duration.between(startedAt, finishedAt).toMillis());
        return Math.round(made * 10_000.0 / millis) / 10.0;
    }
}

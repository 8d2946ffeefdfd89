package by.egov.academy.directory.importing;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import by.egov.academy.directory.official.OfficialService;
import by.egov.academy.platform.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Component;

/**
 * Previews waiting for confirmation and the imports running from them. Held in memory: a preview is
 * a minute's work to redo, and the import itself is one database transaction, so a restart loses
 * nothing that was reported as imported.
 */
@Component
class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEEP = Duration.ofHours(2);

    enum State { RUNNING, DONE, FAILED }

    public static final class Job {
        final ImportPreview preview;
        final AtomicInteger done = new AtomicInteger();
        final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
        volatile String errorCode;
        volatile Object[] errorArgs = new Object[0];

        Job(ImportPreview preview) {
            this.preview = preview;
        }

        public int total() {
            return preview.valid().size();
        }

        public int done() {
            return done.get();
        }

        public State state() {
            return state.get();
        }

        public int percent() {
            return total() == 0 ? 100 : (int) (100L * done.get() / total());
        }

        public String errorCode() {
            return errorCode;
        }

        public Object[] errorArgs() {
            return errorArgs;
        }

        public ImportPreview preview() {
            return preview;
        }
    }

    private final Map<String, ImportPreview> previews = new ConcurrentHashMap<>();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final java.util.concurrent.ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "official-import");
        t.setDaemon(true);
        return t;
    });
    // the import runs as the user who confirmed it, so the directory's access rules still apply
    private final Executor executor = new DelegatingSecurityContextExecutor(pool);
    private final OfficialService officials;
    private final Clock clock;

    ImportJobs(OfficialService officials, Clock clock) {
        this.officials = officials;
        this.clock = clock;
    }

    /** Previews an account may have waiting at once: each holds a whole checked file in memory. */
    static final int PREVIEWS_PER_ACCOUNT = 3;

    void keep(ImportPreview preview) {
        var cutoff = clock.instant().minus(KEEP);
        previews.values().removeIf(p -> p.createdAt().isBefore(cutoff));
        jobs.values().removeIf(j -> j.state() != State.RUNNING && j.preview.createdAt().isBefore(cutoff));
        // a new check of the same account pushes out its oldest waiting previews beyond the cap
        previews.values().stream().filter(p -> p.accountId() == preview.accountId())
                .sorted(java.util.Comparator.comparing(ImportPreview::createdAt).reversed())
                .skip(PREVIEWS_PER_ACCOUNT - 1).map(ImportPreview::id).toList().forEach(previews::remove);
        previews.put(preview.id(), preview);
    }

    Optional<ImportPreview> preview(String id, long accountId) {
        return Optional.ofNullable(previews.get(id)).filter(p -> p.accountId() == accountId);
    }

    Optional<Job> job(String id, long accountId) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.preview.accountId() == accountId);
    }

    /** Starts the import of a preview's valid rows once; confirming twice does not import twice. */
    Job start(ImportPreview preview) {
        // the job exists before the preview goes, so a second click finds one or the other, never neither
        boolean[] created = {false};
        Job job = jobs.computeIfAbsent(preview.id(), id -> {
            created[0] = true;
            return new Job(preview);
        });
        previews.remove(preview.id());
        if (!created[0]) {
            return job;
        }
        executor.execute(() -> {
            try {
                officials.importAll(preview.valid().stream().map(ImportPreview.ValidRow::command).toList(),
                        job.done::set);
                job.done.set(job.total());
                job.state.set(State.DONE);
            } catch (DomainException e) {
                job.errorCode = e.messageCode();
                job.errorArgs = e.args();
                job.done.set(0);
                job.state.set(State.FAILED);
            } catch (RuntimeException e) {
                log.error("Import {} failed", preview.id(), e);
                job.errorCode = "import.failed";
                job.done.set(0);
                job.state.set(State.FAILED);
            }
        });
        return job;
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}

package by.egov.academy.competence.certificate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import by.egov.academy.competence.CompetenceAccess;
import by.egov.academy.platform.DomainException;
import by.egov.academy.programme.SeminarStatus;
import by.egov.academy.programme.Seminars;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk issue of a held seminar's certificates in the background. The work is cut into chunks of attended
 * invitations; a fixed pool of workers (one per core unless {@code egov.certificates.threads} says otherwise)
 * renders each chunk's PDFs outside any transaction, then stores them in one batched insert together with the
 * batch row's progress. Certificates already there (or made meanwhile by another issue: the insert skips an
 * invitation that has one) are skipped, so re-running, or running twice at once, never makes a second one;
 * a revoked certificate is a certificate too and is not made again.
 */
@Service
class CertificateBatches {

    private static final Logger log = LoggerFactory.getLogger(CertificateBatches.class);
    private static final int CHUNK = 50;

    private final CertificateService certificates;
    private final CertificateRepository repository;
    private final BatchRepository batches;
    private final CompetenceAccess access;
    private final Seminars seminars;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService workers;

    CertificateBatches(CertificateService certificates, CertificateRepository repository, BatchRepository batches,
                       CompetenceAccess access, Seminars seminars, PlatformTransactionManager transactions, Clock clock,
                       @Value("${egov.certificates.threads:0}") int threads) {
        this.certificates = certificates;
        this.repository = repository;
        this.batches = batches;
        this.access = access;
        this.seminars = seminars;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        AtomicInteger named = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "certificates-" + named.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** Starts a bulk issue for the seminar's organisers; {@code language} ru, be, or empty for each one's own. */
    CertificateBatch start(long seminarId, String language) {
        seminars.find(seminarId).orElseThrow(() -> DomainException.notFound("competence.batch.seminarNotFound"));
        access.checkManageSeminar(seminarId);
        return start(seminarId, language, access.who());
    }

    CertificateBatch start(long seminarId, String language, String who) {
        String lang = language == null || language.isBlank() || "auto".equals(language) ? null : language;
        if (lang != null && !"ru".equals(lang) && !"be".equals(lang)) {
            throw DomainException.invalid("competence.certificate.language", "language");
        }
        var seminar = seminars.find(seminarId).orElseThrow(() -> DomainException.notFound("competence.batch.seminarNotFound"));
        if (seminar.status() != SeminarStatus.HELD && seminar.status() != SeminarStatus.REPORTED) {
            throw DomainException.conflict("competence.batch.notHeld", null);
        }
        List<Long> todo = repository.attendedInvitationIds(seminarId, false);
        int existing = repository.attendedInvitationIds(seminarId, true).size();
        long id = batches.insert(seminarId, lang, todo.size() + existing, existing, who, clock.instant());
        if (!todo.isEmpty()) {
            Job job = new Job(id, seminarId, lang, who, new AtomicInteger((todo.size() + CHUNK - 1) / CHUNK));
            for (int from = 0; from < todo.size(); from += CHUNK) {
                List<Long> chunk = List.copyOf(todo.subList(from, Math.min(todo.size(), from + CHUNK)));
                // the starter's identity travels with the work: the audit log names who issued the certificates
                workers.execute(new DelegatingSecurityContextRunnable(() -> run(job, chunk)));
            }
        }
        return batches.find(id).orElseThrow();
    }

    /** A batch, for the organisers of its seminar. */
    CertificateBatch find(long batchId) {
        CertificateBatch batch = batches.find(batchId)
                .orElseThrow(() -> DomainException.notFound("competence.batch.notFound"));
        access.checkManageSeminar(batch.seminarId());
        return batch;
    }

    java.util.Optional<CertificateBatch> latest(long seminarId) {
        access.checkManageSeminar(seminarId);
        return batches.latest(seminarId);
    }

    /** A running batch on this node; the nanosecond sums say where its time went (logged when it ends). */
    private record Job(long id, long seminarId, String language, String who, AtomicInteger chunksLeft,
                       Map<String, List<String>> competences, AtomicLong readNanos, AtomicLong renderNanos,
                       AtomicLong storeNanos) {
        Job(long id, long seminarId, String language, String who, AtomicInteger chunksLeft) {
            this(id, seminarId, language, who, chunksLeft, new ConcurrentHashMap<>(), new AtomicLong(), new AtomicLong(),
                    new AtomicLong());
        }
    }

    private void run(Job job, List<Long> chunk) {
        try {
            long t0 = System.nanoTime();
            List<Attendee> attendees = repository.attendeesWithoutCertificate(chunk);
            long t1 = System.nanoTime();
            job.readNanos().addAndGet(t1 - t0);
            List<CertificateRepository.Made> made = new ArrayList<>(attendees.size());
            int failed = 0;
            for (Attendee a : attendees) {
                String language = job.language() != null ? job.language() : a.certificateLanguage();
                try {
                    made.add(certificates.make(a, language, job.competences()
                            .computeIfAbsent(language, l -> repository.competences(job.seminarId(), l))));
                } catch (RuntimeException e) {
                    log.warn("certificate of invitation {} not made: {}", a.invitationId(), e.toString());
                    failed++;
                }
            }
            int renderFailed = failed;
            long t2 = System.nanoTime();
            job.renderNanos().addAndGet(t2 - t1);
            transaction.executeWithoutResult(status -> {
                int stored = 0;
                if (!made.isEmpty()) {
                    for (boolean s : repository.insert(made, job.who(), clock.instant())) {
                        stored += s ? 1 : 0;
                    }
                }
                batches.progress(job.id(), stored, chunk.size() - stored - renderFailed, renderFailed, clock.instant());
            });
            job.storeNanos().addAndGet(System.nanoTime() - t2);
        } catch (RuntimeException e) {
            log.error("a chunk of certificate batch {} failed", job.id(), e);
            batches.progress(job.id(), 0, 0, chunk.size(), clock.instant());
        } finally {
            if (job.chunksLeft().decrementAndGet() == 0) {
                batches.finish(job.id(), clock.instant());
                log.info("certificate batch {} done; worker time: reading {} ms, rendering {} ms, storing {} ms", job.id(),
                        job.readNanos().get() / 1_000_000, job.renderNanos().get() / 1_000_000,
                        job.storeNanos().get() / 1_000_000);
            }
        }
    }
}

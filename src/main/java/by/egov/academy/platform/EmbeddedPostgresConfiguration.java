package by.egov.academy.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server (zonky binaries) before the DataSource when no external database
 * is configured. Kept in its own configuration class: a class that also needed a JdbcClient would make
 * Flyway and the DataSource depend on each other.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EgovProperties properties) throws IOException {
        Path dataDir = properties.database().dataDir().toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        boolean reused = !properties.database().cleanOnStart() && Files.exists(dataDir.resolve("PG_VERSION"));
        if (reused) {
            checkMajorVersion(dataDir);
            stopOrphanedServer(dataDir);
        }
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(properties.database().cleanOnStart())
                .setPort(properties.database().port())
                .setServerConfig("max_connections", "100")
                // zonky's default is synchronous_commit=off, made for throwaway test databases: a commit is
                // acknowledged before its WAL reaches the disk, and bench/crash lost 55 of 2,443 acknowledged
                // RSVPs when the application and its PostgreSQL were killed. An acknowledged answer must survive.
                .setServerConfig("synchronous_commit", "on")
                .start();
        log.info("Database: embedded PostgreSQL on port {} with data in {} ({}, started in {} ms)",
                postgres.getPort(), dataDir, reused ? "existing data reused" : "new data directory",
                (System.nanoTime() - started) / 1_000_000);
        return postgres;
    }

    /** The major version the bundled binaries are; a data directory of another major version cannot be opened. */
    static final String MAJOR_VERSION = "15";

    private static void checkMajorVersion(Path dataDir) throws IOException {
        String version = Files.readString(dataDir.resolve("PG_VERSION")).strip();
        if (!version.equals(MAJOR_VERSION)) {
            throw new IllegalStateException("The data directory " + dataDir + " was made by PostgreSQL " + version
                    + ", and this version of the application runs PostgreSQL " + MAJOR_VERSION + ". Keep the data with"
                    + " pg_dump of version " + version + " and restore it with ops/restore.sh, or start with another"
                    + " EGOV_DATA_DIR (or delete this one if it holds only demo data).");
        }
    }

    /**
     * After the application was killed outright (kill -9, a power cut of the JVM alone), its PostgreSQL child
     * lives on, holding the data directory, and a restart could not start a server there. Such an orphan —
     * the postmaster named in postmaster.pid, no longer a child of a running Java process — is shut down fast
     * (SIGINT: roll back open transactions, keep everything committed) before the new start.
     */
    private static void stopOrphanedServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        } catch (RuntimeException e) {
            return; // not a pid file we understand: let PostgreSQL judge it
        }
        var server = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (server.isEmpty()) {
            return; // a stale file: PostgreSQL removes it itself
        }
        boolean ownedByLiveJava = server.get().parent().filter(ProcessHandle::isAlive)
                .flatMap(p -> p.info().command()).map(c -> c.endsWith("java")).orElse(false);
        if (ownedByLiveJava) {
            throw new IllegalStateException("The data directory " + dataDir + " is in use by PostgreSQL (pid " + pid
                    + ") of another running application; give this one its own EGOV_DATA_DIR.");
        }
        log.warn("Stopping the orphaned embedded PostgreSQL (pid {}) left by a previous run that did not shut down", pid);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            server.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the orphaned PostgreSQL (pid " + pid + ") in " + dataDir, e);
        }
    }

    /** Pool settings ({@code spring.datasource.hikari.*}, e.g. connection-timeout) apply to the embedded database too. */
    @Bean(destroyMethod = "close")
    @org.springframework.boot.context.properties.ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(20);
        ds.setPoolName("egov-embedded");
        return ds;
    }
}

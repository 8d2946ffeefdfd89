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

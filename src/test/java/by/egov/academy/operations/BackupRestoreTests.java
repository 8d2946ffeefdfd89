package by.egov.academy.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import by.egov.academy.EgovAcademyApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * ops/backup.sh and ops/restore.sh round trip: the demo data plus some writes and an uploaded file, dumped,
 * restored into a new database and directory, then every table's row count and checksum compared. On the external
 * server when EGOV_TEST_EXTERNAL_DB_URL is set (as .ci/run does), else on an embedded PostgreSQL of the version the
 * application bundles — the default install's own case; needs pg_dump/pg_restore of the server's major version.
 */
class BackupRestoreTests {

    static String URL = System.getenv("EGOV_TEST_EXTERNAL_DB_URL");
    static io.zonky.test.db.postgres.embedded.EmbeddedPostgres embedded;

    @org.junit.jupiter.api.BeforeAll
    static void server() throws Exception {
        if (URL == null || URL.isBlank()) {
            embedded = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setServerConfig("synchronous_commit", "on").start();
            URL = embedded.getJdbcUrl("postgres", "postgres");
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void stop() throws Exception {
        if (embedded != null) {
            embedded.close();
            embedded = null;
            URL = System.getenv("EGOV_TEST_EXTERNAL_DB_URL");
        }
    }
    static final String USER = System.getenv().getOrDefault("EGOV_TEST_EXTERNAL_DB_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("EGOV_TEST_EXTERNAL_DB_PASSWORD", "");

    @TempDir
    Path dir;

    private static String jdbcUrl(String database) {
        return URL.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    }

    private static String libpqUrl(String database) {
        // jdbc:postgresql://host:port/db -> postgresql://user@host:port/db
        return jdbcUrl(database).replaceFirst("^jdbc:postgresql://", "postgresql://" + USER + "@");
    }

    private static void admin(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            c.createStatement().execute(sql);
        }
    }

    /** Row count and md5 of the sorted rows of every table of the public schema. */
    private static Map<String, String> fingerprint(String database) throws Exception {
        SingleConnectionDataSource ds = new SingleConnectionDataSource(jdbcUrl(database), USER, PASSWORD, true);
        try {
            JdbcClient jdbc = JdbcClient.create(ds);
            List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = 'public' order by tablename")
                    .query(String.class).list();
            Map<String, String> result = new LinkedHashMap<>();
            for (String t : tables) {
                result.put(t, jdbc.sql("select count(*) || ' rows, md5 ' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '-') from "
                        + t + " t").query(String.class).single());
            }
            return result;
        } finally {
            ds.destroy();
        }
    }

    private int run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("ops-" + command[0].replace('/', '-') + ".log").toFile());
        pb.environment().remove("SPRING_DATASOURCE_URL");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command) + " finished").isTrue();
        System.out.println(Files.readString(dir.resolve("ops-" + command[0].replace('/', '-') + ".log")));
        return p.exitValue();
    }

    private static String serverMajorTool(String tool) throws Exception {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            var rs = c.createStatement().executeQuery("show server_version_num");
            rs.next();
            int major = Integer.parseInt(rs.getString(1)) / 10000;
            Path p = Path.of("/usr/lib/postgresql/" + major + "/bin/" + tool);
            return Files.isExecutable(p) ? p.toString() : null;
        }
    }

    @Test
    void aBackupRestoresIntoANewDatabaseRowForRow() throws Exception {
        assumeTrue(URL != null && !URL.isBlank(), "EGOV_TEST_EXTERNAL_DB_URL not set: no external PostgreSQL to back up");
        assumeTrue(serverMajorTool("pg_dump") != null && serverMajorTool("pg_restore") != null,
                "pg_dump/pg_restore of the external server's major version not installed");
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String source = "egov_backup_src_" + suffix;
        String target = "egov_backup_dst_" + suffix;
        Path files = dir.resolve("files");
        admin("create database " + source);
        admin("create database " + target);
        try {
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EgovAcademyApplication.class).run(
                    "--server.port=0", "--spring.datasource.url=" + jdbcUrl(source), "--spring.datasource.username=" + USER,
                    "--spring.datasource.password=" + PASSWORD, "--egov.storage.dir=" + files,
                    "--egov.admin.password=backup-pass-1", "--egov.demo.enabled=true", "--egov.demo.password=backup-demo-1",
                    "--spring.mail.port=1")) {
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                jdbc.sql("insert into organisation (name_ru, category, territory_id) "
                        + "select 'Сохранённая в копии «кавычки» и ''апостроф''', 'OTHER', id from territory where code = 'BY-HM'").update();
                jdbc.sql("update official set position = position || ' (изменено)' where id = (select min(id) from official)").update();
                jdbc.sql("""
                        insert into outbox_message (cause_key, message_id, recipient, subject, text_body, html_body, state)
                        values ('backup-test', '<backup-test@egov>', 'a@t.by', 'Тема', 'текст', '<p>html</p>', 'SENT')
                        """).update();
            }
            Files.createDirectories(files.resolve("materials/1"));
            Files.write(files.resolve("materials/1/talk.pdf"), new byte[]{'%', 'P', 'D', 'F', 1, 2, 3});
            Map<String, String> before = fingerprint(source);
            assertThat(before).containsKeys("organisation", "official", "seminar", "invitation", "outbox_message", "flyway_schema_history");
            assertThat(before.get("territory")).startsWith("1").doesNotStartWith("0 rows");

            Path backups = dir.resolve("backups");
            assertThat(run(Map.of("EGOV_BACKUP_DB_URL", libpqUrl(source), "PGPASSWORD", PASSWORD, "EGOV_STORAGE_DIR", files.toString()),
                    "ops/backup.sh", backups.toString())).as("backup exit code").isZero();
            Path backup;
            try (var list = Files.list(backups)) {
                backup = list.filter(p -> p.getFileName().toString().startsWith("egov-")).findFirst().orElseThrow();
            }
            assertThat(backup.resolve("database.dump")).exists();
            assertThat(Files.readString(backup.resolve("manifest.txt"))).contains("pg_dump", "database.dump", "files.tar.gz");

            Path restoredFiles = dir.resolve("restored-files");
            Map<String, String> env = Map.of("EGOV_BACKUP_DB_URL", libpqUrl(target), "PGPASSWORD", PASSWORD,
                    "EGOV_STORAGE_DIR", restoredFiles.toString());
            assertThat(run(env, "ops/restore.sh", backup.toString())).as("restore exit code").isZero();
            assertThat(fingerprint(target)).isEqualTo(before);
            assertThat(Files.readAllBytes(restoredFiles.resolve("materials/1/talk.pdf")))
                    .isEqualTo(Files.readAllBytes(files.resolve("materials/1/talk.pdf")));
            // a second restore over the restored database is refused, not merged
            assertThat(run(env, "ops/restore.sh", backup.toString())).as("restore into a non-empty database").isNotZero();
        } finally {
            admin("drop database if exists " + source + " with (force)");
            admin("drop database if exists " + target + " with (force)");
        }
    }
}

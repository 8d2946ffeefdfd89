package by.egov.academy.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import by.egov.academy.EgovAcademyApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The default start keeps its data: a second start on the same directory finds what the first wrote. */
class EmbeddedRestartTests {

    @TempDir
    Path dir;

    private ConfigurableApplicationContext start(Path dataDir) {
        // command-line arguments, as a person would pass them, outrank application.properties
        return new SpringApplicationBuilder(EgovAcademyApplication.class)
                .run("--server.port=0", "--egov.database.data-dir=" + dataDir, "--egov.admin.password=restart-pass-1",
                        "--egov.demo.enabled=false");
    }

    @Test
    void secondStartReusesTheDataAndStopsCleanly() throws Exception {
        Path data = dir.resolve("postgres");
        try (ConfigurableApplicationContext first = start(data)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            jdbc.sql("insert into organisation (name_ru, category, territory_id) "
                    + "select 'Пережившая перезапуск', 'OTHER', id from territory where code = 'BY-HM'").update();
        }
        assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
        assertThat(Files.exists(data.resolve("postmaster.pid"))).as("server stopped with the application").isFalse();
        try (ConfigurableApplicationContext second = start(data)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from organisation where name_ru = 'Пережившая перезапуск'")
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from account where username = 'admin'").query(Long.class).single())
                    .isEqualTo(1);
        }
    }
}

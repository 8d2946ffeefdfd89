package by.egov.academy.platform;

import by.egov.academy.support.TestData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The same build on an external PostgreSQL server (Debian's, started by .ci/run): migrations, reference
 * data, health and the API, and no embedded server started. Runs when EGOV_TEST_EXTERNAL_DB_URL is set.
 */
@EnabledIfEnvironmentVariable(named = "EGOV_TEST_EXTERNAL_DB_URL", matches = ".+")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ExternalPostgresTests {

    @DynamicPropertySource
    static void external(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("EGOV_TEST_EXTERNAL_DB_URL"));
        registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("EGOV_TEST_EXTERNAL_DB_USER", "postgres"));
        registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("EGOV_TEST_EXTERNAL_DB_PASSWORD", ""));
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void runsOnTheExternalServerWithoutStartingAnEmbeddedOne() throws Exception {
        assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
        String url = jdbc.sql("select current_setting('port')").query(String.class).single();
        assertThat(System.getenv("EGOV_TEST_EXTERNAL_DB_URL")).contains(":" + url + "/");
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
                .isGreaterThanOrEqualTo(5);
        assertThat(jdbc.sql("select count(*) from territory where level = 'DISTRICT'").query(Long.class).single())
                .isEqualTo(118);
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/api/v1/territories").param("level", "DISTRICT")
                        .param("parent", "" + TestData.territory(jdbc, "BY-HR")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(17)));
    }
}

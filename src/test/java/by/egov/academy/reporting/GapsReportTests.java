package by.egov.academy.reporting;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Gaps on the hand-made Mogilev data set ({@link ReportingFixture}): exact figures, drill-down, access, exports. */
@IntegrationTest
class GapsReportTests extends ReportingTestBase {

    final int thisYear = Year.now().getValue();

    private JsonNode gaps(String query) throws Exception {
        String body = mvc.perform(get("/api/v1/reports/gaps?" + query).session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }

    private static JsonNode cell(JsonNode report, String code) {
        for (JsonNode c : report.get("regions").get(0).get("competences")) {
            if (c.get("code").asString().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no " + code);
    }

    @Test
    void figuresOfOneOblastAreExact() throws Exception {
        JsonNode report = gaps("oblast=" + f.mogilev);
        assertThat(report.get("regions")).hasSize(1);
        JsonNode region = report.get("regions").get(0);
        assertThat(region.get("targets").asInt()).as("o1–o4: heads and deputies of executive committees").isEqualTo(4);
        JsonNode a21 = cell(report, "A2.1");
        assertThat(a21.get("withEvidence").asInt()).isEqualTo(2);
        assertThat(a21.get("percent").asInt()).isEqualTo(50);
        assertThat(a21.get("averageLevel").asDouble()).as("o1's latest 4 and o3's 2; o5 is no target").isEqualTo(3.0);
        assertThat(a21.get("selfAssessed").asInt()).isEqualTo(2);
        JsonNode trend = a21.get("trend");
        assertThat(trend.get(0).get("year").asInt()).isEqualTo(2016);
        assertThat(trend.get(0).get("percent").asInt()).isZero();
        assertThat(trend.get(1).get("percent").asInt()).as("2017: o1").isEqualTo(25);
        assertThat(trend.get(2).get("percent").asInt()).as("2018: o1, o2").isEqualTo(50);
        assertThat(trend.get(trend.size() - 1).get("year").asInt()).isEqualTo(thisYear);
        assertThat(cell(report, "A1.1").get("percent").asInt()).isEqualTo(25);
        assertThat(cell(report, "A3.1").get("withEvidence").asInt()).as("a cancelled seminar is no evidence").isZero();
        assertThat(cell(report, "A3.1").get("averageLevel").isNull()).isTrue();

        JsonNode until2017 = gaps("oblast=" + f.mogilev + "&from=2017&to=2017");
        assertThat(cell(until2017, "A2.1").get("withEvidence").asInt()).isEqualTo(1);
        assertThat(cell(until2017, "A2.1").get("averageLevel").asDouble()).as("o1's 3 of 2017 and o3's 2").isEqualTo(2.5);

        JsonNode all = gaps("");
        assertThat(all.get("regions")).hasSize(7);
    }

    @Test
    void aNewAttendanceShowsInTheNextReport() throws Exception {
        jdbc.sql("update invitation set attended_at = timestamp '2017-05-10 10:30' where id = :i").param("i", f.invitationO3S1).update();
        try {
            assertThat(cell(gaps("oblast=" + f.mogilev), "A2.1").get("percent").asInt()).isEqualTo(75);
        } finally {
            jdbc.sql("update invitation set attended_at = null where id = :i").param("i", f.invitationO3S1).update();
        }
        assertThat(cell(gaps("oblast=" + f.mogilev), "A2.1").get("percent").asInt()).isEqualTo(50);
    }

    @Test
    void drillDownListsTheTargetOfficialsWithoutEvidence() throws Exception {
        String body = mvc.perform(get("/api/v1/reports/gaps/officials").param("oblast", "" + f.mogilev)
                        .param("competence", "A2.1").session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode list = JSON.readTree(body);
        assertThat(list.get("count").asInt()).isEqualTo(2);
        assertThat(list.get("officials").get(0).get("fullName").asString()).isEqualTo("Васильев Глеб");
        assertThat(list.get("officials").get(0).get("lastAttended").isNull()).as("S3 was cancelled").isTrue();
        assertThat(list.get("officials").get(1).get("fullName").asString()).isEqualTo("Григорьева Дарья");

        String page = mvc.perform(get("/reports/gaps/officials").param("oblast", "" + f.mogilev).param("competence", "A2.1")
                .session(admin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Васильев Глеб", "Григорьева Дарья").doesNotContain("Аристов Андрей", "Егорова Жанна");
    }

    @Test
    void coordinatorsSeeEveryRegionsFiguresButOnlyTheirOwnOfficials() throws Exception {
        MockHttpSession grodno = Sessions.demo(mvc, "grodno");
        mvc.perform(get("/api/v1/reports/gaps").param("oblast", "" + f.mogilev).session(grodno)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports/gaps/officials").param("oblast", "" + f.mogilev).param("competence", "A2.1")
                .session(grodno)).andExpect(status().isForbidden());
        mvc.perform(get("/reports/gaps/officials").param("oblast", "" + f.mogilev).param("competence", "A2.1")
                .session(grodno)).andExpect(status().isForbidden());
        mvc.perform(get("/reports/gaps/officials/export.xlsx").param("oblast", "" + f.mogilev).param("competence", "A2.1")
                .session(grodno)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/gaps/officials").param("oblast", "" + f.mogilev).param("competence", "A2.1")
                .session(Sessions.demo(mvc, "lida"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/gaps")).andExpect(status().isUnauthorized());
        // the page shows the drill-down links of the coordinator's own region only
        String page = mvc.perform(get("/reports/gaps").session(grodno)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("oblast=" + jdbc.sql("select id from territory where code = 'BY-HR'").query(Long.class).single()
                + "&amp;competence=").doesNotContain("oblast=" + f.mogilev + "&amp;competence=");
    }

    @Test
    void impossibleFiltersAndUnknownIdsAreRefusedWithAMessage() throws Exception {
        record Bad(String query, int status, String says) {
        }
        long lida = jdbc.sql("select id from territory where code = 'BY-HR-LIDA'").query(Long.class).single();
        for (Bad b : List.of(new Bad("oblast=999999999", 404, "Регион 999999999 не найден"),
                new Bad("oblast=" + lida, 400, "не область"),
                new Bad("oblast=abc", 400, "oblast"),
                new Bad("oblast=9223372036854775808", 400, "oblast"),
                new Bad("from=2010", 400, "с 2016 по " + thisYear),
                new Bad("to=3000", 400, "с 2016 по " + thisYear),
                new Bad("from=2019&to=2017", 400, "позже"),
                new Bad("from=%00", 400, "from"))) {
            var api = mvc.perform(get("/api/v1/reports/gaps?" + b.query()).session(admin)).andReturn().getResponse();
            assertThat(api.getStatus()).as(b.query()).isEqualTo(b.status());
            assertThat(api.getContentAsString(StandardCharsets.UTF_8)).as(b.query()).contains(b.says());
            var page = mvc.perform(get("/reports/gaps?" + b.query()).session(admin)).andReturn().getResponse();
            assertThat(page.getStatus()).as("page " + b.query()).isEqualTo(b.status());
            var export = mvc.perform(get("/reports/gaps/export.csv?" + b.query()).session(admin)).andReturn().getResponse();
            assertThat(export.getStatus()).as("export " + b.query()).isEqualTo(b.status());
        }
        var unknown = mvc.perform(get("/api/v1/reports/gaps/officials").param("oblast", "" + f.mogilev).param("competence", "Z9.9")
                .session(admin)).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString(StandardCharsets.UTF_8)).contains("Z9.9");
        mvc.perform(get("/api/v1/reports/gaps/officials").param("oblast", "" + f.mogilev).session(admin))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/reports/gaps/officials").param("oblast", "x").param("competence", "A2.1").session(admin))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/reports/gaps/export.pdf").session(admin)).andExpect(status().isNotFound());
    }

    @Test
    void exportsReadBack() throws Exception {
        byte[] xlsx = mvc.perform(get("/reports/gaps/export.xlsx").param("oblast", "" + f.mogilev).session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Регион");
            Row a21 = null;
            for (Row r : sheet) {
                if (r.getRowNum() > 0 && r.getCell(1).getStringCellValue().equals("A2.1")) {
                    a21 = r;
                }
            }
            assertThat(a21).isNotNull();
            assertThat(a21.getCell(0).getStringCellValue()).isEqualTo("Могилёвская область");
            assertThat(a21.getCell(3).getNumericCellValue()).isEqualTo(4);
            assertThat(a21.getCell(4).getNumericCellValue()).isEqualTo(2);
            assertThat(a21.getCell(5).getNumericCellValue()).isEqualTo(50);
            assertThat(a21.getCell(6).getNumericCellValue()).isEqualTo(3.0);
            assertThat(a21.getCell(9).getNumericCellValue()).as("share at the end of 2017").isEqualTo(25);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(1 + 14);
        }
        String csv = mvc.perform(get("/reports/gaps/officials/export.csv").param("oblast", "" + f.mogilev)
                        .param("competence", "A2.1").param("lang", "en").session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(csv.replace("\uFEFF", ""))).getRecords();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get(0)).isEqualTo("Full name");
        assertThat(rows.get(1).get(0)).isEqualTo("Васильев Глеб");
        assertThat(rows.get(1).get(4)).isEqualTo("never");
    }
}

package by.egov.academy.reporting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The planner and the seminar report on the hand-made Mogilev data set ({@link ReportingFixture}). */
@IntegrationTest
class PlannerTests extends ReportingTestBase {
    private JsonNode proposal(String lang) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/v1/reports/planner").param("seminar", "" + f.p).param("lang", lang)
                        .header("Accept-Language", lang).session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> codes(JsonNode proposal) {
        List<String> codes = new ArrayList<>();
        proposal.get("topics").forEach(t -> codes.add(t.get("code").asString()));
        return codes;
    }

    @Test
    void proposesTheLargestGapsWeightedByDemandAndExplainsEach() throws Exception {
        JsonNode p = proposal("ru");
        // A3.3: gap 1 × (1 + 3/3) = 2; A6.2: 1 × (1 + 1/3); then gap 1 unasked in framework order, within 10% of the third
        assertThat(codes(p)).containsExactly("A3.3", "A6.2", "A1.2", "A1.3", "A2.2");
        JsonNode a33 = p.get("topics").get(0);
        assertThat(a33.get("asked").asInt()).isEqualTo(3);
        assertThat(a33.get("explanation").asString()).isEqualTo("Управление цифровыми проектами и закупками: доказательства "
                + "есть у 0\u00a0% руководителей и их заместителей, запросили 3 респондента");
        assertThat(p.get("topics").get(1).get("explanation").asString()).endsWith("запросил 1 респондент");
        assertThat(p.get("topics").get(2).get("explanation").asString()).endsWith("в анкетах не запрашивали");
        assertThat(a33.get("experts").get(0).get("name").asString()).isEqualTo("Экспертова Ева");
        assertThat(a33.get("experts").get(0).get("rating").asDouble()).isEqualTo(4.5);
        assertThat(a33.get("experts").get(1).get("name").asString()).isEqualTo("Экспертов Ефим");
        assertThat(a33.get("organisations").get(0).get("name").asString()).startsWith("Партнёр Е2");
        // never attended first (o3: only a cancelled seminar; o4: invited, absent), then o1 (2017), then o2 (2018)
        List<String> invitees = new ArrayList<>();
        p.get("invitees").forEach(i -> invitees.add(i.get("fullName").asString()));
        assertThat(invitees).containsExactly("Васильев Глеб", "Григорьева Дарья", "Аристов Андрей", "Борисова Вера");

        String csv = mvc.perform(get("/reports/planner/export.csv").param("seminar", "" + f.p).session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new java.io.StringReader(csv.replace("\uFEFF", ""))).getRecords();
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1).get(1)).isEqualTo("Васильев Глеб");
        assertThat(rows.get(1).get(5)).isEqualTo("никогда");
        assertThat(rows.get(3).get(5)).isEqualTo("2017-05-10");
        byte[] xlsx = mvc.perform(get("/reports/planner/export.xlsx").param("seminar", "" + f.p).session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(4).getCell(1).getStringCellValue()).isEqualTo("Борисова Вера");
            assertThat(wb.getSheetAt(0).getRow(4).getCell(0).getNumericCellValue()).isEqualTo(4);
        }

        assertThat(proposal("be").get("topics").get(0).get("explanation").asString())
                .isEqualTo("Кіраванне лічбавымі праектамі і закупкамі: доказы ёсць у 0\u00a0% кіраўнікоў і іх намеснікаў, папрасілі 3 рэспандэнты");
        assertThat(proposal("en").get("topics").get(1).get("explanation").asString()).endsWith("asked for by 1 respondent");
    }

    @Test
    void applyingTwiceAddsTheTalksToBeAndTheRuleOnce() throws Exception {
        String first = mvc.perform(post("/api/v1/reports/planner").param("seminar", "" + f.p).session(admin).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JSON.readTree(first).get("talksAdded").asInt()).isEqualTo(5);
        assertThat(JSON.readTree(first).get("ruleAdded").asBoolean()).isTrue();
        mvc.perform(post("/reports/planner/apply").param("seminar", "" + f.p).session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from talk where seminar_id = :s and illustrative").param("s", f.p)
                .query(Integer.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("""
                        select string_agg(c.code, ',' order by t.starts_at) from talk t join talk_competence tc on tc.talk_id = t.id
                        join competence c on c.id = tc.competence_id where t.seminar_id = :s
                        """).param("s", f.p).query(String.class).single()).isEqualTo("A3.3,A6.2,A1.2,A1.3,A2.2");
        assertThat(jdbc.sql("select count(*) from audience_rule where seminar_id = :s and scope = 'HOST_REGION' "
                        + "and positions = 'HEADS_AND_DEPUTIES'").param("s", f.p).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audience_rule where seminar_id = :s").param("s", f.p).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        select e.full_name from talk t join talk_speaker ts on ts.talk_id = t.id join expert e on e.id = ts.expert_id
                        where t.seminar_id = :s
                        """).param("s", f.p).query(String.class).list())
                // the demo survey rates the demo experts' talks too, so they may be best for other proposed competences
                .contains("Экспертова Ева").doesNotHaveDuplicates();
        assertThat(jdbc.sql("""
                        select count(*) from talk t join talk_speaker ts on ts.talk_id = t.id
                        where t.seminar_id = :s group by t.id having count(*) > 1
                        """).param("s", f.p).query(Integer.class).list()).as("one speaker per talk-to-be").isEmpty();
        // the undated seminar's talks-to-be sit on its planned month's first day, and follow it to its date
        assertThat(jdbc.sql("select min(starts_at at time zone 'Europe/Minsk') from talk where seminar_id = :s")
                .param("s", f.p).query(String.class).single()).startsWith("2031-10-01 10:00");
        mvc.perform(put("/api/v1/seminars/{id}", f.p).session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"hostTerritoryId":%d,"titleRu":"Могилёвский семинар","plannedMonth":"2031-10","start":"2031-10-15T11:00","end":"2031-10-15T16:00"}
                        """.formatted(f.mogilev))).andExpect(status().is2xxSuccessful());
        assertThat(jdbc.sql("select min(starts_at at time zone 'Europe/Minsk') from talk where seminar_id = :s")
                .param("s", f.p).query(String.class).single()).startsWith("2031-10-15 11:00");
        // the seminar page shows them to its organisers
        String page = mvc.perform(get("/manage/seminars/{id}", f.p).session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Управление цифровыми проектами и закупками", "/reports/planner?seminar=" + f.p);
    }

    @Test
    void anotherRegionsCoordinatorAndBadIdsAreRefused() throws Exception {
        MockHttpSession grodno = Sessions.demo(mvc, "grodno");
        mvc.perform(get("/api/v1/reports/planner").param("seminar", "" + f.p).session(grodno)).andExpect(status().isForbidden());
        mvc.perform(get("/reports/planner").param("seminar", "" + f.p).session(grodno)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reports/planner").param("seminar", "" + f.p).session(grodno).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/manage/seminars/{id}/report.pdf", f.s1).session(grodno)).andExpect(status().isForbidden());
        var unknown = mvc.perform(get("/api/v1/reports/planner").param("seminar", "999999999").session(admin)).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString(StandardCharsets.UTF_8)).contains("999999999");
        var held = mvc.perform(get("/api/v1/reports/planner").param("seminar", "" + f.s1).session(admin)).andReturn().getResponse();
        assertThat(held.getStatus()).isEqualTo(409);
        assertThat(held.getContentAsString(StandardCharsets.UTF_8)).contains("запланированных и объявленных");
        mvc.perform(get("/api/v1/reports/planner").param("seminar", "abc").session(admin)).andExpect(status().isBadRequest());
        mvc.perform(get("/reports/planner").param("seminar", "1e309").session(admin)).andExpect(status().isBadRequest());
        mvc.perform(get("/reports/planner").session(admin)).andExpect(status().isBadRequest());
    }

    @Test
    void theSeminarReportPdfReadsBack() throws Exception {
        byte[] pdf = mvc.perform(get("/manage/seminars/{id}/report.pdf", f.s1).session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Отчёт о семинаре", "Программа", "Доклад о данных A2.1 A1.1",
                    "Приглашено: 5; очно: 3; на районных площадках: 0", "Районных площадок нет.",
                    "Ответов: 4", "Вопрос TALK — ответов: 1; средняя оценка: 5,00",
                    "Вопрос SELF_LEVEL — ответов: 3; уровень до 1,33, после 2,00",
                    "A1.1 Стратегия цифровой трансформации региона", "A2.1 Решения на основе данных");
        }
        byte[] noSurvey = mvc.perform(get("/manage/seminars/{id}/report.pdf", f.s2).param("lang", "be").session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(noSurvey)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Справаздача пра семінар", "Анкеты няма.", "асабіста: 0; на раённых пляцоўках: 1",
                    "адзначана ўдзельнікаў: 1");
        }
    }
}

package by.egov.academy.reporting;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Coverage on a small hand-made programme of its own (two seminars in Vitebsk oblast, three utilities in one
 * district), so every figure is known exactly; filters, refusals, the coordinator's scope, exports read back and
 * attendance that shows in the very next report.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoverageReportTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    MockHttpSession admin;
    long vitebsk, district, brest, grodno, programme, cycle1, cycle2, s1, s2, site1, site2, orgA, orgB, orgC, c1, talk;
    final List<Long> officials = new ArrayList<>();
    final List<Long> orgs = new ArrayList<>();
    String districtName;

    @BeforeAll
    void fixture() throws Exception {
        admin = Sessions.admin(mvc);
        vitebsk = TestData.territory(jdbc, "BY-VI");
        brest = TestData.territory(jdbc, "BY-BR");
        grodno = TestData.territory(jdbc, "BY-HR");
        district = jdbc.sql("select id from territory where level = 'DISTRICT' and region_id = :r order by sort_order, id limit 1")
                .param("r", vitebsk).query(Long.class).single();
        districtName = jdbc.sql("select name_ru from territory where id = :id").param("id", district).query(String.class).single();
        programme = id("insert into programme (title_ru, start_year) values ('Тестовая программа охвата', 2016) returning id");
        cycle1 = id("insert into cycle (programme_id, title_ru) values (" + programme + ", 'Цикл 2027') returning id");
        cycle2 = id("insert into cycle (programme_id, title_ru) values (" + programme + ", 'Цикл 2028') returning id");
        s1 = seminar(cycle1, "2027-05-10");
        s2 = seminar(cycle2, "2028-05-10");
        site1 = id("insert into remote_site (seminar_id, territory_id) values (" + s1 + ", " + district + ") returning id");
        site2 = id("insert into remote_site (seminar_id, territory_id) values (" + s2 + ", " + district + ") returning id");
        orgA = org("HOUSING_UTILITIES", "Охват ЖКХ А");
        orgB = org("HOUSING_UTILITIES", "Охват ЖКХ Б");
        orgC = org("HOUSING_UTILITIES", "Охват ЖКХ В");
        long a1 = official(orgA);
        long a2 = official(orgA);
        long b1 = official(orgB);
        c1 = official(orgC);
        invite(s1, a1, "ACCEPTED_IN_PERSON", null, true);
        invite(s1, a2, "ACCEPTED_REMOTE", site1, true);
        invite(s1, b1, "SENT", null, false);
        invite(s2, b1, "ACCEPTED_REMOTE", site2, true);
        invite(s2, c1, "CREATED", null, false); // a draft: not counted as invited
        talk = id("""
                insert into talk (seminar_id, kind, title_ru, starts_at, ends_at)
                values (%d, 'TALK', 'Доклад', '2028-05-10 10:00+03', '2028-05-10 10:30+03') returning id""".formatted(s2));
    }

    @AfterAll
    void cleanUp() {
        jdbc.sql("delete from seminar where programme_id = :p").param("p", programme).update();
        jdbc.sql("delete from cycle where programme_id = :p").param("p", programme).update();
        jdbc.sql("delete from programme where id = :p").param("p", programme).update();
        officials.forEach(o -> jdbc.sql("delete from official where id = :id").param("id", o).update());
        orgs.forEach(o -> jdbc.sql("delete from organisation where id = :id").param("id", o).update());
    }

    // ---- figures

    @Test
    void figuresOfTheHandMadeProgrammeAreExact() throws Exception {
        JsonNode report = api("?programme=" + programme + "&category=HOUSING_UTILITIES");
        assertThat(report.get("seminars").asLong()).isEqualTo(2);
        JsonNode d = row(report.get("districts"), district);
        assertThat(figures(d)).containsExactly(3L, 2L, 4L, 1L, 2L);
        assertThat(d.get("reachedPercent").asDouble()).isEqualTo(66.7);
        JsonNode oblast = row(report.get("oblasts"), vitebsk);
        assertThat(figures(oblast)).containsExactly(3L, 2L, 4L, 1L, 2L);
        // no utilities elsewhere: every other region is empty
        assertThat(report.get("oblasts").size()).isEqualTo(7);
        assertThat(figures(row(report.get("oblasts"), brest))).containsExactly(0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void filtersByYearsAndCycle() throws Exception {
        assertThat(figures(row(api("?programme=" + programme + "&category=HOUSING_UTILITIES&from=2027&to=2027")
                .get("districts"), district))).containsExactly(3L, 1L, 3L, 1L, 1L);
        assertThat(figures(row(api("?programme=" + programme + "&category=HOUSING_UTILITIES&from=2028")
                .get("districts"), district))).containsExactly(3L, 1L, 1L, 0L, 1L);
        assertThat(figures(row(api("?cycle=" + cycle2 + "&category=HOUSING_UTILITIES")
                .get("districts"), district))).containsExactly(3L, 1L, 1L, 0L, 1L);
        JsonNode empty = api("?programme=" + programme + "&from=2031&to=2031");
        assertThat(empty.get("seminars").asLong()).isZero();
    }

    @Test
    void districtCommitteesShareCountsTheDistrictsExecutiveCommittee() throws Exception {
        JsonNode report = api("?programme=" + programme);
        JsonNode d = row(report.get("districts"), district);
        // the district executive committee of the district exists from the reference data and sent nobody
        assertThat(d.get("districtCommittees").asLong()).isEqualTo(1);
        assertThat(d.get("districtCommitteesReached").asLong()).isZero();
        long committees = jdbc.sql("""
                select count(*) from organisation o join territory t on t.id = o.territory_id
                where o.category = 'DISTRICT_EXECUTIVE_COMMITTEE' and t.region_id = :r""").param("r", vitebsk)
                .query(Long.class).single();
        assertThat(row(report.get("oblasts"), vitebsk).get("districtCommittees").asLong()).isEqualTo(committees);
    }

    @Test
    void neverReachedOrganisationsAreListed() throws Exception {
        JsonNode report = api("?programme=" + programme + "&category=HOUSING_UTILITIES&oblast=" + vitebsk);
        List<Long> unreached = new ArrayList<>();
        report.get("unreached").forEach(o -> unreached.add(o.get("id").asLong()));
        assertThat(unreached).contains(orgC).doesNotContain(orgA, orgB);
        // every district shown is the oblast's
        report.get("districts").forEach(d -> assertThat(d.get("oblastId").asLong()).isEqualTo(vitebsk));
    }

    @Test
    void aNewAttendanceShowsInTheNextReport() throws Exception {
        long org = org("OTHER", "Охват отдел");
        long person = official(org);
        long invitation = invite(s2, person, "SENT", null, false);
        jdbc.sql("insert into talk_competence (talk_id, competence_id, target_level) values (:t, :c, 2)")
                .param("t", talk).param("c", TestData.currentCompetence(jdbc)).update();
        String query = "?programme=" + programme + "&category=OTHER";
        List<Long> before = figures(row(api(query).get("districts"), district));

        jdbc.sql("update invitation set state = 'ACCEPTED_REMOTE', remote_site_id = :site, attended_at = now() where id = :id")
                .param("site", site2).param("id", invitation).update();
        List<Long> after = figures(row(api(query).get("districts"), district));
        assertThat(after.get(1)).isEqualTo(before.get(1) + 1); // reached
        assertThat(after.get(2)).isEqualTo(before.get(2));     // invited: already counted
        assertThat(after.get(4)).isEqualTo(before.get(4) + 1); // remotely
        assertThat(evidence(invitation)).containsExactly(TestData.currentCompetence(jdbc));
        assertThat(jdbc.sql("select in_person from competence_evidence where invitation_id = :i").param("i", invitation)
                .query(Boolean.class).single()).isFalse();

        // the talk loses its tag: the evidence goes; attendance withdrawn: the figures go back
        jdbc.sql("delete from talk_competence where talk_id = :t").param("t", talk).update();
        assertThat(evidence(invitation)).isEmpty();
        jdbc.sql("update invitation set attended_at = null where id = :id").param("id", invitation).update();
        assertThat(figures(row(api(query).get("districts"), district))).isEqualTo(before);
    }

    @Test
    void anOfficialMovingTakesTheFiguresAlong() throws Exception {
        long from = org("OTHER", "Охват откуда");
        long to = org("OTHER", "Охват куда");
        long person = official(from);
        invite(s1, person, "ACCEPTED_IN_PERSON", null, true);
        jdbc.sql("update official set organisation_id = :o where id = :id").param("o", to).param("id", person).update();
        assertThat(jdbc.sql("select attended_in_person from coverage_org_seminar where seminar_id = :s and organisation_id = :o")
                .param("s", s1).param("o", to).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select attended_in_person from coverage_org_seminar where seminar_id = :s and organisation_id = :o")
                .param("s", s1).param("o", from).query(Integer.class).single()).isZero();
    }

    @Test
    void concurrentCheckInsAddUp() throws Exception {
        // as two nodes checking people in at once would: 24 attendances of one organisation, 8 at a time
        long org = org("OTHER", "Охват параллельно");
        List<Long> invitations = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            invitations.add(invite(s1, official(org), "SENT", null, false));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < invitations.size(); i++) {
                long id = invitations.get(i);
                String sql = i % 2 == 0
                        ? "update invitation set attended_at = now(), state = 'ACCEPTED_IN_PERSON' where id = :id"
                        : "update invitation set attended_at = now(), state = 'ACCEPTED_REMOTE', remote_site_id = " + site1
                          + " where id = :id";
                done.add(pool.submit(() -> jdbc.sql(sql).param("id", id).update()));
            }
            for (var f : done) {
                assertThat(f.get()).isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select invited || '/' || attended_in_person || '/' || attended_remote from coverage_org_seminar"
                        + " where seminar_id = :s and organisation_id = :o").param("s", s1).param("o", org)
                .query(String.class).single()).isEqualTo("24/12/12");
    }

    // ---- refusals

    @Test
    void impossibleFiltersAndUnknownIdsAreRefusedWithTheFieldNamed() throws Exception {
        refused("?from=abc", "from");
        refused("?from=2028&to=2027", "to");
        refused("?from=1800", "from");
        refused("?to=2999", "to");
        refused("?cycle=987654321", "cycle");
        refused("?programme=987654321", "programme");
        long other = id("insert into programme (title_ru, start_year) values ('Другая', 2016) returning id");
        try {
            refused("?programme=" + other + "&cycle=" + cycle1, "cycle");
        } finally {
            jdbc.sql("delete from programme where id = :id").param("id", other).update();
        }
        refused("?category=MINISTRY", "category");
        refused("?category=%3Cscript%3E", "category");
        refused("?oblast=" + district, "oblast");
        refused("?oblast=9999999999999999999999", "oblast");
        // pages too: a clear 400, not a report of zeros
        MvcResult page = mvc.perform(get("/reports/coverage?from=2028&to=2027").session(admin)).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(400);
        assertThat(page.getResponse().getContentAsString()).contains("2028");
        assertThat(mvc.perform(get("/reports/coverage?cycle=x").session(admin)).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/reports/coverage/oblasts/987654321").session(admin)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/reports/coverage/export.csv?table=bogus").session(admin)).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/reports/coverage/export.csv?table=unreached").session(admin)).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void aFilterThatSelectsNoSeminarSaysSo() throws Exception {
        String html = mvc.perform(get("/reports/coverage?programme=" + programme + "&from=2031&lang=en").session(admin))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("No seminar matches these filters");
    }

    // ---- who sees what

    @Test
    void aCoordinatorSeesEveryOblastsTotalsButOnlyOwnDistricts() throws Exception {
        MockHttpSession coordinator = Sessions.demo(mvc, "grodno");
        JsonNode report = JSON.readTree(mvc.perform(get("/api/v1/reports/coverage").session(coordinator))
                .andReturn().getResponse().getContentAsString());
        assertThat(report.get("oblasts").size()).isEqualTo(7);
        assertThat(report.get("districts").size()).isPositive();
        report.get("districts").forEach(d -> assertThat(d.get("oblastId").asLong()).isEqualTo(grodno));

        assertThat(status(get("/api/v1/reports/coverage?oblast=" + brest), coordinator)).isEqualTo(403);
        assertThat(status(get("/reports/coverage/oblasts/" + brest), coordinator)).isEqualTo(403);
        assertThat(status(get("/reports/coverage/export.xlsx?table=unreached&oblast=" + brest), coordinator)).isEqualTo(403);
        assertThat(status(get("/reports/coverage/oblasts/" + grodno), coordinator)).isEqualTo(200);
        assertThat(status(get("/reports/coverage"), Sessions.demo(mvc, "lida"))).isEqualTo(403);
        assertThat(status(get("/api/v1/reports/coverage"), Sessions.demo(mvc, "participant"))).isEqualTo(403);
    }

    // ---- exports and the page

    @Test
    void exportsReadBack() throws Exception {
        String q = "programme=" + programme + "&category=HOUSING_UTILITIES&oblast=" + vitebsk;
        byte[] xlsx = mvc.perform(get("/reports/coverage/export.xlsx?table=districts&" + q).session(admin))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Целевых организаций");
            Row d = null;
            for (Row r : sheet) {
                if (r.getCell(0).getStringCellValue().equals(districtName)) {
                    d = r;
                }
            }
            assertThat(d).isNotNull();
            assertThat(List.of(d.getCell(1).getNumericCellValue(), d.getCell(2).getNumericCellValue(),
                    d.getCell(4).getNumericCellValue(), d.getCell(5).getNumericCellValue(), d.getCell(6).getNumericCellValue()))
                    .containsExactly(3.0, 2.0, 4.0, 1.0, 2.0);
        }
        List<CSVRecord> unreached = csv("/reports/coverage/export.csv?table=unreached&" + q);
        assertThat(unreached.get(0).get(0)).isEqualTo("Организация");
        assertThat(unreached.stream().map(r -> r.get(0))).contains("Охват ЖКХ В").doesNotContain("Охват ЖКХ А");
        List<CSVRecord> oblasts = csv("/reports/coverage/export.csv?table=oblasts&programme=" + programme
                + "&category=HOUSING_UTILITIES&lang=en");
        assertThat(oblasts).hasSize(8);
        CSVRecord v = oblasts.stream().filter(r -> r.get(0).equals("Vitebsk Region")).findFirst().orElseThrow();
        assertThat(List.of(v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6))).containsExactly("3", "2", "66.7", "4", "1", "2");
    }

    @Test
    void thePageHasTheTableBeforeTheMapAndTheMapShowsEveryRegion() throws Exception {
        String html = mvc.perform(get("/reports/coverage/oblasts/" + vitebsk + "?programme=" + programme).session(admin))
                .andReturn().getResponse().getContentAsString();
        Document doc = Jsoup.parse(html);
        assertThat(html.indexOf("<table")).isLessThan(html.indexOf("<svg"));
        assertThat(doc.select("svg g.region")).hasSize(7);
        assertThat(doc.select("svg g.region title").first().text()).contains("организаций");
        assertThat(doc.select("script[src$=coverage-map.js]")).hasSize(1);
        assertThat(doc.select("[style]")).isEmpty();
        assertThat(doc.select("h2#unreached").text()).contains("Организации, ещё не охваченные");
        assertThat(doc.text()).contains("Охват ЖКХ В");
        for (String lang : List.of("be", "en")) {
            String other = mvc.perform(get("/reports/coverage?lang=" + lang).session(admin)).andReturn().getResponse()
                    .getContentAsString();
            assertThat(other).contains(lang.equals("be") ? "Ахоп праграмы" : "Programme coverage");
        }
    }

    // ---- helpers

    private List<CSVRecord> csv(String url) throws Exception {
        String text = new String(mvc.perform(get(url).session(admin)).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1))).getRecords();
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, MockHttpSession session)
            throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse().getStatus();
    }

    private void refused(String query, String field) throws Exception {
        MvcResult r = mvc.perform(get("/api/v1/reports/coverage" + query).session(admin)).andReturn();
        assertThat(r.getResponse().getStatus()).as(query).isEqualTo(400);
        JsonNode body = JSON.readTree(r.getResponse().getContentAsString());
        assertThat(body.get("errors").get(0).get("field").asString()).as(query).isEqualTo(field);
    }

    private JsonNode api(String query) throws Exception {
        MvcResult r = mvc.perform(get("/api/v1/reports/coverage" + query).session(admin)).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return JSON.readTree(r.getResponse().getContentAsString());
    }

    private static JsonNode row(JsonNode rows, long territoryId) {
        for (JsonNode r : rows) {
            if (r.get("territoryId").asLong() == territoryId) {
                return r;
            }
        }
        throw new AssertionError("no row for territory " + territoryId + " in " + rows);
    }

    /** target, reached, invited, in person, remotely */
    private static List<Long> figures(JsonNode r) {
        return List.of(r.get("targetOrganisations").asLong(), r.get("reachedOrganisations").asLong(),
                r.get("invited").asLong(), r.get("attendedInPerson").asLong(), r.get("attendedRemotely").asLong());
    }

    private List<Long> evidence(long invitation) {
        return jdbc.sql("select competence_id from competence_evidence where invitation_id = :i").param("i", invitation)
                .query(Long.class).list();
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long seminar(long cycle, String day) {
        return jdbc.sql("""
                insert into seminar (programme_id, cycle_id, ordinal, level, host_territory_id, title_ru, starts_at, ends_at, status)
                values (:p, :c, 1, 'REGIONAL', :h, 'Семинар охвата', cast(:d as date) + time '10:00', cast(:d as date) + time '14:00', 'HELD')
                returning id""").param("p", programme).param("c", cycle).param("h", vitebsk).param("d", day)
                .query(Long.class).single();
    }

    private long org(String category, String name) {
        long id = jdbc.sql("insert into organisation (name_ru, category, territory_id) values (:n, :c, :t) returning id")
                .param("n", name + " " + TestData.unique("")).param("c", category).param("t", district).query(Long.class).single();
        if (category.equals("HOUSING_UTILITIES")) {
            // the exact names the export test looks for
            jdbc.sql("update organisation set name_ru = :n where id = :id").param("n", name).param("id", id).update();
        }
        orgs.add(0, id);
        return id;
    }

    private long official(long org) {
        long id = TestData.official(jdbc, org, "Охватов Иван", TestData.unique("cov") + "@t.by");
        officials.add(0, id);
        return id;
    }

    private long invite(long seminar, long official, String state, Long site, boolean attended) {
        String hex = UUID.randomUUID().toString().replace("-", "");
        return jdbc.sql("""
                insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, state, source,
                                        remote_site_id, sent_at, attended_at)
                values (:s, :o, :n, :h, :code, :state, 'RULE', :site, case when :state <> 'CREATED' then now() end,
                        case when :att then now() end)
                returning id""").param("s", seminar).param("o", official).param("n", hex)
                .param("h", hex + hex).param("code", hex.substring(0, 8)).param("state", state).param("site", site)
                .param("att", attended).query(Long.class).single();
    }
}

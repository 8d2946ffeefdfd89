package by.egov.academy.competence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import by.egov.academy.participation.invitation.InvitationTokens;
import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CertificateBatchTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InvitationTokens tokens;

    private long attendee(long seminar, String name, String language) {
        long official = CompetenceFixtures.lidaOfficial(jdbc, name);
        jdbc.sql("update official set language = :l where id = :id").param("l", language).param("id", official).update();
        return CompetenceFixtures.invitation(jdbc, tokens, seminar, official, null, true);
    }

    private Map<String, Object> batch(long id) {
        return jdbc.sql("select state, total, made, skipped, failed from certificate_batch where id = :id").param("id", id)
                .query().singleRow();
    }

    private Map<String, Object> awaitDone(long batchId) {
        return org.awaitility.Awaitility.await("batch " + batchId + " done").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50)).until(() -> batch(batchId), row -> "DONE".equals(row.get("state")));
    }

    private long startBulk(MockHttpSession session, long seminar, String language) throws Exception {
        MvcResult r = mvc.perform(post("/manage/seminars/{id}/certificates/bulk", seminar).session(session).with(csrf())
                .param("language", language)).andExpect(status().is3xxRedirection()).andReturn();
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/manage/certificate-batches/");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String language(long invitation) {
        return jdbc.sql("select language from certificate where invitation_id = :i").param("i", invitation)
                .query(String.class).single();
    }

    @Test
    void bulkIssueMakesEachAttendeesCertificateOnceInTheirLanguageAndKeepsRevokedOnesRevoked() throws Exception {
        long seminar = CompetenceFixtures.heldSeminar(jdbc, TestData.unique("Массовый семинар "));
        long be = attendee(seminar, "Беларуская Ганна", "be");
        long en = attendee(seminar, "English Reader", "en");
        long ru = attendee(seminar, "Русский Иван", "ru");
        long revoked = attendee(seminar, "Отозванный Пётр", "ru");
        long absent = CompetenceFixtures.invitation(jdbc, tokens, seminar, CompetenceFixtures.lidaOfficial(jdbc, "Неявка Олег"),
                null, false);
        MockHttpSession admin = Sessions.admin(mvc);
        mvc.perform(post("/manage/seminars/{id}/certificates", seminar).session(admin).with(csrf())
                .param("invitationId", "" + revoked).param("language", "ru")).andExpect(status().is3xxRedirection());
        String revokedSerial = jdbc.sql("select serial from certificate where invitation_id = :i").param("i", revoked)
                .query(String.class).single();
        mvc.perform(post("/manage/certificates/{s}/revoke", revokedSerial).session(admin).with(csrf()).param("reason", "ошибка"))
                .andExpect(status().is3xxRedirection());

        MockHttpSession grodno = Sessions.demo(mvc, "grodno");
        String page = mvc.perform(get("/manage/seminars/{id}/certificates", seminar).session(grodno))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("form[action$=/certificates/bulk] button").text())
                .isEqualTo("Выдать сертификаты всем участникам");

        long batchId = startBulk(grodno, seminar, "");
        Map<String, Object> done = awaitDone(batchId);
        assertThat(done).containsEntry("total", 4).containsEntry("made", 3).containsEntry("skipped", 1)
                .containsEntry("failed", 0);
        assertThat(language(be)).isEqualTo("be");
        // the workers carry the starter's identity: the certificate and the audit log name the coordinator
        assertThat(jdbc.sql("""
                        select c.issued_by || '/' || a.actor from certificate c
                        join audit_log a on a.entity = 'certificate' and a.entity_id = c.id::text and a.action = 'INSERT'
                        where c.invitation_id = :i""").param("i", be).query(String.class).single()).isEqualTo("grodno/grodno");
        assertThat(language(en)).isEqualTo("ru");
        assertThat(language(ru)).isEqualTo("ru");
        assertThat(jdbc.sql("select count(*) from certificate where invitation_id = :i").param("i", absent)
                .query(Long.class).single()).isZero();
        // the revoked certificate is the same row, still revoked: not made again
        assertThat(jdbc.sql("select serial || ':' || (revoked_at is not null) from certificate where invitation_id = :i")
                .param("i", revoked).query(String.class).single()).isEqualTo(revokedSerial + ":true");
        byte[] pdf = jdbc.sql("select pdf from certificate where invitation_id = :i").param("i", be)
                .query(byte[].class).single();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("СЕРТЫФІКАТ УДЗЕЛЬНІКА", "Беларуская Ганна", "15.09.2017");
        }

        // one handler: the whole page, and for htmx only the bar (which stops polling once done)
        Document full = Jsoup.parse(mvc.perform(get("/manage/certificate-batches/{id}", batchId).session(grodno))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(full.select("h1").text()).isEqualTo("Сертификаты всем участникам");
        assertThat(full.select("#batch-status progress").attr("value")).isEqualTo("4");
        String fragment = mvc.perform(get("/manage/certificate-batches/{id}", batchId).session(grodno)
                .header("HX-Request", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("id=\"batch-status\"").doesNotContain("hx-trigger");
        assertThat(Jsoup.parse(fragment).select("#batch-counts").text()).isEqualTo("Обработано 4 из 4: выдано 3, уже были 1, с ошибкой 0.");

        // again: nothing new
        assertThat(awaitDone(startBulk(grodno, seminar, "be"))).containsEntry("made", 0).containsEntry("skipped", 4);
        assertThat(jdbc.sql("select count(*) from certificate where seminar_id = :s").param("s", seminar)
                .query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void aRunningBatchShowsItsProgressAndPollsEverySecond() throws Exception {
        long seminar = CompetenceFixtures.heldSeminar(jdbc, TestData.unique("Семинар с прогрессом "));
        long batch = jdbc.sql("""
                        insert into certificate_batch (seminar_id, state, total, made, skipped, failed, started_by, started_at, updated_at)
                        values (:s, 'RUNNING', 200, 60, 10, 2, 'test', now(), now()) returning id
                        """).param("s", seminar).query(Long.class).single();
        String fragment = mvc.perform(get("/manage/certificate-batches/{id}", batch).session(Sessions.admin(mvc))
                .header("HX-Request", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document bar = Jsoup.parse(fragment);
        assertThat(bar.select("#batch-status").attr("hx-trigger")).isEqualTo("every 1s");
        assertThat(bar.select("#batch-status").attr("hx-get")).isEqualTo("/manage/certificate-batches/" + batch);
        assertThat(bar.select("progress").attr("value")).isEqualTo("72");
        assertThat(bar.select("progress").attr("max")).isEqualTo("200");
        // a batch whose node went away stops polling and says so
        jdbc.sql("update certificate_batch set updated_at = now() - interval '10 minutes' where id = :id").param("id", batch).update();
        Document stalled = Jsoup.parse(mvc.perform(get("/manage/certificate-batches/{id}", batch).session(Sessions.admin(mvc))
                .header("HX-Request", "true")).andReturn().getResponse().getContentAsString());
        assertThat(stalled.select("#batch-status").attr("hx-trigger")).isEmpty();
        assertThat(stalled.select("[role=alert]").text()).contains("Выдача остановилась");
    }

    @Test
    void twoBulkRunsAndSingleIssuesAtOnceMakeExactlyOneCertificatePerAttendee() throws Exception {
        long seminar = CompetenceFixtures.heldSeminar(jdbc, TestData.unique("Семинар гонки "));
        List<Long> invitations = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            invitations.add(attendee(seminar, "Гонкин " + i, i % 2 == 0 ? "ru" : "be"));
        }
        // one session per thread: requests of one session at once would race on its stored attributes
        MockHttpSession grodno = Sessions.demo(mvc, "grodno");
        MockHttpSession admin = Sessions.admin(mvc);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<Long>> batches = List.of(pool.submit(() -> startBulk(grodno, seminar, "")),
                    pool.submit(() -> startBulk(admin, seminar, "ru")));
            List<Future<List<Integer>>> singles = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                MockHttpSession own = Sessions.admin(mvc);
                List<Long> share = invitations.subList(100 + t * 17, Math.min(150, 117 + t * 17));
                singles.add(pool.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (long invitation : share) {
                        statuses.add(mvc.perform(post("/manage/seminars/{id}/certificates", seminar).session(own)
                                        .with(csrf()).param("invitationId", "" + invitation).param("language", "be"))
                                .andReturn().getResponse().getStatus());
                    }
                    return statuses;
                }));
            }
            for (Future<List<Integer>> s : singles) {
                assertThat(s.get()).containsOnly(302);
            }
            int made = 0;
            for (Future<Long> b : batches) {
                Map<String, Object> row = awaitDone(b.get());
                assertThat(row).containsEntry("failed", 0).containsEntry("total", 150);
                made += ((Number) row.get("made")).intValue();
            }
            long certificates = jdbc.sql("select count(*) from certificate where seminar_id = :s").param("s", seminar)
                    .query(Long.class).single();
            assertThat(certificates).isEqualTo(150);
            // single issues are the admin's Belarusian ones (the admin's bulk run is Russian, the other is grodno's)
            long bySingles = jdbc.sql("select count(*) from certificate where seminar_id = :s and issued_by = 'admin' "
                    + "and language = 'be'").param("s", seminar).query(Long.class).single();
            // every certificate was made by exactly one of the three paths and counted once: none twice, none lost
            assertThat(made + bySingles).isEqualTo(150);
            assertThat(jdbc.sql("select count(distinct invitation_id) from certificate where seminar_id = :s")
                    .param("s", seminar).query(Long.class).single()).isEqualTo(150);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void bulkOnASeminarNotHeldOrUnknownIsRefusedClearly() throws Exception {
        long seminar = CompetenceFixtures.heldSeminar(jdbc, TestData.unique("Ещё не проведён "));
        attendee(seminar, "Рановато Иван", "ru");
        jdbc.sql("update seminar set status = 'REGISTRATION_OPEN' where id = :id").param("id", seminar).update();
        MockHttpSession admin = Sessions.admin(mvc);
        String page = mvc.perform(post("/manage/seminars/{id}/certificates/bulk", seminar).session(admin).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("этот семинар ещё не проведён");
        assertThat(mvc.perform(post("/api/v1/seminars/{id}/certificate-batches", seminar).session(admin).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString())
                .contains("не проведён");
        mvc.perform(post("/manage/seminars/{id}/certificates/bulk", 987654321L).session(admin).with(csrf()))
                .andExpect(status().isNotFound());
        jdbc.sql("update seminar set status = 'HELD' where id = :id").param("id", seminar).update();
        mvc.perform(post("/manage/seminars/{id}/certificates/bulk", seminar).session(admin).with(csrf())
                        .param("language", "de")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "competence.certificate.language"));
        assertThat(jdbc.sql("select count(*) from certificate_batch where seminar_id = :s").param("s", seminar)
                .query(Long.class).single()).isZero();
        mvc.perform(get("/manage/certificate-batches/{id}", 987654321L).session(admin)).andExpect(status().isNotFound());
        mvc.perform(get("/manage/certificate-batches/{id}", "x'or'1'='1").session(admin)).andExpect(status().isBadRequest());
        mvc.perform(post("/manage/seminars/{id}/certificates/bulk", seminar).session(Sessions.demo(mvc, "brest")).with(csrf()))
                .andExpect(status().isForbidden());
    }
}

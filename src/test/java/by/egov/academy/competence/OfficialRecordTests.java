package by.egov.academy.competence;

import by.egov.academy.participation.invitation.InvitationTokens;
import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OfficialRecordTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InvitationTokens tokens;

    private long attended(long seminar, long official, Long site) {
        return CompetenceFixtures.invitation(jdbc, tokens, seminar, official, site, true);
    }

    @Test
    void attendanceIsEvidenceForTheCompetencesOfTheSeminarsTalks() throws Exception {
        long inPerson = CompetenceFixtures.lidaOfficial(jdbc, "Іўеўскі Ўладзімір");
        long remote = CompetenceFixtures.lidaOfficial(jdbc, "Сайтов Пётр");
        long seminar = CompetenceFixtures.grodnoSeminar(jdbc);
        long site = jdbc.sql("select r.id from remote_site r join territory t on t.id = r.territory_id "
                + "where r.seminar_id = :s and t.code = 'BY-HR-LIDA'").param("s", seminar).query(Long.class).single();
        attended(seminar, inPerson, null);
        long atSite = attended(seminar, remote, site);
        try {
            recordShowsIt(inPerson, remote);
        } finally {
            // the demo seminar's recorded site attendance is what its news item counts districts from (NewsWriterTests)
            jdbc.sql("delete from invitation where id = :id").param("id", atSite).update();
        }
    }

    private void recordShowsIt(long inPerson, long remote) throws Exception {

        String page = mvc.perform(get("/directory/officials/{id}/record", inPerson).session(Sessions.demo(mvc, "grodno")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Іўеўскі Ўладзімір", "08.09.2017", "очно", "A1.2", "Цифровая трансформация городов",
                "A3.1", "Облачные услуги и общая инфраструктура");
        String sitePage = mvc.perform(get("/directory/officials/{id}/record", remote).session(Sessions.admin(mvc)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(sitePage).contains("на площадке ВКС: Лидский район");

        MockHttpServletResponse pdf = mvc.perform(get("/directory/officials/{id}/record.pdf", inPerson)
                .session(Sessions.admin(mvc)).param("lang", "be")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Вучэбная карта", "Іўеўскі Ўладзімір", "08.09.2017", "вочна",
                    "Лічбавая трансфармацыя гарадоў", "версія рамкі");
        }
    }

    @Test
    void theOfficialsCoordinatorDownloadsACertificateOfAnotherOblastsSeminarFromTheRecord() throws Exception {
        long official = CompetenceFixtures.lidaOfficial(jdbc, "Сертификатов Олег");
        long seminar = CompetenceFixtures.heldSeminar(jdbc, TestData.unique("Брестский семинар "));
        jdbc.sql("update seminar set host_territory_id = :t where id = :s")
                .param("t", TestData.territory(jdbc, "BY-BR")).param("s", seminar).update();
        long invitation = CompetenceFixtures.invitation(jdbc, tokens, seminar, official, null, true);
        mvc.perform(post("/manage/seminars/{id}/certificates", seminar).session(Sessions.admin(mvc)).with(csrf())
                .param("invitationId", "" + invitation).param("language", "ru")).andExpect(status().is3xxRedirection());
        String serial = jdbc.sql("select serial from certificate where invitation_id = :i").param("i", invitation)
                .query(String.class).single();
        String link = "/directory/officials/" + official + "/record/certificates/" + serial + ".pdf";

        var grodno = Sessions.demo(mvc, "grodno");
        assertThat(mvc.perform(get("/directory/officials/{id}/record", official).session(grodno))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains(link);
        MockHttpServletResponse pdf = mvc.perform(get(link).session(grodno)).andExpect(status().isOk()).andReturn().getResponse();
        try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Сертификатов Олег", serial);
        }
        // the organisers' route stays the host oblast's
        mvc.perform(get("/manage/certificates/{s}.pdf", serial).session(grodno)).andExpect(status().isForbidden());
        mvc.perform(get(link).session(Sessions.demo(mvc, "brest"))).andExpect(status().isForbidden());
        // a serial of someone else's is not found through this official's record
        long other = CompetenceFixtures.lidaOfficial(jdbc, "Чужой Пётр");
        mvc.perform(get("/directory/officials/{id}/record/certificates/{s}.pdf", other, serial).session(grodno))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherOblastsCoordinatorAndTheSiteOperatorMayNotReadIt() throws Exception {
        long official = CompetenceFixtures.lidaOfficial(jdbc, "Закрытов Иван");
        mvc.perform(get("/directory/officials/{id}/record", official).session(Sessions.demo(mvc, "brest")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/directory/officials/{id}/record.pdf", official).session(Sessions.demo(mvc, "brest")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/directory/officials/{id}/record", official).session(Sessions.demo(mvc, "lida")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/directory/officials/{id}/record", official).session(Sessions.demo(mvc, "grodno")))
                .andExpect(status().isOk());
    }
}

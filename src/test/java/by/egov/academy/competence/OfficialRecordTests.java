package by.egov.academy.competence;

import by.egov.academy.participation.invitation.InvitationTokens;
import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

package by.egov.academy.competence;

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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The official opens their own record through the personal link of an invitation: no password, nobody else's. */
@IntegrationTest
class OwnRecordTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InvitationTokens tokens;

    private String issue(MockHttpSession admin, long seminar, long invitation) throws Exception {
        mvc.perform(post("/manage/seminars/{id}/certificates", seminar).session(admin).with(csrf())
                .param("invitationId", "" + invitation).param("language", "ru")).andExpect(status().is3xxRedirection());
        return jdbc.sql("select serial from certificate where invitation_id = :i").param("i", invitation)
                .query(String.class).single();
    }

    @Test
    void theOfficialSeesSeminarsCompetencesAndCertificatesAndDownloadsThem() throws Exception {
        long grodno = CompetenceFixtures.grodnoSeminar(jdbc);
        long other = CompetenceFixtures.heldSeminar(jdbc, TestData.unique("Второй семинар "));
        long official = CompetenceFixtures.lidaOfficial(jdbc, "Сваякарцін Алесь");
        CompetenceFixtures.Linked first = CompetenceFixtures.linkedInvitation(jdbc, tokens, grodno, official, true);
        CompetenceFixtures.Linked second = CompetenceFixtures.linkedInvitation(jdbc, tokens, other, official, true);
        MockHttpSession admin = Sessions.admin(mvc);
        String serial = issue(admin, grodno, first.invitationId());
        String revoked = issue(admin, other, second.invitationId());
        mvc.perform(post("/manage/certificates/{s}/revoke", revoked).session(admin).with(csrf())).andExpect(status().is3xxRedirection());

        // the RSVP page links to the record
        String rsvp = mvc.perform(get("/rsvp/{t}", first.token())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(rsvp).select("a[href=/my-record/" + first.token() + "]").text())
                .isEqualTo("Моя учебная карта и сертификаты");

        // either invitation's link opens the same record, without any session
        for (String token : new String[]{first.token(), second.token()}) {
            MockHttpServletResponse r = mvc.perform(get("/my-record/{t}", token)).andExpect(status().isOk()).andReturn().getResponse();
            assertThat(r.getHeader("Cache-Control")).contains("no-store");
            Document page = Jsoup.parse(r.getContentAsString());
            assertThat(page.select("h1").text()).contains("Сваякарцін Алесь");
            assertThat(page.text()).contains("08.09.2017", "очно", "A1.2", "Цифровая трансформация городов", serial, revoked);
            assertThat(page.select("a[href=/my-record/" + token + "/certificates/" + serial + ".pdf]")).hasSize(1);
            assertThat(page.select("a[href$=/certificates/" + revoked + ".pdf]")).isEmpty();
            assertThat(page.select("a[href=/badges/assertions/" + serial + "]")).hasSize(1);
            assertThat(page.select("a[href^=/directory]")).isEmpty();
        }
        byte[] download = mvc.perform(get("/my-record/{t}/certificates/{s}.pdf", first.token(), serial))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(download).isEqualTo(jdbc.sql("select pdf from certificate where serial = :s").param("s", serial)
                .query(byte[].class).single());
        mvc.perform(get("/my-record/{t}/certificates/{s}.pdf", first.token(), revoked)).andExpect(status().isNotFound());

        MockHttpServletResponse pdf = mvc.perform(get("/my-record/{t}/record.pdf", first.token()).param("lang", "be"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Вучэбная карта", "Сваякарцін Алесь",
                    "Лічбавая трансфармацыя гарадоў", serial);
        }
    }

    @Test
    void aForgedWithdrawnOrSomeoneElsesLinkOpensNothing() throws Exception {
        long grodno = CompetenceFixtures.grodnoSeminar(jdbc);
        long official = CompetenceFixtures.lidaOfficial(jdbc, "Чужы Сымон");
        long stranger = CompetenceFixtures.lidaOfficial(jdbc, "Староннi Мiкола");
        CompetenceFixtures.Linked mine = CompetenceFixtures.linkedInvitation(jdbc, tokens, grodno, official, true);
        CompetenceFixtures.Linked theirs = CompetenceFixtures.linkedInvitation(jdbc, tokens, grodno, stranger, true);
        String theirSerial = issue(Sessions.admin(mvc), grodno, theirs.invitationId());

        // another official's certificate through my link: not found, never their PDF
        mvc.perform(get("/my-record/{t}/certificates/{s}.pdf", mine.token(), theirSerial)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/my-record/{t}", mine.token())).andReturn().getResponse().getContentAsString())
                .doesNotContain(theirSerial, "Староннi");
        for (String forged : new String[]{mine.token() + "x", "x", "' or 1=1 --", "a".repeat(5000), "<script>"}) {
            assertThat(mvc.perform(get("/my-record/{t}", forged)).andReturn().getResponse().getStatus()).as(forged).isIn(400, 404);
            assertThat(mvc.perform(get("/my-record/{t}/record.pdf", forged)).andReturn().getResponse().getStatus()).isIn(400, 404);
        }
        assertThat(mvc.perform(get("/my-record/{t}", "nope")).andReturn().getResponse().getContentAsString())
                .contains("Ссылка недействительна");
        mvc.perform(get("/my-record/{t}/certificates/{s}.pdf", mine.token(), "EGA-<x>")).andExpect(status().isNotFound());
        jdbc.sql("update invitation set state = 'CANCELLED' where id = :id").param("id", mine.invitationId()).update();
        mvc.perform(get("/my-record/{t}", mine.token())).andExpect(status().isNotFound());
        // staff other than the programme office and the official's oblast coordinator still may not read it
        mvc.perform(get("/directory/officials/{id}/record", official).session(Sessions.demo(mvc, "brest")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/directory/officials/{id}/record", official).session(Sessions.demo(mvc, "participant")))
                .andExpect(status().isForbidden());
    }
}

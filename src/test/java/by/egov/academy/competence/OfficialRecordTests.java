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

    private long grodnoSeminar() {
        return jdbc.sql("select s.id from seminar s join territory t on t.id = s.host_territory_id where t.code = 'BY-HR' "
                + "and (s.starts_at at time zone 'Europe/Minsk')::date = date '2017-09-08'").query(Long.class).single();
    }

    private void attended(long seminar, long official, Long site) {
        String nonce = InvitationTokens.newNonce();
        jdbc.sql("""
                insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, source, state,
                                        remote_site_id, attended_at, attended_by)
                values (:s, :o, :n, :h, :c, 'MANUAL', :state, :site, timestamptz '2017-09-08 10:05+03', 'test')
                """).param("s", seminar).param("o", official).param("n", nonce)
                .param("h", InvitationTokens.hash(tokens.token(nonce))).param("c", InvitationTokens.newShortCode())
                .param("state", site == null ? "ACCEPTED_IN_PERSON" : "ACCEPTED_REMOTE").param("site", site).update();
    }

    @Test
    void attendanceIsEvidenceForTheCompetencesOfTheSeminarsTalks() throws Exception {
        long lida = TestData.territory(jdbc, "BY-HR-LIDA");
        long organisation = jdbc.sql("insert into organisation (name_ru, category, territory_id) values (:n, 'OTHER', :t) returning id")
                .param("n", TestData.unique("Лидская карта ")).param("t", lida).query(Long.class).single();
        long inPerson = TestData.official(jdbc, organisation, "Іўеўскі Ўладзімір", TestData.unique("rec") + "@t.by");
        long remote = TestData.official(jdbc, organisation, "Сайтов Пётр", TestData.unique("rec") + "@t.by");
        long seminar = grodnoSeminar();
        long site = jdbc.sql("select r.id from remote_site r join territory t on t.id = r.territory_id "
                + "where r.seminar_id = :s and t.code = 'BY-HR-LIDA'").param("s", seminar).query(Long.class).single();
        attended(seminar, inPerson, null);
        attended(seminar, remote, site);

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
        long lida = TestData.territory(jdbc, "BY-HR-LIDA");
        long organisation = jdbc.sql("insert into organisation (name_ru, category, territory_id) values (:n, 'OTHER', :t) returning id")
                .param("n", TestData.unique("Лидская карта ")).param("t", lida).query(Long.class).single();
        long official = TestData.official(jdbc, organisation, "Закрытов Иван", TestData.unique("rec") + "@t.by");
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

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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CertificateTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InvitationTokens tokens;
    @Autowired
    java.time.Clock clock;

    private long grodnoSeminar() {
        return CompetenceFixtures.grodnoSeminar(jdbc);
    }

    private long invitation(long seminar, long official, boolean attended) {
        return CompetenceFixtures.invitation(jdbc, tokens, seminar, official, null, attended);
    }

    private long official(String name) {
        return CompetenceFixtures.lidaOfficial(jdbc, name);
    }

    @Test
    void aCertificateIsMadeOnceReadsBackAndItsQrCodeVerifiesIt() throws Exception {
        long seminar = grodnoSeminar();
        long invitation = invitation(seminar, official("Іўеўскі Ўладзімір"), true);
        MockHttpSession grodno = Sessions.demo(mvc, "grodno");
        mvc.perform(post("/manage/seminars/{id}/certificates", seminar).session(grodno).with(csrf())
                .param("invitationId", "" + invitation).param("language", "be")).andExpect(status().is3xxRedirection());
        String serial = jdbc.sql("select serial from certificate where invitation_id = :i").param("i", invitation)
                .query(String.class).single();
        byte[] first = mvc.perform(get("/manage/certificates/{s}.pdf", serial).session(grodno))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        // made once and kept: asking again (even in Russian) gives the same certificate
        mvc.perform(post("/manage/seminars/{id}/certificates", seminar).session(grodno).with(csrf())
                .param("invitationId", "" + invitation).param("language", "ru")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from certificate where invitation_id = :i").param("i", invitation)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.perform(get("/manage/certificates/{s}.pdf", serial).session(grodno)).andReturn().getResponse()
                .getContentAsByteArray()).isEqualTo(first);

        String url;
        try (PDDocument doc = Loader.loadPDF(first)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("СЕРТЫФІКАТ УДЗЕЛЬНІКА", "Іўеўскі Ўладзімір", "08.09.2017", serial,
                    "Лічбавая трансфармацыя гарадоў", "Працягласць, г: 4", "вочна");
            url = by.egov.academy.support.CertificateQr.url(doc);
        }
        assertThat(url).endsWith("/certificates/" + serial);
        String path = url.substring(url.indexOf("/certificates/"));
        String valid = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(valid).contains("действителен", "Іўеўскі Ўладзімір", "Семінар па пытаннях").doesNotContain("@t.by");

        mvc.perform(post("/manage/certificates/{s}/revoke", serial).session(grodno).with(csrf()).param("reason", "ошибка"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/manage/certificates/{s}/revoke", serial).session(Sessions.admin(mvc)).with(csrf())
                .param("reason", "Выдан по ошибке")).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get(path).param("lang", "be")).andReturn().getResponse().getContentAsString()).contains("адкліканы");
    }

    @Test
    void unknownOrTamperedSerialsAndAbsentOfficialsGetNothing() throws Exception {
        mvc.perform(get("/certificates/{s}", "EGA-2017-ZZZZZZZZZZ")).andExpect(status().isNotFound());
        mvc.perform(get("/certificates/{s}", "EGA-2017-<script>")).andExpect(status().isNotFound());
        mvc.perform(get("/certificates/{s}", "x".repeat(5000))).andExpect(status().isNotFound());
        long seminar = grodnoSeminar();
        long absent = invitation(seminar, official("Отсутствов Иван"), false);
        mvc.perform(post("/manage/seminars/{id}/certificates", seminar).session(Sessions.admin(mvc)).with(csrf())
                .param("invitationId", "" + absent).param("language", "ru")).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashError", "competence.certificate.notAttended"));
        mvc.perform(post("/manage/seminars/{id}/certificates", seminar).session(Sessions.admin(mvc)).with(csrf())
                .param("invitationId", "" + absent).param("language", "de")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from certificate where invitation_id = :i").param("i", absent)
                .query(Long.class).single()).isZero();
    }

    @Test
    void erasingThePersonRevokesTheirCertificateAndRemovesTheNameEverywhere() throws Exception {
        long seminar = grodnoSeminar();
        String name = "Стиральный Сертификат " + by.egov.academy.support.TestData.unique("");
        long official = official(name);
        long invitation = invitation(seminar, official, true);
        MockHttpSession admin = Sessions.admin(mvc);
        mvc.perform(post("/manage/seminars/{id}/certificates", seminar).session(admin).with(csrf())
                .param("invitationId", "" + invitation).param("language", "ru")).andExpect(status().is3xxRedirection());
        String serial = jdbc.sql("select serial from certificate where invitation_id = :i").param("i", invitation)
                .query(String.class).single();
        assertThat(mvc.perform(get("/certificates/{s}", serial)).andReturn().getResponse().getContentAsString()).contains(name);

        mvc.perform(post("/api/v1/officials/{id}/erasure", official).session(admin).with(csrf()))
                .andExpect(status().isOk());

        String page = mvc.perform(get("/certificates/{s}", serial)).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(name);
        assertThat(jdbc.sql("select revoked_at is not null and length(pdf) = 0 and full_name not like :n from certificate where serial = :s")
                .param("s", serial).param("n", "%" + name + "%").query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_log where coalesce(before::text, '') || coalesce(after::text, '') like :n")
                .param("n", "%" + name + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_log where entity = 'certificate' and ((before -> 'pdf') is not null or (after -> 'pdf') is not null)")
                .query(Long.class).single()).isZero();
        // the certificate is still counted
        assertThat(jdbc.sql("select count(*) from certificate where invitation_id = :i").param("i", invitation)
                .query(Long.class).single()).isEqualTo(1);
    }

    /**
     * The certificate reads as an official document: framed (a stroked rectangle nearly the page's size), the ministry
     * and the programme, «приняла»/«принял» chosen from the patronymic (never «принял(а)»), the issuing organisation,
     * the date of issue, the serial and the configured signatory; the verification page names issuer and date.
     */
    @Test
    void theCertificateIsFramedSignedDatedAndTheVerificationPageNamesItsIssuer() throws Exception {
        long seminar = CompetenceFixtures.heldSeminar(jdbc, by.egov.academy.support.TestData.unique("Официальный семинар "));
        String issuer = by.egov.academy.support.TestData.unique("Выдающая организация ");
        long org = jdbc.sql("insert into organisation (name_ru, category, territory_id) values (:n, 'OTHER', :t) returning id")
                .param("n", issuer).param("t", by.egov.academy.support.TestData.territory(jdbc, "BY-HR")).query(Long.class).single();
        jdbc.sql("insert into seminar_organiser (seminar_id, organisation_id, role, position) values (:s, :o, 'ORGANISER', 0)")
                .param("s", seminar).param("o", org).update();
        long woman = invitation(seminar, official("Проверкина Анна Сергеевна"), true);
        long man = invitation(seminar, official("Проверкин Пётр Иванович"), true);
        MockHttpSession admin = Sessions.admin(mvc);
        String today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Minsk")))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        for (long i : new long[]{woman, man}) {
            mvc.perform(post("/manage/seminars/{id}/certificates", seminar).session(admin).with(csrf())
                    .param("invitationId", "" + i).param("language", "ru")).andExpect(status().is3xxRedirection());
        }
        String serial = jdbc.sql("select serial from certificate where invitation_id = :i").param("i", woman)
                .query(String.class).single();
        byte[] pdf = mvc.perform(get("/manage/certificates/{s}.pdf", serial).session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Министерство связи и информатизации Республики Беларусь",
                    "Проверкина Анна Сергеевна", "приняла участие в семинаре", "Выдан: " + issuer,
                    "Дата выдачи: " + today, "Серийный номер: " + serial,
                    "Начальник отдела проверки сертификатов", "Подписантова Ирина Тестовна")
                    .doesNotContain("(а)");
            assertThat(frames(doc.getPage(0))).as("a stroked frame around the page").isPositive();
        }
        String manSerial = jdbc.sql("select serial from certificate where invitation_id = :i").param("i", man)
                .query(String.class).single();
        byte[] manPdf = mvc.perform(get("/manage/certificates/{s}.pdf", manSerial).session(admin)).andReturn().getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(manPdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("принял участие в семинаре")
                    .doesNotContain("приняла");
        }
        String page = mvc.perform(get("/certificates/{s}", serial)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"certificate-issuer\">" + issuer + "<", "id=\"certificate-issued-on\">" + today + "<",
                "Подписантова Ирина Тестовна");
    }

    /** How many rectangles of nearly the page's size the page's content strokes (the frame). */
    private static int frames(org.apache.pdfbox.pdmodel.PDPage page) throws java.io.IOException {
        var parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(page);
        java.util.List<Object> operands = new java.util.ArrayList<>();
        boolean pendingLarge = false;
        int stroked = 0;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof org.apache.pdfbox.contentstream.operator.Operator op) {
                if (op.getName().equals("re") && operands.size() == 4) {
                    float w = ((org.apache.pdfbox.cos.COSNumber) operands.get(2)).floatValue();
                    float h = ((org.apache.pdfbox.cos.COSNumber) operands.get(3)).floatValue();
                    pendingLarge = pendingLarge || (w > 0.8f * page.getMediaBox().getWidth()
                            && h > 0.8f * page.getMediaBox().getHeight());
                } else if (op.getName().equals("S") && pendingLarge) {
                    stroked++;
                    pendingLarge = false;
                } else if (op.getName().equals("f") || op.getName().equals("n")) {
                    pendingLarge = false;
                }
                operands.clear();
            } else {
                operands.add(token);
            }
        }
        return stroked;
    }
}

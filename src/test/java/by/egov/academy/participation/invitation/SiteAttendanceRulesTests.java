package by.egov.academy.participation.invitation;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A district site's operator records who came to their site, on the seminar's day, for their own district,
 * and never changes an answer someone already gave: the review found the Lida operator could move a Shchuchyn
 * official's confirmed seat to Lida on a seminar a year ahead, and mark attendance on the reported 2017 seminar
 * (which then issued a verifiable certificate).
 */
@IntegrationTest
class SiteAttendanceRulesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InvitationTokens tokens;

    long seminar;
    long lidaSite;
    MockHttpSession lida;

    @BeforeEach
    void setUp() throws Exception {
        var admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
        String body = mvc.perform(post("/api/v1/seminars").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"hostTerritoryId":%d,"titleRu":"%s","start":"2031-03-12T10:00","end":"2031-03-12T14:00"}
                        """.formatted(TestData.territory(jdbc, "BY-HR"), TestData.unique("Площадки "))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        seminar = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/manage/seminars/{id}/sites/all", seminar).session(Sessions.demo(mvc, "grodno")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        lidaSite = siteIn(seminar, "BY-HR-LIDA");
        lida = Sessions.demo(mvc, "lida");
    }

    private long siteIn(long seminarId, String code) {
        return jdbc.sql("select r.id from remote_site r join territory t on t.id = r.territory_id where r.seminar_id = :s and t.code = :c")
                .param("s", seminarId).param("c", code).query(Long.class).single();
    }

    private long officialOf(String committee) {
        return TestData.official(jdbc, TestData.organisation(jdbc, committee), "Проверяемый " + TestData.unique(""),
                TestData.unique("walkin") + "@example.by");
    }

    /** Today in Minsk, 10:00 to 14:00, registration open: the seminar is running. */
    private void runsToday(long seminarId) {
        jdbc.sql("""
                        update seminar set status = 'REGISTRATION_OPEN',
                          starts_at = (date_trunc('day', now() at time zone 'Europe/Minsk') + interval '10 hours') at time zone 'Europe/Minsk',
                          ends_at = (date_trunc('day', now() at time zone 'Europe/Minsk') + interval '14 hours') at time zone 'Europe/Minsk'
                        where id = :s
                        """).param("s", seminarId).update();
    }

    private MvcResult walkIn(MockHttpSession who, long seminarId, long site, long official) throws Exception {
        return mvc.perform(post("/manage/seminars/{s}/sites/{r}/walk-in", seminarId, site).session(who).with(csrf())
                .param("officialId", "" + official)).andExpect(status().is3xxRedirection()).andReturn();
    }

    private static String refusal(MvcResult r) {
        return (String) r.getFlashMap().get("flashError");
    }

    private String answer(long seminarId, long official) {
        return jdbc.sql("""
                        select state || '/' || coalesce(remote_site_id::text, '-') || '/' || (attended_at is not null)
                        from invitation where seminar_id = :s and official_id = :o
                        """).param("s", seminarId).param("o", official).query(String.class).optional().orElse("none");
    }

    @Test
    void beforeTheSeminarsDayNothingIsMarked() throws Exception {
        long lidaOfficial = officialOf("Лидский районный исполнительный комитет");
        assertThat(refusal(walkIn(lida, seminar, lidaSite, lidaOfficial))).isEqualTo("site.notSeminarDay");
        assertThat(answer(seminar, lidaOfficial)).isEqualTo("none");
        long invited = officialOf("Лидский районный исполнительный комитет");
        long inv = TestData.invitation(jdbc, tokens, seminar, invited, lidaSite, null);
        MvcResult mark = mvc.perform(post("/manage/seminars/{s}/sites/{r}/attendance", seminar, lidaSite).session(lida)
                .with(csrf()).param("invitationId", "" + inv)).andReturn();
        assertThat(mark.getResponse().getStatus()).isEqualTo(409);
        assertThat(mark.getResponse().getContentAsString()).contains("Присутствие отмечается в день семинара (12.03.2031).");
        assertThat(answer(seminar, invited)).isEqualTo("ACCEPTED_REMOTE/" + lidaSite + "/false");
    }

    @Test
    void onTheDayOnlyTheOperatorsOwnDistrictAndOnlyUnanswered() throws Exception {
        runsToday(seminar);
        // another district's official who took a seat in the hall: not the Lida operator's to move
        long shchuchyn = officialOf("Щучинский районный исполнительный комитет");
        TestData.invitation(jdbc, tokens, seminar, shchuchyn, null, null);
        assertThat(refusal(walkIn(lida, seminar, lidaSite, shchuchyn))).isEqualTo("site.walkInOtherDistrict");
        assertThat(answer(seminar, shchuchyn)).isEqualTo("ACCEPTED_IN_PERSON/-/false");

        // a Lida official who accepted a seat in the hall: answered, so only the organisers change it
        long seated = officialOf("Лидский районный исполнительный комитет");
        TestData.invitation(jdbc, tokens, seminar, seated, null, null);
        assertThat(refusal(walkIn(lida, seminar, lidaSite, seated))).isEqualTo("site.walkInAnswered");
        assertThat(answer(seminar, seated)).isEqualTo("ACCEPTED_IN_PERSON/-/false");

        // a Lida official invited but silent, and one never invited: walk-ins at Lida, present
        long silent = officialOf("Лидский районный исполнительный комитет");
        long silentInvitation = TestData.invitation(jdbc, tokens, seminar, silent, null, null);
        jdbc.sql("update invitation set state = 'SENT' where id = :id").param("id", silentInvitation).update();
        assertThat(refusal(walkIn(lida, seminar, lidaSite, silent))).isNull();
        assertThat(answer(seminar, silent)).isEqualTo("ACCEPTED_REMOTE/" + lidaSite + "/true");
        long uninvited = officialOf("Лидский районный исполнительный комитет");
        assertThat(refusal(walkIn(lida, seminar, lidaSite, uninvited))).isNull();
        assertThat(answer(seminar, uninvited)).isEqualTo("ACCEPTED_REMOTE/" + lidaSite + "/true");

        // the organiser may move the seated one to the site
        assertThat(refusal(walkIn(Sessions.demo(mvc, "grodno"), seminar, lidaSite, seated))).isNull();
        assertThat(answer(seminar, seated)).isEqualTo("ACCEPTED_REMOTE/" + lidaSite + "/true");

        // the refusal reads as words on the operator's page
        MvcResult refused = walkIn(lida, seminar, lidaSite, shchuchyn);
        String page = mvc.perform(get("/manage/seminars/{s}/sites/{r}/attendance", seminar, lidaSite).session(lida)
                .flashAttrs(refused.getFlashMap())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Отметить без приглашения можно только сотрудника организации вашего района");
    }

    @Test
    void aReportedSeminarTakesNoMarksFromASiteOperator() throws Exception {
        long demo = TestData.demoGrodnoSeminar(jdbc);
        long demoLida = siteIn(demo, "BY-HR-LIDA");
        long lidaOfficial = officialOf("Лидский районный исполнительный комитет");
        assertThat(refusal(walkIn(lida, demo, demoLida, lidaOfficial))).isEqualTo("site.attendanceClosed");
        assertThat(answer(demo, lidaOfficial)).isEqualTo("none");
    }
}

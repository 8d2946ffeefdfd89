package by.egov.academy.workbench;

import by.egov.academy.participation.invitation.InvitationTokens;
import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.MailServer;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.Talks;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each role's home page lists its own next tasks (on seminars made here), and a participant account links to its official. */
@IntegrationTest
class WorkbenchTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InvitationTokens tokens;

    @BeforeAll
    static void mail() {
        MailServer.get();
    }

    private long seminar(String territoryCode, String title, String startAndEnd) throws Exception {
        String body = mvc.perform(post("/api/v1/seminars").with(httpBasic("admin", Sessions.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"hostTerritoryId":%d,"titleRu":"%s"%s}
                                """.formatted(TestData.territory(jdbc, territoryCode), title, startAndEnd)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
    }

    private String home(MockHttpSession who) throws Exception {
        return mvc.perform(get("/").session(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The text of the list item with the given id, tags stripped. */
    private static String item(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as("item " + id).isPositive();
        return page.substring(at, page.indexOf("</li>", at)).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    @Test
    void visitorsGetThePublicFrontPageAndHtmxGetsOnlyTheTasks() throws Exception {
        String page = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/login\"").contains("href=\"/programme\"").doesNotContain("id=\"tasks\"");
        String fragment = mvc.perform(get("/").header("HX-Request", "true").session(Sessions.demo(mvc, "grodno")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"coordinator-seminars\"").doesNotContain("<html");
    }

    @Test
    void theCoordinatorSeesEachSeminarOfTheirOblastWithItsNextStep() throws Exception {
        String undated = TestData.unique("Без даты ");
        long a = seminar("BY-HR", undated, "");
        String dated = TestData.unique("С датой ");
        long b = seminar("BY-HR", dated, ",\"start\":\"2032-05-12T10:00\",\"end\":\"2032-05-12T14:00\"");
        String brest = TestData.unique("Брестский ");
        long c = seminar("BY-BR", brest, "");
        String page = home(Sessions.demo(mvc, "grodno"));
        assertThat(item(page, "seminar-" + a)).contains(undated).contains("назначить дату и время");
        assertThat(page).contains("href=\"/manage/seminars/" + a + "\"");
        assertThat(item(page, "seminar-" + b)).contains(dated).contains("12.05.2032 10:00").contains("выбрать место проведения");
        assertThat(page).doesNotContain(brest).doesNotContain("seminar-" + c + "\"");
        // with its venue, talks and sites, the next step is the audience, on the participation page
        long venue = jdbc.sql("select min(id) from venue").query(Long.class).single();
        jdbc.sql("update seminar set venue_id = :v where id = :s").param("v", venue).param("s", b).update();
        jdbc.sql("insert into talk (seminar_id, kind, title_ru, starts_at, ends_at) select id, 'TALK', 'Доклад', starts_at, starts_at + interval '30 minutes' from seminar where id = :s")
                .param("s", b).update();
        mvc.perform(post("/manage/seminars/{id}/sites/all", b).session(Sessions.demo(mvc, "grodno")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String en = mvc.perform(get("/").param("lang", "en").session(Sessions.demo(mvc, "grodno")))
                .andReturn().getResponse().getContentAsString();
        assertThat(item(en, "seminar-" + b)).contains("define the audience and build the invitation list");
        assertThat(en).contains("href=\"/manage/seminars/" + b + "/participation\"");
        assertThat(item(home(Sessions.demo(mvc, "brest")), "seminar-" + c)).contains(brest);
    }

    @Test
    void theSiteOperatorSeesTheirSitesComingSeminarsWithVideoLinkAndAttendanceLink() throws Exception {
        String title = TestData.unique("Площадка ");
        long s = seminar("BY-HR", title, ",\"start\":\"2032-06-02T10:00\",\"end\":\"2032-06-02T13:30\"");
        mvc.perform(post("/manage/seminars/{id}/sites/all", s).session(Sessions.demo(mvc, "grodno")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long lidaSite = jdbc.sql("select r.id from remote_site r join territory t on t.id = r.territory_id where r.seminar_id = :s and t.code = 'BY-HR-LIDA'")
                .param("s", s).query(Long.class).single();
        String video = "https://vc.example.by/" + TestData.unique("lida");
        jdbc.sql("update remote_site set video_link = :v where id = :id").param("v", video).param("id", lidaSite).update();
        String past = TestData.unique("Прошедший ");
        long old = seminar("BY-HR", past, ",\"start\":\"2020-06-02T10:00\",\"end\":\"2020-06-02T13:30\"");
        mvc.perform(post("/manage/seminars/{id}/sites/all", old).session(Sessions.demo(mvc, "grodno")).with(csrf()));

        String page = home(Sessions.demo(mvc, "lida"));
        assertThat(item(page, "site-" + lidaSite)).contains(title).contains("02.06.2032, 10:00–13:30");
        assertThat(page).contains("href=\"" + video + "\"")
                .contains("href=\"/manage/seminars/" + s + "/sites/" + lidaSite + "/attendance\"")
                .doesNotContain(past);
        // another district's site of the same seminar is not the Lida operator's
        long shchuchynSite = jdbc.sql("select r.id from remote_site r join territory t on t.id = r.territory_id where r.seminar_id = :s and t.code <> 'BY-HR-LIDA' limit 1")
                .param("s", s).query(Long.class).single();
        assertThat(page).doesNotContain("site-" + shchuchynSite + "\"");
    }

    @Test
    void theExpertSeesTheirTalksWhatToUploadAndTheirScores() throws Exception {
        String seminarTitle = TestData.unique("Экспертный ");
        long s = seminar("BY-HR", seminarTitle, ",\"start\":\"2032-07-07T10:00\",\"end\":\"2032-07-07T14:00\"");
        String talkTitle = TestData.unique("Облака для районов ");
        long talk = Talks.byExpertAccount(jdbc, s, "expert", talkTitle);
        MockHttpSession session = Sessions.demo(mvc, "expert");
        String page = home(session);
        assertThat(item(page, "talk-" + talk)).contains(talkTitle).contains(seminarTitle).contains("07.07.2032 10:00")
                .contains("Загрузить презентацию");

        // three answers scoring the talk 5, 4 and 4: 4,3 of 5
        long survey = jdbc.sql("insert into survey (seminar_id, state, sent_at) values (:s, 'SENT', now()) returning id")
                .param("s", s).query(Long.class).single();
        long question = jdbc.sql("""
                        insert into survey_question (survey_id, position, kind, talk_id, text_ru, text_be, text_en)
                        values (:v, 1, 'TALK', :t, 'Доклад', 'Даклад', 'Talk') returning id
                        """).param("v", survey).param("t", talk).query(Long.class).single();
        for (int score : new int[]{5, 4, 4}) {
            var response = jdbc.sql("insert into survey_response (survey_id, language, submitted_on) values (:v, 'ru', current_date) returning id")
                    .param("v", survey).query(java.util.UUID.class).single();
            jdbc.sql("insert into survey_answer (response_id, question_id, score) values (:r, :q, :s)")
                    .param("r", response).param("q", question).param("s", score).update();
        }
        jdbc.sql("""
                        insert into material (seminar_id, talk_id, title, file_name, content_type, size_bytes, storage_key, sha256, uploaded_by)
                        values (:s, :t, 'Слайды', 'slides.pdf', 'application/pdf', 10, :k, repeat('0', 64), 'expert')
                        """).param("s", s).param("t", talk).param("k", TestData.unique("key")).update();
        String after = item(home(session), "talk-" + talk);
        assertThat(after).contains("Оценка слушателей: 4,3 из 5 (ответов: 3)").contains("Загружено материалов: 1")
                .doesNotContain("Загрузить презентацию");
        // a coordinator's home has no talks list
        assertThat(home(Sessions.demo(mvc, "grodno"))).doesNotContain("talk-" + talk + "\"");
    }

    @Test
    void theProgrammeOfficeSeesSeminarsByStatusRequestsFailedMailAndCertificatesToIssue() throws Exception {
        int failedBefore = jdbc.sql("select count(*)::int from outbox_message where state = 'FAILED'").query(Integer.class).single();
        jdbc.sql("""
                        insert into outbox_message (cause_key, message_id, recipient, subject, text_body, html_body, state, last_error)
                        values (:c, :m, 'x@example.by', 's', 't', 'h', 'FAILED', '550 no such user')
                        """).param("c", TestData.unique("cause")).param("m", "<" + TestData.unique("m") + "@test>").update();
        String title = TestData.unique("Проведённый ");
        long s = seminar("BY-HR", title, ",\"start\":\"2024-03-05T10:00\",\"end\":\"2024-03-05T14:00\"");
        jdbc.sql("update seminar set status = 'HELD' where id = :s").param("s", s).update();
        for (int n = 0; n < 2; n++) {
            long official = TestData.official(jdbc, TestData.organisation(jdbc, "Лидский районный исполнительный комитет"),
                    "Слушатель " + TestData.unique(""), TestData.unique("cert") + "@example.by");
            TestData.invitation(jdbc, tokens, s, official, null, java.sql.Timestamp.from(java.time.Instant.parse("2024-03-05T08:00:00Z")));
        }
        int planned = jdbc.sql("select count(*)::int from seminar where status = 'PLANNED'").query(Integer.class).single();
        String page = home(Sessions.admin(mvc));
        assertThat(item(page, "office-mail").replace(" ", ""))
                .contains("неотправленоиз-заошибки—" + (failedBefore + 1));
        assertThat(page).contains("Запланирован: " + planned);
        int certAt = page.indexOf("/manage/seminars/" + s + "/certificates");
        assertThat(certAt).isPositive();
        assertThat(page.substring(certAt, page.indexOf("</li>", certAt))).contains(title).contains("участников без сертификата: 2");
    }

    /** A participant account made by the programme office with the given e-mail, password already set. */
    private MockHttpSession participant(String email) throws Exception {
        String username = TestData.unique("part").replace("-", "");
        mvc.perform(post("/admin/accounts").session(Sessions.admin(mvc)).with(csrf())
                        .param("username", username).param("displayName", "Участник " + username).param("email", email)
                        .param("role", "PARTICIPANT").param("initialPassword", "temporary-pass-1"))
                .andExpect(redirectedUrl("/admin/accounts"));
        jdbc.sql("update account set must_change_password = false where username = :u").param("u", username).update();
        return Sessions.login(mvc, username, "temporary-pass-1");
    }

    private String mailedLink(String email) throws Exception {
        String text = MailServer.text(MailServer.await(email, "Подтвердите связь"));
        return text.replaceAll("(?s).*(/home/link/[A-Za-z0-9_-]+).*", "$1");
    }

    @Test
    void aParticipantAccountLinksToItsOfficialThroughTheMailedLinkOnly() throws Exception {
        String email = TestData.unique("linked") + "@example.by";
        String name = "Связанный " + TestData.unique("");
        long official = TestData.official(jdbc, TestData.organisation(jdbc, "Лидский районный исполнительный комитет"), name, email);
        String seminarTitle = TestData.unique("Мой семинар ");
        long s = seminar("BY-HR", seminarTitle, ",\"start\":\"2032-09-09T10:00\",\"end\":\"2032-09-09T14:00\"");
        TestData.invitation(jdbc, tokens, s, official, null, null);
        MockHttpSession me = participant(email);

        String before = home(me);
        assertThat(before).contains(email).contains("id=\"request-link\"").doesNotContain(seminarTitle);
        mvc.perform(post("/home/link").session(me).with(csrf())).andExpect(redirectedUrl("/"));
        String link = mailedLink(email);

        // a made-up token, and the right one opened by another participant account, are unknown
        mvc.perform(get("/home/link/{t}", "made-up-token").session(me)).andExpect(status().isNotFound());
        String otherEmail = TestData.unique("other") + "@example.by";
        MockHttpSession other = participant(otherEmail);
        mvc.perform(get(link).session(other)).andExpect(status().isNotFound());
        mvc.perform(post(link).session(other).with(csrf())).andExpect(status().isNotFound());
        // a coordinator cannot use it either
        mvc.perform(get(link).session(Sessions.demo(mvc, "grodno"))).andExpect(status().isForbidden());
        assertThat(home(other)).doesNotContain(seminarTitle);

        String confirm = mvc.perform(get(link).session(me)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains(name);
        mvc.perform(post(link).session(me).with(csrf())).andExpect(redirectedUrl("/"));
        String after = home(me);
        assertThat(after).contains(seminarTitle).contains("Участвую очно").contains("href=\"/rsvp/").contains("id=\"my-record\"");
        assertThat(jdbc.sql("select official_id from participant_link where confirmed_at is not null and account_id = (select id from account where lower(email) = lower(:e))")
                .param("e", email).query(Long.class).single()).isEqualTo(official);
        // used once
        mvc.perform(post(link).session(me).with(csrf())).andExpect(status().isConflict());
    }

    @Test
    void anExpiredLinkIsRefusedAndAnAccountWithoutAMatchingOfficialIsTold() throws Exception {
        String email = TestData.unique("expired") + "@example.by";
        TestData.official(jdbc, TestData.organisation(jdbc, "Лидский районный исполнительный комитет"), "Просроченный " + TestData.unique(""), email);
        MockHttpSession me = participant(email);
        mvc.perform(post("/home/link").session(me).with(csrf())).andExpect(redirectedUrl("/"));
        String link = mailedLink(email);
        jdbc.sql("update participant_link set expires_at = now() - interval '1 minute' where official_id = (select id from official where lower(email) = lower(:e))")
                .param("e", email).update();
        String refused = mvc.perform(get(link).session(me)).andExpect(status().isGone()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Срок действия ссылки истёк");
        mvc.perform(post(link).session(me).with(csrf())).andExpect(status().isGone());

        MockHttpSession stranger = participant(TestData.unique("nobody") + "@example.by");
        assertThat(home(stranger)).contains("В справочнике нет должностного лица").doesNotContain("id=\"request-link\"");
        var refusedRequest = mvc.perform(post("/home/link").session(stranger).with(csrf())).andExpect(redirectedUrl("/")).andReturn();
        assertThat(refusedRequest.getFlashMap().get("flashError")).isEqualTo("home.link.noMatch");
    }
}

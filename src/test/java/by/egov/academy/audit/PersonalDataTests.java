package by.egov.academy.audit;

import java.util.UUID;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An official's data: the export holds their record, invitations, attendance, mails and audit entries; the
 * erasure leaves a tombstone, no trace of the name or address in the directory, the outbox, the export or the
 * audit log, and every count as it was; both are audited, and only the programme office may do either.
 */
@IntegrationTest
class PersonalDataTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    record Person(long id, String name, String email, String phone, long seminar, long invitation) {
    }

    private Person person() throws Exception {
        String name = TestData.unique("Персоналов Пётр ");
        String email = TestData.unique("person") + "@t.by";
        long org = TestData.organisation(jdbc, "Гродненский областной исполнительный комитет");
        long id = TestData.official(jdbc, org, name, email);
        String phone = "+375 152 " + (100000 + (int) (Math.random() * 899999));
        // an edit through the API, so that the log holds the name in an UPDATE's before and after as well
        mvc.perform(put("/api/v1/officials/{id}", id).with(httpBasic("admin", Sessions.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"fullName":"%s","position":"Заместитель","leadership":"DEPUTY_HEAD",
                                 "organisationId":%d,"email":"%s","phone":"%s"}
                                """.formatted(name, org, email, phone)))
                .andExpect(status().isOk());
        long seminar = jdbc.sql("select id from seminar order by id limit 1").query(Long.class).single();
        long invitation = jdbc.sql("""
                        insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, source,
                                                state, sent_at, responded_at, attended_at, attended_by, mail_error)
                        values (:s, :o, :n, :h, :c, 'MANUAL', 'ACCEPTED_IN_PERSON', now(), now(), now(), 'admin',
                                '550 no such user ' || :e) returning id
                        """).param("s", seminar).param("o", id)
                .param("n", UUID.randomUUID().toString().replace("-", ""))
                .param("h", (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""))
                .param("c", TestData.unique("").substring(0, 8)).param("e", email)
                .query(Long.class).single();
        jdbc.sql("""
                        insert into outbox_message (cause_key, message_id, recipient, subject, text_body, html_body, state, sent_at)
                        values (:k, :m, :e, 'Приглашение', 'Уважаемый ' || :n, '<p>Уважаемый ' || :n || '</p>', 'SENT', now())
                        """).param("k", "invitation:" + invitation + ":sent:1").param("m", "<" + UUID.randomUUID() + "@t>")
                .param("e", email).param("n", name).update();
        return new Person(id, name, email, phone, seminar, invitation);
    }

    private long auditCount(String action, long official) {
        return jdbc.sql("select count(*) from audit_log where entity = 'official' and entity_id = :id and action = :a and actor = 'admin'")
                .param("id", String.valueOf(official)).param("a", action).query(Long.class).single();
    }

    @Test
    void theExportHoldsEverythingAboutTheOfficialAndIsAudited() throws Exception {
        Person p = person();
        mvc.perform(get("/api/v1/officials/{id}/personal-data", p.id()).with(httpBasic("admin", Sessions.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.official.fullName").value(p.name()))
                .andExpect(jsonPath("$.official.email").value(p.email()))
                .andExpect(jsonPath("$.invitations[0].id").value(p.invitation()))
                .andExpect(jsonPath("$.invitations[0].seminarId").value(p.seminar()))
                .andExpect(jsonPath("$.invitations[0].state").value("ACCEPTED_IN_PERSON"))
                .andExpect(jsonPath("$.attendance[0].mode").value("IN_PERSON"))
                .andExpect(jsonPath("$.mails[0].causeKey").value("invitation:" + p.invitation() + ":sent:1"))
                .andExpect(jsonPath("$.mails[0].recipient").value(p.email()))
                .andExpect(jsonPath("$.auditEntries[0].action").value("INSERT"))
                .andExpect(jsonPath("$.auditEntries[0].after.full_name").value(p.name()));
        assertThat(auditCount("EXPORT", p.id())).isEqualTo(1);

        // the page's button downloads the same document
        MockHttpSession admin = Sessions.admin(mvc);
        String page = mvc.perform(get("/directory/officials/{id}", p.id()).session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/admin/officials/" + p.id() + "/personal-data").contains("/admin/officials/" + p.id() + "/erasure");
        String download = mvc.perform(get("/admin/officials/{id}/personal-data", p.id()).session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("Content-Disposition");
        assertThat(download).contains("attachment");
        assertThat(auditCount("EXPORT", p.id())).isEqualTo(2);
    }

    @Test
    void onlyTheProgrammeOfficeExportsOrErases() throws Exception {
        Person p = person();
        var grodno = httpBasic("grodno", Sessions.DEMO_PASSWORD);
        mvc.perform(get("/api/v1/officials/{id}/personal-data", p.id()).with(grodno)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/officials/{id}/erasure", p.id()).with(grodno)).andExpect(status().isForbidden());
        MockHttpSession session = Sessions.demo(mvc, "grodno");
        mvc.perform(get("/admin/officials/{id}/personal-data", p.id()).session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/officials/{id}/erasure", p.id()).session(session).with(csrf()).param("confirm", "yes"))
                .andExpect(status().isForbidden());
        String page = mvc.perform(get("/directory/officials/{id}", p.id()).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("/admin/officials/" + p.id());
        assertThat(jdbc.sql("select full_name from official where id = :id").param("id", p.id()).query(String.class).single())
                .isEqualTo(p.name());
        mvc.perform(get("/api/v1/officials/{id}/personal-data", 999_999_999L).with(httpBasic("admin", Sessions.ADMIN_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theErasureLeavesATombstoneAndEveryCount() throws Exception {
        Person p = person();
        long invitationsBefore = jdbc.sql("select count(*) from invitation where seminar_id = :s")
                .param("s", p.seminar()).query(Long.class).single();
        long attendedBefore = jdbc.sql("select count(*) from invitation where seminar_id = :s and attended_at is not null")
                .param("s", p.seminar()).query(Long.class).single();
        MockHttpSession admin = Sessions.admin(mvc);

        assertThat(mvc.perform(get("/admin/officials/{id}/erasure", p.id()).session(admin).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains(p.name()).contains("Erase personal data");
        mvc.perform(post("/admin/officials/{id}/erasure", p.id()).session(admin).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(auditCount("ERASE", p.id())).isZero();
        mvc.perform(post("/admin/officials/{id}/erasure", p.id()).session(admin).with(csrf()).param("confirm", "yes"))
                .andExpect(status().is3xxRedirection());

        var row = jdbc.sql("select full_name, email, phone, position, erased_at from official where id = :id")
                .param("id", p.id()).query().singleRow();
        assertThat((String) row.get("full_name")).startsWith("Удалено по запросу #");
        assertThat((String) row.get("email")).endsWith("@erased.invalid");
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("erased_at")).isNotNull();
        assertThat(jdbc.sql("select count(*) from invitation where seminar_id = :s").param("s", p.seminar())
                .query(Long.class).single()).isEqualTo(invitationsBefore);
        assertThat(jdbc.sql("select count(*) from invitation where seminar_id = :s and attended_at is not null")
                .param("s", p.seminar()).query(Long.class).single()).isEqualTo(attendedBefore);

        // nothing personal anywhere: audit log (every entry, not only the official's), outbox, invitation
        for (String trace : new String[] {p.name(), p.email(), p.phone()}) {
            assertThat(jdbc.sql("""
                            select count(*) from audit_log
                            where coalesce(before::text, '') || coalesce(after::text, '') || coalesce(diff::text, '') like :t
                            """).param("t", "%" + trace + "%").query(Long.class).single()).as(trace).isZero();
            assertThat(jdbc.sql("""
                            select count(*) from outbox_message
                            where recipient || subject || text_body || html_body like :t
                            """).param("t", "%" + trace + "%").query(Long.class).single()).as(trace).isZero();
        }
        assertThat(jdbc.sql("select mail_error from invitation where id = :id").param("id", p.invitation())
                .query(String.class).optional()).isEmpty();

        String export = mvc.perform(get("/api/v1/officials/{id}/personal-data", p.id())
                        .with(httpBasic("admin", Sessions.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.invitations[0].id").value(p.invitation()))
                .andReturn().getResponse().getContentAsString();
        assertThat(export).doesNotContain(p.name()).doesNotContain(p.email()).contains("erased.invalid");
        assertThat(auditCount("ERASE", p.id())).isEqualTo(1);
        assertThat(auditCount("EXPORT", p.id())).isEqualTo(1);

        // both actions show on the search page, and a second erasure is refused
        assertThat(mvc.perform(get("/admin/audit").session(admin).param("entity", "official")
                        .param("entityId", String.valueOf(p.id())).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Personal data erased").contains("Personal data exported");
        mvc.perform(post("/api/v1/officials/{id}/erasure", p.id()).with(httpBasic("admin", Sessions.ADMIN_PASSWORD)))
                .andExpect(status().isConflict());
    }

    /** A named survey answer of the person's: a score, a free text and a self-assessment on a seminar of its own. */
    private java.util.UUID namedSurveyAnswer(Person p) {
        long seminar = jdbc.sql("""
                        insert into seminar (programme_id, level, host_territory_id, title_ru)
                        values ((select min(id) from programme), 'REGIONAL', (select id from territory where code = 'BY-HR'), :t)
                        returning id
                        """).param("t", TestData.unique("Семинар с анкетой ")).query(Long.class).single();
        long invitation = jdbc.sql("""
                        insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, source, state, attended_at)
                        values (:s, :o, :n, :h, 'SURVEY01', 'MANUAL', 'ACCEPTED_IN_PERSON', now()) returning id
                        """).param("s", seminar).param("o", p.id())
                .param("n", UUID.randomUUID().toString().replace("-", ""))
                .param("h", (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""))
                .query(Long.class).single();
        long survey = jdbc.sql("insert into survey (seminar_id, state, sent_at) values (:s, 'SENT', now()) returning id")
                .param("s", seminar).query(Long.class).single();
        long overall = jdbc.sql("""
                        insert into survey_question (survey_id, position, kind, text_ru, text_be, text_en)
                        values (:s, 1, 'OVERALL', 'Полезность', 'Карыснасць', 'Usefulness') returning id
                        """).param("s", survey).query(Long.class).single();
        long text = jdbc.sql("""
                        insert into survey_question (survey_id, position, kind, text_ru, text_be, text_en)
                        values (:s, 2, 'MOST_USEFUL', 'Полезнее всего', 'Найбольш карысна', 'Most useful') returning id
                        """).param("s", survey).query(Long.class).single();
        java.util.UUID response = jdbc.sql("""
                        insert into survey_response (survey_id, invitation_id, official_id, language, submitted_on, submitted_at)
                        values (:s, :i, :o, 'ru', current_date, now()) returning id
                        """).param("s", survey).param("i", invitation).param("o", p.id()).query(java.util.UUID.class).single();
        jdbc.sql("insert into survey_answer (response_id, question_id, score) values (:r, :q, 4)")
                .param("r", response).param("q", overall).update();
        jdbc.sql("insert into survey_answer (response_id, question_id, text_value) values (:r, :q, :t)")
                .param("r", response).param("q", text).param("t", "Я, " + p.name() + ", узнал об облаках").update();
        return response;
    }

    @Test
    void namedSurveyAnswersAreExportedAndOnErasureBecomeAnonymousWithoutTheirTexts() throws Exception {
        Person p = person();
        java.util.UUID response = namedSurveyAnswer(p);
        mvc.perform(get("/api/v1/officials/{id}/personal-data", p.id()).with(httpBasic("admin", Sessions.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.surveyAnswers.length()").value(2))
                .andExpect(jsonPath("$.surveyAnswers[0].responseId").value(response.toString()))
                .andExpect(jsonPath("$.surveyAnswers[0].questionKind").value("OVERALL"))
                .andExpect(jsonPath("$.surveyAnswers[0].score").value(4))
                .andExpect(jsonPath("$.surveyAnswers[1].text").value("Я, " + p.name() + ", узнал об облаках"));

        mvc.perform(post("/admin/officials/{id}/erasure", p.id()).session(Sessions.admin(mvc)).with(csrf()).param("confirm", "yes"))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.sql("select official_id, invitation_id, submitted_at, submitted_on from survey_response where id = :r")
                .param("r", response).query().singleRow();
        assertThat(row.get("official_id")).as("no link to the person").isNull();
        assertThat(row.get("invitation_id")).isNull();
        assertThat(row.get("submitted_at")).as("only the day stays").isNull();
        assertThat(row.get("submitted_on")).isNotNull();
        assertThat(jdbc.sql("select score from survey_answer where response_id = :r and score is not null").param("r", response)
                .query(Integer.class).list()).as("the figure stays in the results").containsExactly(4);
        assertThat(jdbc.sql("select count(*) from survey_answer where response_id = :r and text_value is not null")
                .param("r", response).query(Long.class).single()).as("free texts may describe the person").isZero();
    }

    @Autowired
    by.egov.academy.participation.invitation.InvitationTokens invitationTokens;
    @Autowired
    by.egov.academy.feedback.survey.SurveyTokens surveyTokens;

    /**
     * After erasure none of the person's links opens anything: not the invitation to a coming seminar (which is
     * cancelled, its seat freed), not their own record, not the survey of a seminar they attended.
     */
    @Test
    void anErasedOfficialsPersonalLinksOpenNothing() throws Exception {
        Person p = person();
        long held = jdbc.sql("""
                        insert into seminar (programme_id, level, host_territory_id, title_ru, starts_at, ends_at, status)
                        values ((select min(id) from programme), 'REGIONAL', :t, :title,
                                timestamptz '2018-03-01 10:00:00+03', timestamptz '2018-03-01 14:00:00+03', 'HELD')
                        returning id
                        """).param("t", TestData.territory(jdbc, "BY-HR")).param("title", TestData.unique("Прошедший "))
                .query(Long.class).single();
        long survey = jdbc.sql("insert into survey (seminar_id, state, sent_at) values (:s, 'SENT', now()) returning id")
                .param("s", held).query(Long.class).single();
        jdbc.sql("""
                        insert into survey_question (survey_id, position, kind, text_ru, text_be, text_en)
                        values (:s, 1, 'OVERALL', 'Полезность', 'Карыснасць', 'Usefulness')
                        """).param("s", survey).update();
        String heldNonce = by.egov.academy.participation.invitation.InvitationTokens.newNonce();
        long attended = invitation(held, p.id(), heldNonce, "ACCEPTED_IN_PERSON", true);
        long coming = jdbc.sql("""
                        insert into seminar (programme_id, level, host_territory_id, title_ru, starts_at, ends_at, status)
                        values ((select min(id) from programme), 'REGIONAL', :t, :title,
                                now() + interval '40 days', now() + interval '40 days 4 hours', 'REGISTRATION_OPEN')
                        returning id
                        """).param("t", TestData.territory(jdbc, "BY-HR")).param("title", TestData.unique("Будущий "))
                .query(Long.class).single();
        String comingNonce = by.egov.academy.participation.invitation.InvitationTokens.newNonce();
        long seated = invitation(coming, p.id(), comingNonce, "ACCEPTED_IN_PERSON", false);
        jdbc.sql("insert into seat (seminar_id, seat_no, invitation_id) values (:s, 1, :i)")
                .param("s", coming).param("i", seated).update();
        String rsvp = "/rsvp/" + invitationTokens.token(comingNonce);
        String record = "/my-record/" + invitationTokens.token(heldNonce);
        String answer = "/seminars/" + held + "/survey/" + surveyTokens.token(attended);
        for (String link : new String[] {rsvp, record, answer}) {
            mvc.perform(get(link)).andExpect(status().isOk());
        }

        mvc.perform(post("/admin/officials/{id}/erasure", p.id()).session(Sessions.admin(mvc)).with(csrf())
                .param("confirm", "yes")).andExpect(status().is3xxRedirection());

        for (String link : new String[] {rsvp, record, answer}) {
            String page = mvc.perform(get(link)).andExpect(status().isNotFound()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(page).as(link).doesNotContain("Удалено по запросу").doesNotContain(p.name());
        }
        mvc.perform(post(rsvp).param("choice", "IN_PERSON")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select state from invitation where id = :i").param("i", seated).query(String.class).single())
                .isEqualTo("CANCELLED");
        assertThat(jdbc.sql("select count(*) from seat where invitation_id = :i").param("i", seated)
                .query(Long.class).single()).as("the seat is free again").isZero();
        assertThat(jdbc.sql("select state from invitation where id = :i").param("i", attended).query(String.class).single())
                .as("the past stays as it was").isEqualTo("ACCEPTED_IN_PERSON");
    }

    private long invitation(long seminar, long official, String nonce, String state, boolean attended) {
        return jdbc.sql("""
                        insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, source, state,
                                                sent_at, attended_at)
                        values (:s, :o, :n, :h, :c, 'MANUAL', :state, now(), case when :attended then now() end)
                        returning id
                        """).param("s", seminar).param("o", official).param("n", nonce)
                .param("h", by.egov.academy.participation.invitation.InvitationTokens.hash(invitationTokens.token(nonce)))
                .param("c", by.egov.academy.participation.invitation.InvitationTokens.newShortCode())
                .param("state", state).param("attended", attended).query(Long.class).single();
    }

    @Test
    void theApiErases() throws Exception {
        Person p = person();
        mvc.perform(post("/api/v1/officials/{id}/erasure", p.id()).with(httpBasic("admin", Sessions.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.officialId").value(p.id()))
                .andExpect(jsonPath("$.invitations").value(1))
                .andExpect(jsonPath("$.mails").value(1));
        assertThat(jdbc.sql("select count(*) from official where id = :id and full_name = :n").param("id", p.id())
                .param("n", p.name()).query(Long.class).single()).isZero();
    }
}

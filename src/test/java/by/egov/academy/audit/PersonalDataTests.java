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

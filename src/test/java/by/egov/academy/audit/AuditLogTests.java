package by.egov.academy.audit;

import java.time.LocalDate;
import java.util.Map;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every write through the pages and the API leaves an entry with who, from where, what and the changed keys;
 * entries cannot be changed or removed; the programme office (and only it) searches them.
 */
@IntegrationTest
class AuditLogTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private long grodnoOfficial(String name) {
        long org = TestData.organisation(jdbc, "Гродненский областной исполнительный комитет");
        return TestData.official(jdbc, org, name, TestData.unique("audit") + "@t.by");
    }

    private Map<String, Object> lastEntry(String entity, long id, String action) {
        return jdbc.sql("""
                        select actor, address, diff::text as diff, before::text as before, after::text as after
                        from audit_log where entity = :e and entity_id = :id and action = :a order by id desc limit 1
                        """).param("e", entity).param("id", String.valueOf(id)).param("a", action)
                .query().singleRow();
    }

    @Test
    void anApiEditIsRecordedWithActorAddressAndDiff() throws Exception {
        long id = grodnoOfficial("Аудитов Аркадий");
        String email = jdbc.sql("select email from official where id = :id").param("id", id).query(String.class).single();
        long org = TestData.organisation(jdbc, "Гродненский областной исполнительный комитет");
        mvc.perform(put("/api/v1/officials/{id}", id).with(httpBasic("admin", Sessions.ADMIN_PASSWORD))
                        .with(from("10.20.30.40")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"fullName":"Аудитов Аркадий","position":"Начальник отдела","leadership":"OTHER",
                                 "organisationId":%d,"email":"%s","phone":"+375 29 1112233","language":"ru"}
                                """.formatted(org, email)))
                .andExpect(status().isOk());

        Map<String, Object> entry = lastEntry("official", id, "UPDATE");
        assertThat(entry.get("actor")).isEqualTo("admin");
        assertThat(entry.get("address")).isEqualTo("10.20.30.40");
        String diff = (String) entry.get("diff");
        assertThat(diff).contains("\"position\": [\"Специалист\", \"Начальник отдела\"]")
                .contains("\"phone\": [null, \"+375 29 1112233\"]")
                .doesNotContain("\"email\"").doesNotContain("\"full_name\"").doesNotContain("search_text");
        // the insert by SQL outside any request is the system's
        assertThat(lastEntry("official", id, "INSERT").get("actor")).isEqualTo("system");
        assertThat((String) lastEntry("official", id, "INSERT").get("after")).contains("Аудитов Аркадий");
    }

    @Test
    void aPageEditIsRecordedUnderTheSignedInUser() throws Exception {
        long id = grodnoOfficial("Формов Фёдор");
        String email = jdbc.sql("select email from official where id = :id").param("id", id).query(String.class).single();
        long org = TestData.organisation(jdbc, "Гродненский областной исполнительный комитет");
        MockHttpSession grodno = Sessions.demo(mvc, "grodno");
        mvc.perform(post("/directory/officials/{id}", id).session(grodno).with(csrf()).with(from("192.168.7.7"))
                        .param("fullName", "Формов Фёдор Фомич").param("position", "Специалист")
                        .param("leadership", "OTHER").param("organisationId", String.valueOf(org))
                        .param("email", email).param("language", "be"))
                .andExpect(status().is3xxRedirection());

        Map<String, Object> entry = lastEntry("official", id, "UPDATE");
        assertThat(entry.get("actor")).isEqualTo("grodno");
        assertThat(entry.get("address")).isEqualTo("192.168.7.7");
        assertThat((String) entry.get("diff")).contains("\"full_name\": [\"Формов Фёдор\", \"Формов Фёдор Фомич\"]")
                .contains("\"language\": [\"ru\", \"be\"]");
        assertThat((String) entry.get("before")).contains("\"email\"");
    }

    @Test
    void entriesCannotBeChangedOrRemoved() {
        long id = grodnoOfficial("Неизменный Никита");
        long entry = jdbc.sql("select max(id) from audit_log where entity = 'official' and entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'someone' where id = :id").param("id", entry).update())
                .rootCause().hasMessageContaining("cannot be changed or removed");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where id = :id").param("id", entry).update())
                .rootCause().hasMessageContaining("cannot be changed or removed");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update())
                .rootCause().hasMessageContaining("cannot be changed or removed");
        assertThat(jdbc.sql("select actor from audit_log where id = :id").param("id", entry).query(String.class).single())
                .isEqualTo("system");
    }

    @Test
    void secretsNeverReachTheLog() {
        assertThat(jdbc.sql("select count(*) from audit_log where entity = 'account'").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("""
                        select count(*) from audit_log
                        where jsonb_exists_any(before, array['password_hash', 'token_hash', 'token_nonce'])
                           or jsonb_exists_any(after, array['password_hash', 'token_hash', 'token_nonce'])
                           or jsonb_exists_any(diff, array['password_hash', 'token_hash', 'token_nonce'])
                        """).query(Long.class).single()).isZero();
    }

    @Test
    void theProgrammeOfficeSearchesTheLogAndOthersCannot() throws Exception {
        String marker = TestData.unique("Поисков");
        long id = grodnoOfficial(marker);
        MockHttpSession admin = Sessions.admin(mvc);

        String page = mvc.perform(get("/admin/audit").session(admin).param("entity", "official")
                        .param("entityId", String.valueOf(id)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(marker).contains("Журнал аудита");

        String byText = mvc.perform(get("/admin/audit").session(admin).param("q", marker).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(byText).contains(marker).contains("Audit log").contains("Found: 1");

        String byActor = mvc.perform(get("/admin/audit").session(admin).param("q", marker).param("actor", "grodno")
                        .param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(byActor).contains("Found: 0");
        assertThat(mvc.perform(get("/admin/audit").session(admin).param("q", marker).param("actor", "SYSTEM")
                        .param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Found: 1");

        String today = LocalDate.now(java.time.ZoneId.of("Europe/Minsk")).toString();
        String tomorrow = LocalDate.now(java.time.ZoneId.of("Europe/Minsk")).plusDays(1).toString();
        assertThat(mvc.perform(get("/admin/audit").session(admin).param("q", marker).param("from", today)
                        .param("to", today).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Found: 1");
        assertThat(mvc.perform(get("/admin/audit").session(admin).param("q", marker).param("from", tomorrow)
                        .param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Found: 0");

        mvc.perform(get("/admin/audit").session(admin).param("entity", "nonsense")).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/admin/audit").session(admin).param("from", tomorrow).param("to", today))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/admin/audit").session(admin).param("from", "not-a-date")).andExpect(status().isBadRequest());
        assertThat(mvc.perform(get("/admin/audit").session(admin).param("lang", "be"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Журнал аўдыту");

        mvc.perform(get("/admin/audit").session(Sessions.demo(mvc, "grodno"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").session(Sessions.demo(mvc, "lida"))).andExpect(status().isForbidden());
    }

    @Autowired
    by.egov.academy.participation.invitation.InvitationTokens tokens;

    @Test
    void anAnonymousRsvpAnswerIsRecordedAsAnonymous() throws Exception {
        var admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
        long venue = jdbc.sql("select id from venue order by id limit 1").query(Long.class).single();
        String body = mvc.perform(post("/api/v1/seminars").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"hostTerritoryId":%d,"titleRu":"%s","start":"2031-05-12T10:00","end":"2031-05-12T13:00","venueId":%d}
                        """.formatted(TestData.territory(jdbc, "BY-HR"), TestData.unique("Аудит "), venue)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long seminar = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/seminars/{id}/status", seminar).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"ANNOUNCED\"}")).andExpect(status().isOk());
        assertThat(lastEntry("seminar", seminar, "INSERT").get("actor")).isEqualTo("admin");

        long official = grodnoOfficial("Ответов Олег");
        String nonce = by.egov.academy.participation.invitation.InvitationTokens.newNonce();
        String token = tokens.token(nonce);
        long invitation = jdbc.sql("""
                        insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, source, state)
                        values (:s, :o, :n, :h, :c, 'MANUAL', 'SENT') returning id
                        """).param("s", seminar).param("o", official).param("n", nonce)
                .param("h", by.egov.academy.participation.invitation.InvitationTokens.hash(token))
                .param("c", by.egov.academy.participation.invitation.InvitationTokens.newShortCode())
                .query(Long.class).single();
        mvc.perform(post("/rsvp/{token}", token).with(from("172.16.0.9")).param("choice", "DECLINE"))
                .andExpect(status().is3xxRedirection());

        Map<String, Object> entry = lastEntry("invitation", invitation, "UPDATE");
        assertThat(entry.get("actor")).isEqualTo("anonymous");
        assertThat(entry.get("address")).isEqualTo("172.16.0.9");
        assertThat((String) entry.get("diff")).contains("\"state\": [\"SENT\", \"DECLINED\"]");
        assertThat((String) entry.get("after")).doesNotContain("token_hash").doesNotContain(nonce);
    }

    @Test
    void accountChangesAreTheProgrammeOfficesAndKeepNoPasswordHash() throws Exception {
        String username = TestData.unique("audited").replace("-", "");
        MockHttpSession admin = Sessions.admin(mvc);
        mvc.perform(post("/admin/accounts").session(admin).with(csrf()).with(from("10.9.8.7"))
                        .param("username", username).param("displayName", "Аудируемый Эксперт").param("email", "")
                        .param("role", "EXPERT").param("initialPassword", "a-long-initial-password"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from account where username = :u").param("u", username).query(Long.class).single();
        mvc.perform(post("/admin/accounts/{id}/enabled", id).session(admin).with(csrf()).with(from("10.9.8.7")))
                .andExpect(status().is3xxRedirection());

        Map<String, Object> created = lastEntry("account", id, "INSERT");
        assertThat(created.get("actor")).isEqualTo("admin");
        assertThat(created.get("address")).isEqualTo("10.9.8.7");
        assertThat((String) created.get("after")).contains(username).doesNotContain("password_hash");
        Map<String, Object> disabled = lastEntry("account", id, "UPDATE");
        assertThat(disabled.get("actor")).isEqualTo("admin");
        assertThat((String) disabled.get("diff")).isEqualTo("{\"enabled\": [true, false]}");
    }
}

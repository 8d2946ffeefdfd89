package by.egov.academy.support;

import by.egov.academy.participation.invitation.InvitationTokens;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A Grodno seminar for the RSVP page: announced, 14 May 2031 10:00–13:30 Minsk, in a new venue with a Russian and an
 * English address, with the Lida district's videoconference site; invitations are written as sent, without mail.
 */
public record RsvpFixture(long seminar, long lidaSite, long lidaCommittee, String address, String venueName) {

    public static RsvpFixture create(MockMvc mvc, JdbcClient jdbc) throws Exception {
        var admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
        long grodnoCity = jdbc.sql("select id from territory where level = 'CITY' and name_ru = 'Гродно'").query(Long.class).single();
        String address = TestData.unique("г. Гродно, ул. Проверочная, ") + " корп. 2";
        String venueName = TestData.unique("Зал приёма ответов ");
        long venue = jdbc.sql("""
                        insert into venue (name_ru, name_en, address, address_en, territory_id)
                        values (:n, 'Answers Hall', :a, '2 Checking St, Hrodna', :t) returning id
                        """).param("n", venueName).param("a", address).param("t", grodnoCity).query(Long.class).single();
        long cycle = jdbc.sql("select id from cycle order by id limit 1").query(Long.class).single();
        String body = mvc.perform(post("/api/v1/seminars").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"%s","start":"2031-05-14T10:00","end":"2031-05-14T13:30","venueId":%d}
                        """.formatted(cycle, TestData.territory(jdbc, "BY-HR"), TestData.unique("Ответы, "), venue)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long seminar = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/seminars/{id}/status", seminar).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"ANNOUNCED\"}")).andExpect(status().isOk());
        long lida = TestData.territory(jdbc, "BY-HR-LIDA");
        mvc.perform(post("/api/v1/seminars/{id}/remote-sites", seminar).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"territoryId\":" + lida + "}")).andExpect(status().isCreated());
        long site = jdbc.sql("select id from remote_site where seminar_id = :s and territory_id = :t")
                .param("s", seminar).param("t", lida).query(Long.class).single();
        return new RsvpFixture(seminar, site, TestData.organisation(jdbc, "Лидский районный исполнительный комитет"),
                address, venueName);
    }

    /** A new official of the Lida committee with a sent invitation; returns the personal link's token. */
    public String invite(JdbcClient jdbc, InvitationTokens tokens, String fullName) {
        long official = TestData.official(jdbc, lidaCommittee, fullName, TestData.unique("rsvp") + "@lida.example");
        String nonce = InvitationTokens.newNonce();
        jdbc.sql("""
                        insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, source, state, sent_at)
                        values (:s, :o, :n, :h, :c, 'MANUAL', 'SENT', now())
                        """).param("s", seminar).param("o", official).param("n", nonce)
                .param("h", InvitationTokens.hash(tokens.token(nonce))).param("c", InvitationTokens.newShortCode()).update();
        return tokens.token(nonce);
    }

    /** Moves the seminar's start 20 minutes into the past: answers are closed. */
    public void startInThePast(JdbcClient jdbc) {
        jdbc.sql("update seminar set starts_at = now() - interval '20 minutes', ends_at = now() + interval '3 hours' where id = :s")
                .param("s", seminar).update();
    }
}

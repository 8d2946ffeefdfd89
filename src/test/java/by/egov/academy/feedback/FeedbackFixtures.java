package by.egov.academy.feedback;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import by.egov.academy.participation.invitation.InvitationTokens;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A Grodno seminar of this test's own, held yesterday, with two talks (one tagged) and a break, and its attendees. */
final class FeedbackFixtures {

    private FeedbackFixtures() {
    }

    record Held(long seminar, long talk, long otherTalk, long competence, String title) {
    }

    static Held heldSeminar(MockMvc mvc, JdbcClient jdbc) throws Exception {
        var admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
        long cycle = jdbc.sql("select min(id) from cycle").query(Long.class).single();
        String title = TestData.unique("Семинар для анкеты ");
        String body = mvc.perform(post("/api/v1/seminars").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"%s","start":"2030-05-14T10:00","end":"2030-05-14T14:00"}
                        """.formatted(cycle, TestData.territory(jdbc, "BY-HR"), title)))
                .andReturn().getResponse().getContentAsString();
        long seminar = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        long expert = jdbc.sql("select min(id) from expert").query(Long.class).single();
        for (String talk : new String[]{
                "{\"kind\":\"TALK\",\"titleRu\":\"Облачные сервисы\",\"titleBe\":\"Воблачныя сэрвісы\",\"titleEn\":\"Cloud services\",\"start\":\"2030-05-14T10:00\",\"end\":\"2030-05-14T11:00\",\"expertIds\":[EXPERT]}",
                "{\"kind\":\"BREAK\",\"titleRu\":\"Перерыв\",\"start\":\"2030-05-14T11:00\",\"end\":\"2030-05-14T11:15\"}",
                "{\"kind\":\"TALK\",\"titleRu\":\"Умный город\",\"start\":\"2030-05-14T11:15\",\"end\":\"2030-05-14T12:00\",\"expertIds\":[EXPERT]}"}) {
            mvc.perform(post("/api/v1/seminars/{id}/talks", seminar).with(admin).contentType(MediaType.APPLICATION_JSON)
                    .content(talk.replace("EXPERT", "" + expert))).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());
        }
        long talk = jdbc.sql("select id from talk where seminar_id = :s and title_ru = 'Облачные сервисы'").param("s", seminar)
                .query(Long.class).single();
        long other = jdbc.sql("select id from talk where seminar_id = :s and title_ru = 'Умный город'").param("s", seminar)
                .query(Long.class).single();
        long competence = TestData.currentCompetence(jdbc);
        jdbc.sql("insert into talk_competence (talk_id, competence_id, target_level) values (:t, :c, 2)")
                .param("t", talk).param("c", competence).update();
        // held yesterday: the survey is due two hours after the end
        Instant start = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        jdbc.sql("update seminar set status = 'HELD', starts_at = :s, ends_at = :e where id = :id")
                .param("s", Timestamp.from(start.minus(4, ChronoUnit.HOURS))).param("e", Timestamp.from(start))
                .param("id", seminar).update();
        return new Held(seminar, talk, other, competence, title);
    }

    /** An official of a Lida organisation of this test, with the given mail language, and their invitation. */
    static long attendee(JdbcClient jdbc, long seminar, String name, String language, boolean attended) {
        long lida = TestData.territory(jdbc, "BY-HR-LIDA");
        long organisation = jdbc.sql("insert into organisation (name_ru, category, territory_id) values (:n, 'OTHER', :t) returning id")
                .param("n", TestData.unique("Лидская организация анкеты ")).param("t", lida).query(Long.class).single();
        long official = TestData.official(jdbc, organisation, name, TestData.unique("survey") + "@t.by");
        jdbc.sql("update official set language = :l where id = :id").param("l", language).param("id", official).update();
        String nonce = InvitationTokens.newNonce();
        return jdbc.sql("""
                        insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, source, state,
                                                attended_at, attended_by)
                        values (:s, :o, :n, :h, :c, 'MANUAL', 'ACCEPTED_IN_PERSON', :at, 'test') returning id
                        """).param("s", seminar).param("o", official).param("n", nonce)
                .param("h", InvitationTokens.hash(nonce)).param("c", InvitationTokens.newShortCode())
                .param("at", attended ? Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)) : null)
                .query(Long.class).single();
    }

    static String email(JdbcClient jdbc, long invitation) {
        return jdbc.sql("select f.email from invitation i join official f on f.id = i.official_id where i.id = :i")
                .param("i", invitation).query(String.class).single();
    }
}

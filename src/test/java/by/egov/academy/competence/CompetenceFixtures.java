package by.egov.academy.competence;

import java.sql.Timestamp;

import by.egov.academy.participation.invitation.InvitationTokens;
import by.egov.academy.support.TestData;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Attendees of the demo Grodno seminar made for one test: a Lida organisation's official and an invitation. */
final class CompetenceFixtures {

    private CompetenceFixtures() {
    }

    static long grodnoSeminar(JdbcClient jdbc) {
        return jdbc.sql("select s.id from seminar s join territory t on t.id = s.host_territory_id where t.code = 'BY-HR' "
                + "and (s.starts_at at time zone 'Europe/Minsk')::date = date '2017-09-08'").query(Long.class).single();
    }

    static long lidaOfficial(JdbcClient jdbc, String fullName) {
        long lida = TestData.territory(jdbc, "BY-HR-LIDA");
        long organisation = jdbc.sql("insert into organisation (name_ru, category, territory_id) values (:n, 'OTHER', :t) returning id")
                .param("n", TestData.unique("Лидская организация ")).param("t", lida).query(Long.class).single();
        return TestData.official(jdbc, organisation, fullName, TestData.unique("comp") + "@t.by");
    }

    /** An invitation accepted in person (no site) or at the site, attended on the morning of 8 September 2017 or not. */
    static long invitation(JdbcClient jdbc, InvitationTokens tokens, long seminar, long official, Long site, boolean attended) {
        return TestData.invitation(jdbc, tokens, seminar, official, site,
                attended ? Timestamp.valueOf("2017-09-08 10:05:00") : null);
    }

    /**
     * A held seminar of Grodno oblast of the test's own (so bulk issues touch no demo attendee), 15 September 2017
     * from 10:00 to 14:00 Minsk time, with one talk tagged with the current framework's first competence.
     */
    static long heldSeminar(JdbcClient jdbc, String title) {
        long seminar = jdbc.sql("""
                        insert into seminar (programme_id, level, host_territory_id, title_ru, title_be, starts_at, ends_at, status)
                        values ((select min(id) from programme), 'REGIONAL', :t, :title, :title,
                                timestamptz '2017-09-15 10:00:00+03', timestamptz '2017-09-15 14:00:00+03', 'HELD')
                        returning id
                        """).param("t", TestData.territory(jdbc, "BY-HR")).param("title", title).query(Long.class).single();
        long talk = jdbc.sql("""
                        insert into talk (seminar_id, kind, title_ru, starts_at, ends_at)
                        values (:s, 'TALK', 'Доклад', timestamptz '2017-09-15 10:00:00+03', timestamptz '2017-09-15 11:00:00+03')
                        returning id
                        """).param("s", seminar).query(Long.class).single();
        jdbc.sql("insert into talk_competence (talk_id, competence_id, target_level) values (:t, :c, 2)")
                .param("t", talk).param("c", TestData.currentCompetence(jdbc)).update();
        return seminar;
    }

    /** An invitation with a personal link whose token the test keeps (the record's own link is that token). */
    record Linked(long invitationId, String token) {
    }

    static Linked linkedInvitation(JdbcClient jdbc, InvitationTokens tokens, long seminar, long official, boolean attended) {
        String nonce = InvitationTokens.newNonce();
        String token = tokens.token(nonce);
        long id = jdbc.sql("""
                        insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, source, state,
                                                sent_at, attended_at, attended_by)
                        values (:s, :o, :n, :h, :c, 'MANUAL', 'ACCEPTED_IN_PERSON', now(), :at, 'test') returning id
                        """).param("s", seminar).param("o", official).param("n", nonce).param("h", InvitationTokens.hash(token))
                .param("c", InvitationTokens.newShortCode())
                .param("at", attended ? Timestamp.valueOf("2017-09-08 10:05:00") : null).query(Long.class).single();
        return new Linked(id, token);
    }
}

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
}

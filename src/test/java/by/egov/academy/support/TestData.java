package by.egov.academy.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Looks up reference data and makes unique officials for tests sharing one database. */
public final class TestData {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private TestData() {
    }

    public static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000_000 + "-" + SEQ.incrementAndGet();
    }

    /** The demo data's held Grodno seminar of 8 September 2017, first of its cycle. */
    public static long demoGrodnoSeminar(JdbcClient jdbc) {
        return jdbc.sql("select s.id from seminar s join territory t on t.id = s.host_territory_id where t.code = 'BY-HR' and s.ordinal = 1 order by s.id limit 1")
                .query(Long.class).single();
    }

    public static long territory(JdbcClient jdbc, String code) {
        return jdbc.sql("select id from territory where code = :c").param("c", code).query(Long.class).single();
    }

    public static long organisation(JdbcClient jdbc, String nameRu) {
        return jdbc.sql("select id from organisation where name_ru = :n").param("n", nameRu).query(Long.class).single();
    }

    public static long official(JdbcClient jdbc, long organisationId, String fullName, String email) {
        return jdbc.sql("""
                        insert into official (full_name, position, leadership, organisation_id, email)
                        values (:n, 'Специалист', 'OTHER', :o, :e) returning id
                        """).param("n", fullName).param("o", organisationId).param("e", email)
                .query(Long.class).single();
    }

    /** The competence framework's current (published) version. */
    public static long currentFrameworkVersion(JdbcClient jdbc) {
        return jdbc.sql("select id from competence_framework_version where state = 'PUBLISHED'").query(Long.class).single();
    }

    /** The framework's draft version, a competence and an area of it (the caller has started the draft). */
    public static long draftFrameworkVersion(JdbcClient jdbc) {
        return jdbc.sql("select id from competence_framework_version where state = 'DRAFT'").query(Long.class).single();
    }

    public static long draftCompetence(JdbcClient jdbc) {
        return jdbc.sql("select min(c.id) from competence c join competence_framework_version v on v.id = c.version_id "
                + "where v.state = 'DRAFT'").query(Long.class).single();
    }

    public static long draftArea(JdbcClient jdbc) {
        return jdbc.sql("select min(a.id) from competence_area a join competence_framework_version v on v.id = a.version_id "
                + "where v.state = 'DRAFT'").query(Long.class).single();
    }

    public static long currentCompetence(JdbcClient jdbc) {
        return jdbc.sql("select min(c.id) from competence c join competence_framework_version v on v.id = c.version_id "
                + "where v.state = 'PUBLISHED'").query(Long.class).single();
    }

    /** An invitation accepted in person (no site) or at the site, attended at the moment given or not at all. */
    public static long invitation(JdbcClient jdbc, by.egov.academy.participation.invitation.InvitationTokens tokens,
                                  long seminar, long official, Long site, java.sql.Timestamp attendedAt) {
        String nonce = by.egov.academy.participation.invitation.InvitationTokens.newNonce();
        return jdbc.sql("""
                        insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, source, state,
                                                remote_site_id, attended_at, attended_by)
                        values (:s, :o, :n, :h, :c, 'MANUAL', :state, :site, :at, 'test') returning id
                        """).param("s", seminar).param("o", official).param("n", nonce)
                .param("h", by.egov.academy.participation.invitation.InvitationTokens.hash(tokens.token(nonce)))
                .param("c", by.egov.academy.participation.invitation.InvitationTokens.newShortCode())
                .param("state", site == null ? "ACCEPTED_IN_PERSON" : "ACCEPTED_REMOTE").param("site", site)
                .param("at", attendedAt).query(Long.class).single();
    }
}

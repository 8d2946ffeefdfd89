package by.egov.academy.competence.certificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Certificates and the facts they print, in explicit SQL over participation, programme and directory tables. */
@Repository
class CertificateRepository {

    private static final String SELECT = """
            select id, serial, invitation_id, seminar_id, official_id, language, full_name, seminar_title, issued_at,
                   revoked_at, revocation_reason, issuer, signatory from certificate""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CertificateRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Certificate certificate(ResultSet rs, int n) throws SQLException {
        return new Certificate(rs.getLong("id"), rs.getString("serial"), rs.getLong("invitation_id"),
                rs.getLong("seminar_id"), rs.getLong("official_id"), rs.getString("language"), rs.getString("full_name"),
                rs.getString("seminar_title"), instant(rs, "issued_at"), instant(rs, "revoked_at"),
                rs.getString("revocation_reason"), rs.getString("issuer"), rs.getString("signatory"));
    }

    Optional<Certificate> bySerial(String serial) {
        return jdbc.sql(SELECT + " where serial = :s").param("s", serial).query(CertificateRepository::certificate).optional();
    }

    Optional<Certificate> byInvitation(long invitationId) {
        return jdbc.sql(SELECT + " where invitation_id = :i").param("i", invitationId)
                .query(CertificateRepository::certificate).optional();
    }

    List<Certificate> ofSeminar(long seminarId) {
        return jdbc.sql(SELECT + " where seminar_id = :s order by full_name collate ru_icu").param("s", seminarId)
                .query(CertificateRepository::certificate).list();
    }

    byte[] pdf(long id) {
        return jdbc.sql("select pdf from certificate where id = :id").param("id", id).query(byte[].class).single();
    }

    private static final String ATTENDEES = """
            select i.id, i.seminar_id, i.official_id, f.full_name, f.position, o.name_ru as org_ru, o.name_be as org_be,
                   s.title_ru, s.title_be, s.starts_at, s.ends_at, v.name_ru as venue_ru, v.name_be as venue_be,
                   vt.name_ru as place_ru, vt.name_be as place_be,
                   (select g.name_ru from seminar_organiser so join organisation g on g.id = so.organisation_id
                     where so.seminar_id = s.id order by so.position, g.id limit 1) as issuer_ru,
                   (select g.name_be from seminar_organiser so join organisation g on g.id = so.organisation_id
                     where so.seminar_id = s.id order by so.position, g.id limit 1) as issuer_be,
                   i.remote_site_id is null as in_person, st.name_ru as site_ru, st.name_be as site_be, i.attended_at,
                   f.language as mail_language
            from invitation i
            join seminar s on s.id = i.seminar_id
            join official f on f.id = i.official_id
            join organisation o on o.id = f.organisation_id
            left join venue v on v.id = s.venue_id
            left join territory vt on vt.id = v.territory_id
            left join remote_site r on r.id = i.remote_site_id
            left join territory st on st.id = r.territory_id
            where i.attended_at is not null
            """;

    private static Attendee attendee(ResultSet rs, int n) throws SQLException {
        return new Attendee(rs.getLong("id"), rs.getLong("seminar_id"), rs.getLong("official_id"),
                rs.getString("full_name"), rs.getString("position"), rs.getString("org_ru"), rs.getString("org_be"),
                rs.getString("title_ru"), rs.getString("title_be"), instant(rs, "starts_at"), instant(rs, "ends_at"),
                rs.getString("venue_ru"), rs.getString("venue_be"), rs.getString("place_ru"), rs.getString("place_be"),
                rs.getString("issuer_ru"), rs.getString("issuer_be"), rs.getBoolean("in_person"),
                rs.getString("site_ru"), rs.getString("site_be"), instant(rs, "attended_at"), rs.getString("mail_language"));
    }

    /** The attended invitation with everything the certificate prints; empty unless the official attended. */
    Optional<Attendee> attendee(long invitationId) {
        return jdbc.sql(ATTENDEES + " and i.id = :i").param("i", invitationId).query(CertificateRepository::attendee)
                .optional();
    }

    /** Those of the attended invitations that have no certificate yet, in one query (a chunk of a bulk issue). */
    List<Attendee> attendeesWithoutCertificate(List<Long> invitationIds) {
        return jdbc.sql(ATTENDEES + """
                         and i.id = any(:ids) and not exists (select 1 from certificate c where c.invitation_id = i.id)
                        order by i.id""").param("ids", invitationIds.toArray(Long[]::new))
                .query(CertificateRepository::attendee).list();
    }

    /** The attended invitations of a seminar: all of them, and those that have a certificate (valid or revoked). */
    List<Long> attendedInvitationIds(long seminarId, boolean withCertificate) {
        return jdbc.sql("""
                        select i.id from invitation i where i.seminar_id = :s and i.attended_at is not null
                           and exists (select 1 from certificate c where c.invitation_id = i.id) = :w order by i.id
                        """).param("s", seminarId).param("w", withCertificate).query(Long.class).list();
    }

    /** Code and name of the competences of the seminar's talks, in the language, highest target level each. */
    List<String> competences(long seminarId, String language) {
        return jdbc.sql("""
                        select c.code || ' ' || case when :l = 'be' then c.name_be else c.name_ru end
                        from talk t join talk_competence tc on tc.talk_id = t.id join competence c on c.id = tc.competence_id
                        where t.seminar_id = :s group by c.id, c.code, c.name_be, c.name_ru order by c.code
                        """).param("s", seminarId).param("l", language).query(String.class).list();
    }

    /** The attended invitations of a seminar, with the official's name, for the certificates page. */
    List<AttendedInvitation> attended(long seminarId) {
        return jdbc.sql("""
                        select i.id, f.full_name, f.position, i.remote_site_id is null as in_person
                        from invitation i join official f on f.id = i.official_id
                        where i.seminar_id = :s and i.attended_at is not null order by f.full_name collate ru_icu, i.id
                        """).param("s", seminarId)
                .query((rs, n) -> new AttendedInvitation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    record AttendedInvitation(long invitationId, String fullName, String position, boolean inPerson) {
    }

    /** A certificate made and not yet stored. */
    record Made(String serial, Attendee attendee, String language, String seminarTitle, byte[] pdf, String badgeSalt,
                String issuer, String signatory) {
    }

    private static final String INSERT = """
            insert into certificate (serial, invitation_id, seminar_id, official_id, language, full_name, seminar_title,
                                     pdf, badge_salt, issued_by, issued_at, issuer, signatory)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing
            """;

    /**
     * Stores the certificates in one batch; one already made for the same invitation (by a concurrent issue)
     * wins and this one is dropped. Answers which of them were stored.
     */
    boolean[] insert(List<Made> made, String who, Instant now) {
        Timestamp at = Timestamp.from(now);
        int[] counts = batch.batchUpdate(INSERT, made.stream().map(m -> new Object[]{m.serial(),
                m.attendee().invitationId(), m.attendee().seminarId(), m.attendee().officialId(), m.language(),
                m.attendee().fullName(), m.seminarTitle(), m.pdf(), m.badgeSalt(), who, at, m.issuer(), m.signatory()}).toList());
        boolean[] stored = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            stored[i] = counts[i] > 0;
        }
        return stored;
    }

    int revoke(String serial, String who, String reason, Instant now) {
        return jdbc.sql("""
                        update certificate set revoked_at = :now, revoked_by = :who, revocation_reason = :r
                        where serial = :s and revoked_at is null
                        """).param("s", serial).param("who", who).param("r", reason).param("now", Timestamp.from(now))
                .update();
    }

    /** One certificate per invitation, whatever the concurrency: issues of one invitation queue here. */
    void lock(long invitationId) {
        jdbc.sql("select pg_advisory_xact_lock(727018, :i)").param("i", (int) invitationId).query((rs, n) -> 1).single();
    }
}

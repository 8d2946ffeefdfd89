package by.egov.academy.competence.certificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Certificates and the facts they print, in explicit SQL over participation, programme and directory tables. */
@Repository
class CertificateRepository {

    private static final String SELECT = """
            select id, serial, invitation_id, seminar_id, official_id, language, full_name, seminar_title, issued_at,
                   revoked_at, revocation_reason from certificate""";

    private final JdbcClient jdbc;

    CertificateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Certificate certificate(ResultSet rs, int n) throws SQLException {
        return new Certificate(rs.getLong("id"), rs.getString("serial"), rs.getLong("invitation_id"),
                rs.getLong("seminar_id"), rs.getLong("official_id"), rs.getString("language"), rs.getString("full_name"),
                rs.getString("seminar_title"), instant(rs, "issued_at"), instant(rs, "revoked_at"),
                rs.getString("revocation_reason"));
    }

    Optional<Certificate> bySerial(String serial) {
        return jdbc.sql(SELECT + " where serial = :s").param("s", serial).query(CertificateRepository::certificate).optional();
    }

    Optional<Certificate> byInvitation(long invitationId) {
        return jdbc.sql(SELECT + " where invitation_id = :i").param("i", invitationId)
                .query(CertificateRepository::certificate).optional();
    }

    List<Certificate> ofSeminar(long seminarId) {
        return jdbc.sql(SELECT + " where seminar_id = :s order by full_name").param("s", seminarId)
                .query(CertificateRepository::certificate).list();
    }

    byte[] pdf(long id) {
        return jdbc.sql("select pdf from certificate where id = :id").param("id", id).query(byte[].class).single();
    }

    /** The attended invitation with everything the certificate prints; empty unless the official attended. */
    Optional<Attendee> attendee(long invitationId) {
        return jdbc.sql("""
                        select i.id, i.seminar_id, i.official_id, f.full_name, f.position, o.name_ru as org_ru, o.name_be as org_be,
                               s.title_ru, s.title_be, s.starts_at, s.ends_at, v.name_ru as venue_ru, v.name_be as venue_be,
                               vt.name_ru as place_ru, vt.name_be as place_be,
                               (select g.name_ru from seminar_organiser so join organisation g on g.id = so.organisation_id
                                 where so.seminar_id = s.id order by so.position, g.id limit 1) as issuer_ru,
                               (select g.name_be from seminar_organiser so join organisation g on g.id = so.organisation_id
                                 where so.seminar_id = s.id order by so.position, g.id limit 1) as issuer_be,
                               i.remote_site_id is null as in_person, st.name_ru as site_ru, st.name_be as site_be, i.attended_at
                        from invitation i
                        join seminar s on s.id = i.seminar_id
                        join official f on f.id = i.official_id
                        join organisation o on o.id = f.organisation_id
                        left join venue v on v.id = s.venue_id
                        left join territory vt on vt.id = v.territory_id
                        left join remote_site r on r.id = i.remote_site_id
                        left join territory st on st.id = r.territory_id
                        where i.id = :i and i.attended_at is not null
                        """).param("i", invitationId)
                .query((rs, n) -> new Attendee(rs.getLong("id"), rs.getLong("seminar_id"), rs.getLong("official_id"),
                        rs.getString("full_name"), rs.getString("position"), rs.getString("org_ru"), rs.getString("org_be"),
                        rs.getString("title_ru"), rs.getString("title_be"), instant(rs, "starts_at"), instant(rs, "ends_at"),
                        rs.getString("venue_ru"), rs.getString("venue_be"), rs.getString("place_ru"), rs.getString("place_be"),
                        rs.getString("issuer_ru"), rs.getString("issuer_be"), rs.getBoolean("in_person"),
                        rs.getString("site_ru"), rs.getString("site_be"), instant(rs, "attended_at")))
                .optional();
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
                        where i.seminar_id = :s and i.attended_at is not null order by f.full_name, i.id
                        """).param("s", seminarId)
                .query((rs, n) -> new AttendedInvitation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    record AttendedInvitation(long invitationId, String fullName, String position, boolean inPerson) {
    }

    void insert(String serial, Attendee a, String language, String seminarTitle, byte[] pdf, String who, Instant now) {
        jdbc.sql("""
                insert into certificate (serial, invitation_id, seminar_id, official_id, language, full_name, seminar_title,
                                         pdf, issued_by, issued_at)
                values (:serial, :i, :s, :o, :l, :name, :title, :pdf, :who, :now)
                """).param("serial", serial).param("i", a.invitationId()).param("s", a.seminarId())
                .param("o", a.officialId()).param("l", language).param("name", a.fullName()).param("title", seminarTitle)
                .param("pdf", pdf).param("who", who).param("now", Timestamp.from(now)).update();
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

package by.egov.academy.competence.badge;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the Open Badges documents say, read with explicit SQL from certificates, seminars and talk tags. */
@Repository
class BadgeRepository {

    private final JdbcClient jdbc;

    BadgeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A certificate as an assertion needs it; the e-mail is the official's address (hashed before it leaves). */
    record AssertionFacts(String serial, long seminarId, String email, String salt, Instant issuedAt, Instant revokedAt,
                          String revocationReason) {
    }

    Optional<AssertionFacts> assertion(String serial) {
        return jdbc.sql("""
                        select c.serial, c.seminar_id, f.email, c.badge_salt, c.issued_at, c.revoked_at, c.revocation_reason
                        from certificate c join official f on f.id = c.official_id where c.serial = :s
                        """).param("s", serial)
                .query((rs, n) -> new AssertionFacts(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), instant(rs.getTimestamp(6)), rs.getString(7)))
                .optional();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** A seminar whose participants may hold its badge: held or reported (the only ones with certificates). */
    record SeminarFacts(long id, String titleRu, String titleBe, String titleEn, Instant startsAt) {
    }

    Optional<SeminarFacts> heldSeminar(long seminarId) {
        return jdbc.sql("""
                        select id, title_ru, title_be, title_en, starts_at from seminar
                        where id = :s and status in ('HELD', 'REPORTED')
                        """).param("s", seminarId)
                .query((rs, n) -> new SeminarFacts(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        instant(rs.getTimestamp(5))))
                .optional();
    }

    /** A competence the seminar's talks are tagged with, in the framework version the tag was made against. */
    record Aligned(long id, String code, String nameRu, String nameBe, String nameEn, String descriptionRu,
                   String descriptionBe, String descriptionEn, int versionNo, String frameworkRu, String frameworkBe,
                   String frameworkEn) {
    }

    List<Aligned> competences(long seminarId) {
        return jdbc.sql("""
                        select distinct c.id, c.code, c.name_ru, c.name_be, c.name_en, c.description_ru, c.description_be,
                               c.description_en, v.version_no, v.title_ru, v.title_be, v.title_en
                        from talk t join talk_competence tc on tc.talk_id = t.id join competence c on c.id = tc.competence_id
                        join competence_framework_version v on v.id = c.version_id
                        where t.seminar_id = :s order by c.code, v.version_no
                        """).param("s", seminarId)
                .query((rs, n) -> new Aligned(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getString(10),
                        rs.getString(11), rs.getString(12)))
                .list();
    }
}

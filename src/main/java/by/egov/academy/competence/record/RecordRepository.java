package by.egov.academy.competence.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Attendance (participation's invitations with an {@code attended_at}) read as evidence for the competences the
 * seminars' talks are tagged with. Read-only SQL over the participation and programme tables.
 */
@Repository
class RecordRepository {

    private static final String EVIDENCE = """
            from invitation i
            join seminar s on s.id = i.seminar_id
            join talk tk on tk.seminar_id = s.id
            join talk_competence tc on tc.talk_id = tk.id
            join competence c on c.id = tc.competence_id
            join competence_framework_version v on v.id = c.version_id
            where i.official_id = :o and i.attended_at is not null and s.status <> 'CANCELLED'
            """;

    private final JdbcClient jdbc;

    RecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static CoveredCompetence covered(ResultSet rs) throws SQLException {
        return new CoveredCompetence(rs.getString("code"), rs.getString("name_ru"), rs.getString("name_be"),
                rs.getString("name_en"), rs.getInt("version_no"), rs.getInt("level"), rs.getInt("seminars"));
    }

    List<AttendedSeminar> seminars(long officialId) {
        Map<Long, List<CoveredCompetence>> bySeminar = jdbc.sql("""
                        select s.id as seminar_id, c.code, c.name_ru, c.name_be, c.name_en, v.version_no,
                               max(tc.target_level) as level, 1 as seminars
                        """ + EVIDENCE + """
                        group by s.id, c.id, c.code, c.name_ru, c.name_be, c.name_en, v.version_no
                        order by c.code, v.version_no
                        """).param("o", officialId)
                .query((rs, n) -> Map.entry(rs.getLong("seminar_id"), covered(rs))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                        select s.id, s.title_ru, s.title_be, s.title_en, s.starts_at, i.remote_site_id is null as in_person,
                               t.name_ru, t.name_be, t.name_en
                        from invitation i
                        join seminar s on s.id = i.seminar_id
                        left join remote_site r on r.id = i.remote_site_id
                        left join territory t on t.id = r.territory_id
                        where i.official_id = :o and i.attended_at is not null and s.status <> 'CANCELLED'
                        order by s.starts_at nulls last, s.id
                        """).param("o", officialId)
                .query((rs, n) -> new AttendedSeminar(rs.getLong("id"), rs.getString("title_ru"), rs.getString("title_be"),
                        rs.getString("title_en"), rs.getTimestamp("starts_at") == null ? null
                        : rs.getTimestamp("starts_at").toInstant(), rs.getBoolean("in_person"), rs.getString("name_ru"),
                        rs.getString("name_be"), rs.getString("name_en"), List.of()))
                .list().stream().map(s -> s.with(bySeminar.getOrDefault(s.seminarId(), List.of()))).toList();
    }

    List<CoveredCompetence> competences(long officialId) {
        return jdbc.sql("""
                        select c.code, c.name_ru, c.name_be, c.name_en, v.version_no, max(tc.target_level) as level,
                               count(distinct s.id) as seminars
                        """ + EVIDENCE + """
                        group by c.id, c.code, c.name_ru, c.name_be, c.name_en, v.version_no
                        order by c.code, v.version_no
                        """).param("o", officialId).query((rs, n) -> covered(rs)).list();
    }

    /**
     * Self-assessed levels from the feedback module's survey tables (read here with SQL of our own; competence does
     * not depend on feedback): named surveys only, per competence and seminar, oldest first.
     */
    List<SelfAssessment> selfAssessed(long officialId) {
        return jdbc.sql("""
                        select c.code, c.name_ru, c.name_be, c.name_en, se.id as seminar_id, se.title_ru, se.title_be,
                               se.title_en, se.starts_at, a.level_before, a.level_after
                        from survey_answer a
                        join survey_question q on q.id = a.question_id and q.kind = 'SELF_LEVEL'
                        join survey_response r on r.id = a.response_id
                        join survey sv on sv.id = r.survey_id and not sv.anonymous
                        join seminar se on se.id = sv.seminar_id
                        join competence c on c.id = q.competence_id
                        where r.official_id = :o
                        order by c.code, se.starts_at nulls last, se.id
                        """).param("o", officialId)
                .query((rs, n) -> new SelfAssessment(rs.getString("code"), rs.getString("name_ru"), rs.getString("name_be"),
                        rs.getString("name_en"), rs.getLong("seminar_id"), rs.getString("title_ru"), rs.getString("title_be"),
                        rs.getString("title_en"), rs.getTimestamp("starts_at") == null ? null
                        : rs.getTimestamp("starts_at").toInstant(), rs.getObject("level_before", Integer.class),
                        rs.getObject("level_after", Integer.class))).list();
    }

    List<HeldCertificate> certificates(long officialId) {
        return jdbc.sql("""
                        select c.serial, c.seminar_id, c.seminar_title, c.language, c.issued_at, c.revoked_at is not null
                        from certificate c where c.official_id = :o order by c.issued_at, c.id
                        """).param("o", officialId)
                .query((rs, n) -> new HeldCertificate(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getBoolean(6)))
                .list();
    }

    /** The stored PDF of the official's own valid certificate. */
    java.util.Optional<byte[]> validCertificatePdf(long officialId, String serial) {
        return jdbc.sql("""
                        select pdf from certificate where official_id = :o and serial = :s and revoked_at is null
                        """).param("o", officialId).param("s", serial).query(byte[].class).optional();
    }
}

package by.egov.academy.feedback.answer;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import by.egov.academy.platform.LocaleConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Receipts, responses and answers (V19), and the invitation, certificate and framework facts the page needs. */
@Repository
class AnswerRepository {

    record InvitationRow(long id, long seminarId, long officialId, String fullName, Instant attendedAt) {
    }

    /** A competence to choose among the topics wanted, or a proficiency level. */
    record Choice(long id, String code, String ru, String be, String en) {
        public String name(Locale locale) {
            return LocaleConfiguration.pick(locale, ru, be, en);
        }
    }

    record CertificateRow(String serial, byte[] pdf, boolean revoked) {
    }

    private final JdbcClient jdbc;

    AnswerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<InvitationRow> invitation(long id) {
        return jdbc.sql("""
                        select i.id, i.seminar_id, i.official_id, f.full_name, i.attended_at
                        from invitation i join official f on f.id = i.official_id where i.id = :id and f.erased_at is null
                        """).param("id", id)
                .query((rs, n) -> new InvitationRow(rs.getLong("id"), rs.getLong("seminar_id"), rs.getLong("official_id"),
                        rs.getString("full_name"), rs.getTimestamp("attended_at") == null ? null
                        : rs.getTimestamp("attended_at").toInstant())).optional();
    }

    boolean answered(long surveyId, long invitationId) {
        return jdbc.sql("select exists(select 1 from survey_receipt where survey_id = :s and invitation_id = :i)")
                .param("s", surveyId).param("i", invitationId).query(Boolean.class).single();
    }

    /**
     * The receipt first: the primary key lets one of two concurrent submissions through and makes the other wait
     * for it, then find the row and insert nothing.
     */
    boolean receipt(long surveyId, long invitationId) {
        return jdbc.sql("insert into survey_receipt (survey_id, invitation_id) values (:s, :i) on conflict do nothing")
                .param("s", surveyId).param("i", invitationId).update() == 1;
    }

    /** A response; for an anonymous survey with no invitation, official or moment (the database checks it too). */
    UUID response(long surveyId, Long invitationId, Long officialId, String language, LocalDate on, Instant at) {
        return jdbc.sql("""
                        insert into survey_response (survey_id, invitation_id, official_id, language, submitted_on, submitted_at)
                        values (:s, :i, :o, :l, :on, :at) returning id
                        """).param("s", surveyId).param("i", invitationId).param("o", officialId).param("l", language)
                .param("on", on).param("at", at == null ? null : Timestamp.from(at)).query(UUID.class).single();
    }

    void answer(UUID response, AnswerForm.Row row) {
        jdbc.sql("""
                        insert into survey_answer (response_id, question_id, score, text_value, competence_id, level_before, level_after)
                        values (:r, :q, :sc, :t, :c, :b, :a)
                        """).param("r", response).param("q", row.questionId()).param("sc", row.score())
                .param("t", row.text()).param("c", row.competenceId()).param("b", row.before()).param("a", row.after())
                .update();
    }

    /** The competences of the framework's current version: what topics may be wanted. */
    List<Choice> topics() {
        return jdbc.sql("""
                        select c.id, c.code, c.name_ru, c.name_be, c.name_en from competence c
                        join competence_framework_version v on v.id = c.version_id where v.state = 'PUBLISHED'
                        order by c.code
                        """).query((rs, n) -> new Choice(rs.getLong("id"), rs.getString("code"), rs.getString("name_ru"),
                rs.getString("name_be"), rs.getString("name_en"))).list();
    }

    List<Choice> levels() {
        return jdbc.sql("select level, code, name_ru, name_be, name_en from proficiency_level order by level")
                .query((rs, n) -> new Choice(rs.getLong("level"), rs.getString("code"), rs.getString("name_ru"),
                        rs.getString("name_be"), rs.getString("name_en"))).list();
    }

    Optional<CertificateRow> certificate(long invitationId) {
        return jdbc.sql("select serial, pdf, revoked_at is not null as revoked from certificate where invitation_id = :i")
                .param("i", invitationId)
                .query((rs, n) -> new CertificateRow(rs.getString("serial"), rs.getBytes("pdf"), rs.getBoolean("revoked")))
                .optional();
    }
}

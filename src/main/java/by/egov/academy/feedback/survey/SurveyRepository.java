package by.egov.academy.feedback.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The survey tables (V19), and the attendance and agenda they are built from, read with explicit SQL. */
@Repository
public class SurveyRepository {

    private static final String SURVEY = """
            select id, seminar_id, anonymous, state, send_at, sent_at, reminder_at, reminded_at, illustrative from survey""";
    private static final String QUESTION = """
            select id, survey_id, position, kind, talk_id, competence_id, text_ru, text_be, text_en, required
            from survey_question""";

    /** A talk of kind TALK, or a competence the seminar's talks are tagged with, as the template needs them. */
    public record Named(long id, String ru, String be, String en) {
    }

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Survey survey(ResultSet rs, int n) throws SQLException {
        return new Survey(rs.getLong("id"), rs.getLong("seminar_id"), rs.getBoolean("anonymous"), rs.getString("state"),
                instant(rs, "send_at"), instant(rs, "sent_at"), instant(rs, "reminder_at"), instant(rs, "reminded_at"),
                rs.getBoolean("illustrative"));
    }

    private static Question question(ResultSet rs, int n) throws SQLException {
        return new Question(rs.getLong("id"), rs.getLong("survey_id"), rs.getInt("position"),
                QuestionKind.valueOf(rs.getString("kind")), rs.getObject("talk_id", Long.class),
                rs.getObject("competence_id", Long.class), rs.getString("text_ru"), rs.getString("text_be"),
                rs.getString("text_en"), rs.getBoolean("required"));
    }

    public Optional<Survey> ofSeminar(long seminarId) {
        return jdbc.sql(SURVEY + " where seminar_id = :s").param("s", seminarId).query(SurveyRepository::survey).optional();
    }

    public Optional<Survey> find(long id) {
        return jdbc.sql(SURVEY + " where id = :id").param("id", id).query(SurveyRepository::survey).optional();
    }

    /** Locks the survey row: edits of one survey, and its sending, happen one after another. */
    public Optional<Survey> lock(long id) {
        return jdbc.sql(SURVEY + " where id = :id for update").param("id", id).query(SurveyRepository::survey).optional();
    }

    /** The new survey's id, or empty when another request made the seminar's survey first. */
    Optional<Long> insert(long seminarId, Instant sendAt, String who) {
        return jdbc.sql("""
                        insert into survey (seminar_id, send_at, created_by) values (:s, :at, :who)
                        on conflict (seminar_id) do nothing returning id
                        """).param("s", seminarId).param("at", sendAt == null ? null : Timestamp.from(sendAt))
                .param("who", who).query(Long.class).optional();
    }

    void insertQuestion(long surveyId, QuestionKind kind, Long talkId, Long competenceId, String ru, String be,
                        String en, boolean required) {
        jdbc.sql("""
                        insert into survey_question (survey_id, position, kind, talk_id, competence_id, text_ru, text_be, text_en, required)
                        values (:s, (select coalesce(max(position), 0) + 1 from survey_question where survey_id = :s),
                                :k, :t, :c, :ru, :be, :en, :req)
                        """).param("s", surveyId).param("k", kind.name()).param("t", talkId).param("c", competenceId)
                .param("ru", ru).param("be", be).param("en", en).param("req", required).update();
    }

    public List<Question> questions(long surveyId) {
        return jdbc.sql(QUESTION + " where survey_id = :s order by position").param("s", surveyId)
                .query(SurveyRepository::question).list();
    }

    Optional<Question> question(long surveyId, long questionId) {
        return jdbc.sql(QUESTION + " where survey_id = :s and id = :q").param("s", surveyId).param("q", questionId)
                .query(SurveyRepository::question).optional();
    }

    void updateQuestion(long questionId, String ru, String be, String en, boolean required) {
        jdbc.sql("update survey_question set text_ru = :ru, text_be = :be, text_en = :en, required = :r where id = :id")
                .param("ru", ru).param("be", be).param("en", en).param("r", required).param("id", questionId).update();
    }

    void deleteQuestion(long questionId) {
        jdbc.sql("delete from survey_question where id = :id").param("id", questionId).update();
    }

    /** Swaps two questions' places through a free one: the (survey, position) constraint is checked per row. */
    void swap(Question a, Question b) {
        jdbc.sql("update survey_question set position = -position where id = :id").param("id", a.id()).update();
        jdbc.sql("update survey_question set position = :p where id = :id").param("p", a.position()).param("id", b.id()).update();
        jdbc.sql("update survey_question set position = :p where id = :id").param("p", b.position()).param("id", a.id()).update();
    }

    void updateSettings(long surveyId, boolean anonymous, Instant sendAt) {
        jdbc.sql("update survey set anonymous = :a, send_at = :at, updated_at = now() where id = :id")
                .param("a", anonymous).param("at", Timestamp.from(sendAt)).param("id", surveyId).update();
    }

    /** Claims a draft for sending: true for exactly one caller, whichever node or button asks. */
    boolean claimForSending(long surveyId, Instant now, Instant reminderAt) {
        return jdbc.sql("""
                        update survey set state = 'SENT', sent_at = :now, reminder_at = :rem, updated_at = now()
                        where id = :id and state = 'DRAFT'
                        """).param("now", Timestamp.from(now)).param("rem", Timestamp.from(reminderAt))
                .param("id", surveyId).update() == 1;
    }

    /** Claims the one reminder of a sent survey: true for exactly one caller. */
    boolean claimReminder(long surveyId, Instant now) {
        return jdbc.sql("""
                        update survey set reminded_at = :now, updated_at = now()
                        where id = :id and state = 'SENT' and reminded_at is null
                        """).param("now", Timestamp.from(now)).param("id", surveyId).update() == 1;
    }

    List<Long> dueForSending(Instant now) {
        return jdbc.sql("""
                        select s.id from survey s join seminar se on se.id = s.seminar_id
                        where s.state = 'DRAFT' and s.send_at <= :now and se.status in ('HELD', 'REPORTED')
                          and not s.illustrative
                        """).param("now", Timestamp.from(now)).query(Long.class).list();
    }

    List<Long> dueForReminder(Instant now) {
        return jdbc.sql("""
                        select id from survey where state = 'SENT' and reminded_at is null and reminder_at <= :now
                          and not illustrative
                        """).param("now", Timestamp.from(now)).query(Long.class).list();
    }

    /** Held seminars that ended between {@code since} and {@code until} and have no survey yet. */
    List<Long> heldWithoutSurvey(Instant since, Instant until) {
        return jdbc.sql("""
                        select se.id from seminar se where se.status in ('HELD', 'REPORTED')
                          and se.ends_at > :since and se.ends_at <= :until
                          and not exists (select 1 from survey s where s.seminar_id = se.id)
                        """).param("since", Timestamp.from(since)).param("until", Timestamp.from(until))
                .query(Long.class).list();
    }

    private static final String ATTENDEES = """
            select i.id, f.id as official_id, f.full_name, f.email, f.language, o.name_ru as organisation,
                   f.erased_at is not null as erased
            from invitation i join official f on f.id = i.official_id join organisation o on o.id = f.organisation_id
            where i.seminar_id = :s and i.attended_at is not null
            """;

    private static Attendee attendee(ResultSet rs, int n) throws SQLException {
        return new Attendee(rs.getLong("id"), rs.getLong("official_id"), rs.getString("full_name"), rs.getString("email"),
                rs.getString("language"), rs.getString("organisation"), rs.getBoolean("erased"));
    }

    public List<Attendee> attendees(long seminarId) {
        return jdbc.sql(ATTENDEES + " order by f.full_name collate ru_icu, i.id").param("s", seminarId)
                .query(SurveyRepository::attendee).list();
    }

    /** Attendees whose invitation has no receipt: who has not answered. */
    public List<Attendee> nonResponders(long seminarId, long surveyId) {
        return jdbc.sql(ATTENDEES + """
                          and not exists (select 1 from survey_receipt r where r.survey_id = :sv and r.invitation_id = i.id)
                        order by f.full_name collate ru_icu, i.id
                        """).param("s", seminarId).param("sv", surveyId).query(SurveyRepository::attendee).list();
    }

    /** The seminar's talks of kind TALK, in agenda order. */
    List<Named> talks(long seminarId) {
        return jdbc.sql("""
                        select id, title_ru, title_be, title_en from talk where seminar_id = :s and kind = 'TALK'
                        order by starts_at, id
                        """).param("s", seminarId)
                .query((rs, n) -> new Named(rs.getLong("id"), rs.getString("title_ru"), rs.getString("title_be"),
                        rs.getString("title_en"))).list();
    }

    /** The competences the seminar's talks are tagged with, by code. */
    List<Named> competences(long seminarId) {
        return jdbc.sql("""
                        select distinct c.id, c.code, c.name_ru, c.name_be, c.name_en
                        from talk t join talk_competence tc on tc.talk_id = t.id join competence c on c.id = tc.competence_id
                        where t.seminar_id = :s order by c.code, c.id
                        """).param("s", seminarId)
                .query((rs, n) -> new Named(rs.getLong("id"), rs.getString("name_ru"), rs.getString("name_be"),
                        rs.getString("name_en"))).list();
    }
}

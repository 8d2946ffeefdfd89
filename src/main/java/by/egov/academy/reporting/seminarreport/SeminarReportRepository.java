package by.egov.academy.reporting.seminarreport;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A seminar's records for its report, read with explicit SQL over the programme, participation and survey tables. */
@Repository
class SeminarReportRepository {

    record AgendaItem(Instant startsAt, Instant endsAt, String kind, String titleRu, String titleBe, String titleEn,
                      boolean illustrative, String speakers) {
    }

    record Attendance(int invited, int inPerson, int remote) {
    }

    record SiteAttendance(String nameRu, String nameBe, String nameEn, int attended, Integer reported) {
    }

    record Question(int position, String kind, String textRu, String textBe, String textEn, int answers,
                    Double average, Double averageBefore, Double averageAfter) {
    }

    record Covered(String code, String nameRu, String nameBe, String nameEn, int level, int talks) {
    }

    private final JdbcClient jdbc;

    SeminarReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AgendaItem> agenda(long seminarId) {
        return jdbc.sql("""
                        select t.starts_at, t.ends_at, t.kind, t.title_ru, t.title_be, t.title_en, t.illustrative,
                               (select string_agg(e.full_name || ' (' || g.name_ru || ')', ', ' order by ts.position)
                                from talk_speaker ts join expert e on e.id = ts.expert_id
                                join organisation g on g.id = e.organisation_id where ts.talk_id = t.id) as speakers
                        from talk t where t.seminar_id = :s order by t.starts_at
                        """).param("s", seminarId).query(AgendaItem.class).list();
    }

    Attendance attendance(long seminarId) {
        return jdbc.sql("""
                        select count(*) filter (where state <> 'CANCELLED' and not excluded) as invited,
                               count(*) filter (where attended_at is not null and remote_site_id is null) as in_person,
                               count(*) filter (where attended_at is not null and remote_site_id is not null) as remote
                        from invitation where seminar_id = :s
                        """).param("s", seminarId).query(Attendance.class).single();
    }

    List<SiteAttendance> sites(long seminarId) {
        return jdbc.sql("""
                        select t.name_ru, t.name_be, t.name_en,
                               (select count(*) from invitation i where i.remote_site_id = r.id and i.attended_at is not null) as attended,
                               r.actual_attendees as reported
                        from remote_site r join territory t on t.id = r.territory_id
                        where r.seminar_id = :s order by t.sort_order, t.name_ru collate ru_icu
                        """).param("s", seminarId).query(SiteAttendance.class).list();
    }

    /** Null when the seminar has no survey; else its response count. */
    Integer responses(long seminarId) {
        return jdbc.sql("""
                        select (select count(*) from survey_response r where r.survey_id = sv.id)
                        from survey sv where sv.seminar_id = :s
                        """).param("s", seminarId).query(Integer.class).optional().orElse(null);
    }

    List<Question> questions(long seminarId) {
        return jdbc.sql("""
                        select q.position, q.kind, q.text_ru, q.text_be, q.text_en, count(distinct a.response_id) as answers,
                               avg(a.score) as average, avg(a.level_before) as average_before, avg(a.level_after) as average_after
                        from survey sv join survey_question q on q.survey_id = sv.id
                        left join survey_answer a on a.question_id = q.id
                        where sv.seminar_id = :s
                        group by q.id, q.position, q.kind, q.text_ru, q.text_be, q.text_en
                        order by q.position
                        """).param("s", seminarId).query(Question.class).list();
    }

    List<Covered> competences(long seminarId) {
        return jdbc.sql("""
                        select c.code, c.name_ru, c.name_be, c.name_en, max(tc.target_level) as level, count(distinct t.id) as talks
                        from talk t join talk_competence tc on tc.talk_id = t.id join competence c on c.id = tc.competence_id
                        where t.seminar_id = :s
                        group by c.code, c.name_ru, c.name_be, c.name_en order by c.code
                        """).param("s", seminarId).query(Covered.class).list();
    }
}

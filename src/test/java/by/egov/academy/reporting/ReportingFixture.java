package by.egov.academy.reporting;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import by.egov.academy.participation.invitation.InvitationTokens;
import by.egov.academy.support.TestData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small hand-made data set in Mogilev oblast (no demo data lives there): four target officials and two who are
 * not targets, seminars with tagged talks, attendance in person, at a district site and at a cancelled seminar,
 * named self-assessments and topic wishes, and a Gomel seminar whose rated talks make the expert ranking.
 *
 * <pre>
 * target  o1 HEAD oblast EC      attended S1 (10.05.2017, in person)   SELF_LEVEL A2.1: 3 (2017), then 4 (2018)
 * target  o2 DEPUTY oblast EC    attended S2 (12.06.2018, at a site)   wants A3.3
 * target  o3 HEAD district EC    attended only cancelled S3            SELF_LEVEL A2.1: 2; wants A3.3, A6.2
 * target  o4 DEPUTY district EC  invited to S1, did not come
 * other   o5 OTHER district EC   attended S1                           SELF_LEVEL A2.1: 1
 * other   o6 HEAD of an OTHER organisation, attended S1
 * S1 talk: A2.1, A1.1; S2 talk: A2.1; S3 (cancelled) talk: A3.1; an anonymous Mogilev survey wants A3.3.
 * Gomel G: talk by expert E2 on A3.3 scored 5 and 4, talk by E3 on A3.3 scored 3.
 * P: planned Mogilev seminar, October 2031, no date.
 * </pre>
 */
final class ReportingFixture {

    final JdbcClient jdbc;
    final InvitationTokens tokens;
    long mogilev, gomel, district, otherOrg, partnerE2, partnerE3, e2, e3;
    long o1, o2, o3, o4, o5, o6;
    long s1, s2, s3, s5, g, p, site2, invitationO3S1;
    final List<Long> seminars = new ArrayList<>();
    final List<Long> organisations = new ArrayList<>();

    ReportingFixture(JdbcClient jdbc, InvitationTokens tokens) {
        this.jdbc = jdbc;
        this.tokens = tokens;
    }

    ReportingFixture load() {
        mogilev = TestData.territory(jdbc, "BY-MA");
        gomel = TestData.territory(jdbc, "BY-HO");
        district = jdbc.sql("select id from territory where parent_id = :p and level = 'DISTRICT' order by sort_order, id limit 1")
                .param("p", mogilev).query(Long.class).single();
        long oblastEc = jdbc.sql("select id from organisation where category = 'OBLAST_EXECUTIVE_COMMITTEE' and territory_id = :t")
                .param("t", mogilev).query(Long.class).single();
        long districtEc = jdbc.sql("select id from organisation where category = 'DISTRICT_EXECUTIVE_COMMITTEE' and territory_id = :t")
                .param("t", district).query(Long.class).single();
        otherOrg = organisation("Могилёвское предприятие ", "OTHER", district);
        partnerE2 = organisation("Партнёр Е2 ", "PARTNER_IT_COMPANY", gomel);
        partnerE3 = organisation("Партнёр Е3 ", "PARTNER_IT_COMPANY", gomel);
        e2 = expert("Экспертова Ева", partnerE2);
        e3 = expert("Экспертов Ефим", partnerE3);
        o1 = official("Аристов Андрей", "HEAD", oblastEc);
        o2 = official("Борисова Вера", "DEPUTY_HEAD", oblastEc);
        o3 = official("Васильев Глеб", "HEAD", districtEc);
        o4 = official("Григорьева Дарья", "DEPUTY_HEAD", districtEc);
        o5 = official("Дмитриев Егор", "OTHER", districtEc);
        o6 = official("Егорова Жанна", "HEAD", otherOrg);

        s1 = seminar(mogilev, "HELD", "2017-05-10 10:00:00");
        s2 = seminar(mogilev, "HELD", "2018-06-12 10:00:00");
        s3 = seminar(mogilev, "CANCELLED", "2019-03-01 10:00:00");
        s5 = seminar(mogilev, "HELD", "2018-11-20 10:00:00");
        g = seminar(gomel, "HELD", "2019-04-04 10:00:00");
        p = jdbc.sql("""
                        insert into seminar (programme_id, level, host_territory_id, title_ru, planned_month, status)
                        values ((select min(id) from programme), 'REGIONAL', :h, :t, date '2031-10-01', 'PLANNED') returning id
                        """).param("h", mogilev).param("t", TestData.unique("Планируемый могилёвский ")).query(Long.class).single();
        seminars.add(p);
        long t1 = talk(s1, "2017-05-10 10:00:00", null, "A2.1", "A1.1");
        talk(s2, "2018-06-12 10:00:00", null, "A2.1");
        talk(s3, "2019-03-01 10:00:00", null, "A3.1");
        long t2 = talk(g, "2019-04-04 10:00:00", e2, "A3.3");
        long t3 = talk(g, "2019-04-04 11:00:00", e3, "A3.3");
        site2 = jdbc.sql("insert into remote_site (seminar_id, territory_id) values (:s, :t) returning id")
                .param("s", s2).param("t", district).query(Long.class).single();

        invitation(s1, o1, null, "2017-05-10 10:05:00");
        invitation(s2, o2, site2, "2018-06-12 10:05:00");
        invitation(s3, o3, null, "2019-03-01 10:05:00");
        invitationO3S1 = invitation(s1, o3, null, null);
        invitation(s1, o4, null, null);
        invitation(s1, o5, null, "2017-05-10 10:05:00");
        invitation(s1, o6, null, "2017-05-10 10:05:00");

        long survey1 = survey(s1, false);
        long self1 = question(survey1, 1, "SELF_LEVEL", null, competence("A2.1"));
        long wish1 = question(survey1, 2, "TOPICS_WANTED", null, null);
        long talkQ = question(survey1, 3, "TALK", t1, null);
        java.util.UUID r = response(survey1, o1, "2017-05-11");
        answer(r, self1, null, null, 2, 3);
        answer(r, talkQ, 5, null, null, null);
        r = response(survey1, o3, "2017-05-11");
        answer(r, self1, null, null, 1, 2);
        answer(r, wish1, null, competence("A3.3"), null, null);
        answer(r, wish1, null, competence("A6.2"), null, null);
        r = response(survey1, o5, "2017-05-11");
        answer(r, self1, null, null, 1, 1);
        r = response(survey1, o2, "2017-05-12");
        answer(r, wish1, null, competence("A3.3"), null, null);

        long survey5 = survey(s5, false);
        long self5 = question(survey5, 1, "SELF_LEVEL", null, competence("A2.1"));
        answer(response(survey5, o1, "2018-11-21"), self5, null, null, 3, 4);

        long anonymous = survey(s3, true);
        long wish3 = question(anonymous, 1, "TOPICS_WANTED", null, null);
        answer(response(anonymous, null, "2019-03-02"), wish3, null, competence("A3.3"), null, null);

        long gSurvey = survey(g, true);
        long q2 = question(gSurvey, 1, "TALK", t2, null);
        long q3 = question(gSurvey, 2, "TALK", t3, null);
        java.util.UUID ra = response(gSurvey, null, "2019-04-05");
        answer(ra, q2, 5, null, null, null);
        answer(ra, q3, 3, null, null, null);
        answer(response(gSurvey, null, "2019-04-05"), q2, 4, null, null, null);
        return this;
    }

    void unload() {
        for (long s : seminars) {
            jdbc.sql("update seminar set next_seminar_id = null where next_seminar_id = :s").param("s", s).update();
            jdbc.sql("delete from seminar where id = :s").param("s", s).update();
        }
        jdbc.sql("delete from official where id in (:ids)").param("ids", List.of(o1, o2, o3, o4, o5, o6)).update();
        jdbc.sql("delete from expert where id in (:ids)").param("ids", List.of(e2, e3)).update();
        jdbc.sql("delete from organisation where id in (:ids)").param("ids", organisations).update();
    }

    long competence(String code) {
        return jdbc.sql("select c.id from competence c join competence_framework_version v on v.id = c.version_id "
                + "where v.state = 'PUBLISHED' and c.code = :c").param("c", code).query(Long.class).single();
    }

    private long organisation(String name, String category, long territory) {
        long id = jdbc.sql("insert into organisation (name_ru, category, territory_id) values (:n, :c, :t) returning id")
                .param("n", TestData.unique(name)).param("c", category).param("t", territory).query(Long.class).single();
        organisations.add(id);
        return id;
    }

    private long expert(String name, long organisation) {
        return jdbc.sql("insert into expert (full_name, organisation_id) values (:n, :o) returning id")
                .param("n", name).param("o", organisation).query(Long.class).single();
    }

    private long official(String name, String leadership, long organisation) {
        return jdbc.sql("""
                        insert into official (full_name, position, leadership, organisation_id, email)
                        values (:n, 'Должность', :l, :o, :e) returning id
                        """).param("n", name).param("l", leadership).param("o", organisation)
                .param("e", TestData.unique("rep") + "@t.by").query(Long.class).single();
    }

    private long seminar(long host, String status, String start) {
        Timestamp at = Timestamp.valueOf(start);
        long id = jdbc.sql("""
                        insert into seminar (programme_id, level, host_territory_id, title_ru, starts_at, ends_at, status)
                        values ((select min(id) from programme), 'REGIONAL', :h, :t, :s, :e, :st) returning id
                        """).param("h", host).param("t", TestData.unique("Отчётный семинар ")).param("s", at)
                .param("e", new Timestamp(at.getTime() + 4 * 3600_000L)).param("st", status).query(Long.class).single();
        seminars.add(id);
        return id;
    }

    private long talk(long seminar, String start, Long expert, String... codes) {
        Timestamp at = Timestamp.valueOf(start);
        long id = jdbc.sql("""
                        insert into talk (seminar_id, kind, title_ru, starts_at, ends_at) values (:s, 'TALK', :t, :a, :b) returning id
                        """).param("s", seminar).param("t", "Доклад о данных " + String.join(" ", codes)).param("a", at)
                .param("b", new Timestamp(at.getTime() + 40 * 60_000L)).query(Long.class).single();
        if (expert != null) {
            jdbc.sql("insert into talk_speaker (talk_id, expert_id) values (:t, :e)").param("t", id).param("e", expert).update();
        }
        for (String code : codes) {
            jdbc.sql("insert into talk_competence (talk_id, competence_id, target_level) values (:t, :c, 2)")
                    .param("t", id).param("c", competence(code)).update();
        }
        return id;
    }

    long invitation(long seminar, long official, Long site, String attendedAt) {
        return TestData.invitation(jdbc, tokens, seminar, official, site, attendedAt == null ? null : Timestamp.valueOf(attendedAt));
    }

    private long survey(long seminar, boolean anonymous) {
        return jdbc.sql("insert into survey (seminar_id, anonymous, state, sent_at) values (:s, :a, 'SENT', now()) returning id")
                .param("s", seminar).param("a", anonymous).query(Long.class).single();
    }

    private long question(long survey, int position, String kind, Long talk, Long competence) {
        return jdbc.sql("""
                        insert into survey_question (survey_id, position, kind, talk_id, competence_id, text_ru, text_be, text_en)
                        values (:s, :p, :k, :t, :c, :ru, 'Пытанне', 'Question') returning id
                        """).param("s", survey).param("p", position).param("k", kind).param("t", talk)
                .param("c", competence).param("ru", "Вопрос " + kind).query(Long.class).single();
    }

    private java.util.UUID response(long survey, Long official, String day) {
        return jdbc.sql("""
                        insert into survey_response (survey_id, official_id, language, submitted_on, submitted_at)
                        values (:s, :o, 'ru', cast(:d as date), case when :o2 then cast(:d as date) + time '12:00' end) returning id
                        """).param("s", survey).param("o", official).param("d", day).param("o2", official != null)
                .query(java.util.UUID.class).single();
    }

    private void answer(java.util.UUID response, long question, Integer score, Long competence, Integer before, Integer after) {
        jdbc.sql("""
                        insert into survey_answer (response_id, question_id, score, competence_id, level_before, level_after)
                        values (:r, :q, :s, :c, :b, :a)
                        """).param("r", response).param("q", question).param("s", score).param("c", competence)
                .param("b", before).param("a", after).update();
    }
}

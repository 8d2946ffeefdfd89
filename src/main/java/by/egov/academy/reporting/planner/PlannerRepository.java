package by.egov.academy.reporting.planner;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import by.egov.academy.reporting.gaps.ReportSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the planner reads besides the gaps: survey demand, talk ratings, who attended longest ago. */
@Repository
class PlannerRepository {

    record Rated(String code, long id, String name, String organisationRu, String organisationBe, double rating, int answers) {
    }

    record Candidate(long id, String fullName, String position, String organisationRu, String organisationBe,
                     String territoryRu, String territoryBe, String territoryEn, java.time.LocalDate lastAttended) {
    }

    private final JdbcClient jdbc;

    PlannerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Respondents from the region who chose each competence (by code) in a TOPICS_WANTED answer: a named respondent
     * counts in the region of their organisation; an anonymous one (no official kept) in the host region of the
     * regional seminar the survey was about.
     */
    Map<String, Integer> demand(long regionId) {
        return jdbc.sql("""
                        select c.code, count(distinct r.id) as asked
                        from survey_answer a
                        join survey_question q on q.id = a.question_id and q.kind = 'TOPICS_WANTED'
                        join competence c on c.id = a.competence_id
                        join survey_response r on r.id = a.response_id
                        join survey sv on sv.id = r.survey_id
                        join seminar s on s.id = sv.seminar_id
                        join territory h on h.id = s.host_territory_id
                        left join official o on o.id = r.official_id
                        left join organisation g on g.id = o.organisation_id
                        left join territory t on t.id = g.territory_id
                        where coalesce(t.region_id, case when r.official_id is null and s.level = 'REGIONAL' then h.region_id end) = :r
                        group by c.code
                        """).param("r", regionId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Experts whose talks tagged with these codes were scored in surveys (TALK questions), best first. */
    List<Rated> experts(List<String> codes) {
        return rated(codes, "e.id, e.full_name");
    }

    /** Partner organisations of those experts, rated over all their experts' scored talks on the code. */
    List<Rated> organisations(List<String> codes) {
        return rated(codes, "g.id, g.name_ru");
    }

    /** Average TALK score per code and per the rated party ({@code key}: its id and name columns). */
    private List<Rated> rated(List<String> codes, String key) {
        if (codes.isEmpty()) {
            return List.of();
        }
        String[] columns = key.split(", ");
        return jdbc.sql("select c.code, " + columns[0] + " as id, " + columns[1] + """
                         as name, g.name_ru as organisation_ru, g.name_be as organisation_be,
                               avg(a.score) as rating, count(a.id) as answers
                        from talk_competence tc
                        join competence c on c.id = tc.competence_id
                        join talk_speaker ts on ts.talk_id = tc.talk_id
                        join expert e on e.id = ts.expert_id
                        join organisation g on g.id = e.organisation_id
                        join survey_question q on q.talk_id = tc.talk_id and q.kind = 'TALK'
                        join survey_answer a on a.question_id = q.id and a.score is not null
                        where c.code in (:codes)
                        group by c.code, """ + key + """
                        , g.name_ru, g.name_be
                        order by c.code, rating desc, answers desc, 2
                        """).param("codes", codes).query(Rated.class).list();
    }

    /** The region's target officials, those who never attended first, then the longest ago. */
    List<Candidate> longestAbsent(long regionId, int limit) {
        return jdbc.sql("with target as (" + ReportSql.TARGET_OFFICIALS + """
                        ), last as (
                            select i.official_id, max(cast(i.attended_at at time zone 'Europe/Minsk' as date)) as last_attended
                            from invitation i join target tg on tg.official_id = i.official_id
                            join seminar s on s.id = i.seminar_id and s.status <> 'CANCELLED'
                            where tg.region_id = :r and i.attended_at is not null
                            group by i.official_id)
                        select o.id, o.full_name, o.position, g.name_ru as organisation_ru, g.name_be as organisation_be,
                               t.name_ru as territory_ru, t.name_be as territory_be, t.name_en as territory_en, l.last_attended
                        from target tg
                        join official o on o.id = tg.official_id
                        join organisation g on g.id = o.organisation_id
                        join territory t on t.id = g.territory_id
                        left join last l on l.official_id = o.id
                        where tg.region_id = :r
                        order by l.last_attended nulls first, o.full_name collate ru_icu, o.id
                        limit :limit
                        """).param("r", regionId).param("limit", limit).query(Candidate.class).list();
    }

    /** Codes of the competences the seminar's talks are already tagged with (applying again adds none of them). */
    List<String> taggedCodes(long seminarId) {
        return jdbc.sql("""
                        select distinct c.code from talk t join talk_competence tc on tc.talk_id = t.id
                        join competence c on c.id = tc.competence_id where t.seminar_id = :s
                        """).param("s", seminarId).query(String.class).list();
    }

    /** One apply at a time per seminar, so two clicks cannot both find a competence missing. */
    void lock(long seminarId) {
        jdbc.sql("select pg_advisory_xact_lock(727024, cast(:s % 2147483647 as int))").param("s", seminarId).query((rs, n) -> 1).single();
    }
}

package by.egov.academy.reporting.gaps;

import java.sql.Date;
import java.util.List;
import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The gap figures in explicit SQL over the directory, participation, programme, competence and survey tables. */
@Repository
class GapsRepository {

    record Competence(long id, String code, String nameRu, String nameBe, String nameEn) {
    }

    record Count(long regionId, String code, int year, int count) {
    }

    record Level(long regionId, String code, double average, int count) {
    }

    private final JdbcClient jdbc;

    GapsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String region(Long regionId) {
        return regionId == null ? "" : " and tg.region_id = :r";
    }

    private JdbcClient.StatementSpec with(JdbcClient.StatementSpec spec, Long regionId) {
        return regionId == null ? spec : spec.param("r", regionId);
    }

    List<Competence> currentCompetences() {
        return jdbc.sql(ReportSql.CURRENT_COMPETENCES).query(Competence.class).list();
    }

    int programmeStartYear() {
        return jdbc.sql("select coalesce(min(start_year), 2016) from programme").query(Integer.class).single();
    }

    /** Target officials per region. */
    List<Count> targets(Long regionId) {
        return with(jdbc.sql("select tg.region_id, '' as code, 0 as year, count(*) as count from (" + ReportSql.TARGET_OFFICIALS
                + ") tg where true" + region(regionId) + " group by tg.region_id"), regionId).query(Count.class).list();
    }

    /** Target officials by region × competence code × the year of their first evidence (up to {@code until}). */
    List<Count> firstEvidence(Long regionId, java.time.LocalDate until) {
        return with(jdbc.sql("with target as (" + ReportSql.TARGET_OFFICIALS + "), evidence as (" + ReportSql.EVIDENCE + """
                        ), first as (
                            select e.official_id, tg.region_id, c.code, min(e.attended_on) as first_on
                            from evidence e
                            join target tg on tg.official_id = e.official_id
                            join competence c on c.id = e.competence_id
                            where e.attended_on <= :until""" + region(regionId) + """
                            group by e.official_id, tg.region_id, c.code)
                        select region_id, code, cast(extract(year from first_on) as int) as year, count(*) as count
                        from first group by region_id, code, year
                        """), regionId).param("until", Date.valueOf(until)).query(Count.class).list();
    }

    /** The average of each target official's latest named self-assessment (level after) by region × code. */
    List<Level> selfLevels(Long regionId, java.time.LocalDate until) {
        return with(jdbc.sql("with target as (" + ReportSql.TARGET_OFFICIALS + """
                        ), latest as (
                            select distinct on (r.official_id, c.code) tg.region_id, c.code, a.level_after
                            from survey_response r
                            join target tg on tg.official_id = r.official_id
                            join survey_answer a on a.response_id = r.id and a.level_after is not null
                            join survey_question q on q.id = a.question_id and q.kind = 'SELF_LEVEL'
                            join competence c on c.id = q.competence_id
                            where r.submitted_on <= :until""" + region(regionId) + """
                            order by r.official_id, c.code, r.submitted_on desc, r.submitted_at desc nulls last)
                        select region_id, code, avg(level_after) as average, count(*) as count from latest group by region_id, code
                        """), regionId).param("until", Date.valueOf(until)).query(Level.class).list();
    }

    /** Target officials of a region with no evidence of the competence up to {@code until}: never attended first. */
    List<MissingOfficial> withoutEvidence(long regionId, String code, java.time.LocalDate until, Locale locale) {
        return jdbc.sql("with target as (" + ReportSql.TARGET_OFFICIALS + "), evidence as (" + ReportSql.EVIDENCE + """
                        )
                        select o.id, o.full_name, o.position, o.leadership, g.name_ru as org_ru, g.name_be as org_be,
                               t.name_ru, t.name_be, t.name_en,
                               (select max(cast(i.attended_at at time zone 'Europe/Minsk' as date)) from invitation i
                                join seminar s on s.id = i.seminar_id and s.status <> 'CANCELLED'
                                where i.official_id = o.id and i.attended_at is not null) as last_attended
                        from target tg
                        join official o on o.id = tg.official_id
                        join organisation g on g.id = o.organisation_id
                        join territory t on t.id = g.territory_id
                        where tg.region_id = :r and not exists (
                            select 1 from evidence e join competence c on c.id = e.competence_id
                            where e.official_id = o.id and c.code = :code and e.attended_on <= :until)
                        order by last_attended nulls first, o.full_name collate ru_icu, o.id
                        """).param("r", regionId).param("code", code).param("until", Date.valueOf(until))
                .query((rs, n) -> new MissingOfficial(rs.getLong("id"), rs.getString("full_name"), rs.getString("position"),
                        rs.getString("leadership"),
                        LocaleConfiguration.pick(locale, rs.getString("org_ru"), rs.getString("org_be"), rs.getString("org_ru")),
                        LocaleConfiguration.pick(locale, rs.getString("name_ru"), rs.getString("name_be"), rs.getString("name_en")),
                        rs.getDate("last_attended") == null ? null : rs.getDate("last_attended").toLocalDate()))
                .list();
    }
}

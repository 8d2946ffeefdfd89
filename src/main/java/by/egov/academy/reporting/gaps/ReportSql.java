package by.egov.academy.reporting.gaps;

/**
 * The SQL the reports share: who the programme's target officials are and what counts as evidence of a competence.
 */
public final class ReportSql {

    private ReportSql() {
    }

    /**
     * Target officials: the heads and deputy heads (leadership HEAD or DEPUTY_HEAD — what an audience rule's
     * "heads and deputies" selects) of the local executive bodies the programme is for — oblast, city and district
     * executive committees and city district administrations — counted in the region (oblast or Minsk city) of
     * their organisation's territory. Columns: official_id, region_id.
     */
    public static final String TARGET_OFFICIALS = """
            select o.id as official_id, t.region_id
            from official o
            join organisation g on g.id = o.organisation_id
            join territory t on t.id = g.territory_id
            where g.category in ('OBLAST_EXECUTIVE_COMMITTEE', 'CITY_EXECUTIVE_COMMITTEE', 'DISTRICT_EXECUTIVE_COMMITTEE',
                                 'CITY_DISTRICT_ADMINISTRATION')
              and o.leadership in ('HEAD', 'DEPUTY_HEAD')
            """;

    /** The same categories and positions as participation's audience rules name them (the planner adds this rule). */
    public static final java.util.List<String> TARGET_CATEGORIES = java.util.List.of("OBLAST_EXECUTIVE_COMMITTEE",
            "CITY_EXECUTIVE_COMMITTEE", "DISTRICT_EXECUTIVE_COMMITTEE", "CITY_DISTRICT_ADMINISTRATION");
    public static final String TARGET_POSITIONS = "HEADS_AND_DEPUTIES";

    /**
     * Competence evidence, a row per official × competence × attended invitation (in person or at a district site) of
     * a seminar whose talks are tagged with the competence: the {@code competence_evidence} table of V22, kept by
     * triggers on attendance and tags so a new attendance is in the next report; a cancelled seminar is no evidence. Every report query uses it as
     * {@code with evidence as (…)} and reads it through min() or exists.
     */
    public static final String EVIDENCE = """
            select e.official_id, e.competence_id, e.seminar_id, e.invitation_id, e.attended_on, e.in_person
            from competence_evidence e
            join seminar s on s.id = e.seminar_id and s.status <> 'CANCELLED'
            """;

    /** The competences of the current (published) framework version, in the framework's order. */
    public static final String CURRENT_COMPETENCES = """
            select c.id, c.code, c.name_ru, c.name_be, c.name_en
            from competence c
            join competence_area a on a.id = c.area_id
            join competence_framework_version v on v.id = c.version_id
            where v.state = 'PUBLISHED'
            order by a.position, c.position
            """;
}

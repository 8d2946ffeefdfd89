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
     * Competence evidence, a row per official × competence × attended invitation (repeated when two talks of a
     * seminar carry the same tag: not made distinct, because DISTINCT keeps PostgreSQL from pushing a report's join
     * with its region's officials into this derivation — 3.3 s instead of 44 ms for one oblast on 1M invitations —
     * and every report reads it through min() or exists, where repeats change nothing): attendance (in person or at a
     * district site, {@code invitation.attended_at}) of a seminar that was not cancelled, for each competence its
     * talks are tagged with. Columns: official_id, competence_id, seminar_id, invitation_id, attended_on (Minsk
     * date), in_person.
     *
     * <p>MERGE NOTE: the only place the reports derive evidence. Once the {@code competence_evidence} table (V22,
     * kept by triggers) is in, this becomes {@code select official_id, competence_id, seminar_id, invitation_id,
     * attended_on, in_person from competence_evidence}; every report query uses it as {@code with evidence as (…)}.
     */
    public static final String EVIDENCE = """
            select i.official_id, tc.competence_id, i.seminar_id, i.id as invitation_id,
                   cast(i.attended_at at time zone 'Europe/Minsk' as date) as attended_on,
                   i.remote_site_id is null as in_person
            from invitation i
            join seminar s on s.id = i.seminar_id and s.status <> 'CANCELLED'
            join talk tk on tk.seminar_id = i.seminar_id
            join talk_competence tc on tc.talk_id = tk.id
            where i.attended_at is not null
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

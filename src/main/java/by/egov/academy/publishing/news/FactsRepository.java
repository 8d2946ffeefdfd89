package by.egov.academy.publishing.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import by.egov.academy.publishing.grammar.Bodies;
import by.egov.academy.publishing.news.SeminarFacts.Next;
import by.egov.academy.publishing.news.SeminarFacts.Place;
import by.egov.academy.publishing.news.SeminarFacts.Programme;
import by.egov.academy.publishing.news.SeminarFacts.Texts;

/** Reads a seminar's facts with plain SQL: the records are read, never changed, by publishing. */
@Repository
class FactsRepository {

    static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
    private static final String PLACE = "t.level, t.name_ru, t.name_be, t.name_en, t.ru_gen, t.be_gen, t.ru_prep, t.be_prep";

    private final JdbcClient jdbc;

    FactsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SeminarFacts> facts(long seminarId) {
        record Row(long id, String status, Integer ordinal, Texts cycle, Texts title, LocalDateTime start,
                   LocalDate plannedMonth, Texts venue, Long venueTerritory, long host, Texts audience, Texts outcome,
                   long programme, Long next, String level, Long venueId, Long cycleId) {
        }
        Optional<Row> row = jdbc.sql("""
                        select s.id, s.status, s.ordinal, c.title_ru c_ru, c.title_be c_be, c.title_en c_en,
                               s.title_ru, s.title_be, s.title_en, s.starts_at, s.planned_month,
                               v.name_ru v_ru, v.name_be v_be, v.territory_id v_t, s.host_territory_id,
                               -- a venue that is an organisation's own premises is named in English by that organisation
                               case when h.name_ru = v.name_ru then h.name_en end v_en,
                               s.audience_ru, s.audience_be, s.audience_en, s.outcome_ru, s.outcome_be, s.outcome_en,
                               s.programme_id, s.next_seminar_id, s.level, s.venue_id, s.cycle_id
                        from seminar s left join cycle c on c.id = s.cycle_id left join venue v on v.id = s.venue_id
                        left join organisation h on h.id = v.host_organisation_id
                        where s.id = :id
                        """).param("id", seminarId)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("status"), (Integer) rs.getObject("ordinal"),
                        texts(rs, "c_ru", "c_be", "c_en"), texts(rs, "title_ru", "title_be", "title_en"),
                        rs.getObject("starts_at", java.time.OffsetDateTime.class) == null ? null
                                : rs.getObject("starts_at", java.time.OffsetDateTime.class).atZoneSameInstant(MINSK).toLocalDateTime(),
                        rs.getObject("planned_month", LocalDate.class),
                        texts(rs, "v_ru", "v_be", "v_en"), (Long) rs.getObject("v_t"), rs.getLong("host_territory_id"),
                        texts(rs, "audience_ru", "audience_be", "audience_en"),
                        texts(rs, "outcome_ru", "outcome_be", "outcome_en"), rs.getLong("programme_id"),
                        (Long) rs.getObject("next_seminar_id"), rs.getString("level"), (Long) rs.getObject("venue_id"),
                        (Long) rs.getObject("cycle_id")))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Row r = row.get();
        List<Bodies.Body> organisers = jdbc.sql("""
                        select o.id, o.category, t.adj_ru, t.adj_be, t.name_en, o.name_ru, o.name_be, o.name_en
                        from seminar_organiser so join organisation o on o.id = so.organisation_id
                        join territory t on t.id = o.territory_id
                        where so.seminar_id = :id and so.role in ('ORGANISER', 'CO_ORGANISER')
                        order by so.position, o.id
                        """).param("id", seminarId)
                .query((rs, n) -> new Bodies.Body(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))).list();
        int inPerson = jdbc.sql("""
                        select count(*) from invitation where seminar_id = :id and attended_at is not null and remote_site_id is null
                        """).param("id", seminarId).query(Integer.class).single();
        // the districts the seminar had sites in (what the remote-districts sentence says), and those of them
        // with attendance recorded (a disagreement the editor is shown, never a silent change of the sentence)
        List<Long> districts = jdbc.sql("select distinct territory_id from remote_site where seminar_id = :id")
                .param("id", seminarId).query(Long.class).list();
        int attendedDistricts = jdbc.sql("""
                        select count(distinct rs.territory_id) from remote_site rs
                        where rs.seminar_id = :id and (coalesce(rs.actual_attendees, 0) > 0 or exists (
                            select 1 from invitation i where i.remote_site_id = rs.id and i.attended_at is not null))
                        """).param("id", seminarId).query(Integer.class).single();
        List<SeminarFacts.Role> others = jdbc.sql("""
                        select o.id, so.role, o.name_ru, o.name_be, o.name_en
                        from seminar_organiser so join organisation o on o.id = so.organisation_id
                        where so.seminar_id = :id and so.role not in ('ORGANISER', 'CO_ORGANISER')
                        order by so.position, o.id
                        """).param("id", seminarId)
                .query((rs, n) -> new SeminarFacts.Role(rs.getLong("id"), rs.getString("role"),
                        texts(rs, "name_ru", "name_be", "name_en"))).list();
        Place remoteOblast = null;
        if (!districts.isEmpty()) {
            List<Place> parents = jdbc.sql("select distinct " + PLACE + """
                             from territory d join territory t on t.id = d.parent_id where d.id in (:ids)
                            """).param("ids", districts).query((rs, n) -> place(rs)).list();
            remoteOblast = parents.size() == 1 && parents.get(0).level().equals("OBLAST") ? parents.get(0) : null;
        }
        List<SeminarFacts.Organisation> experts = jdbc.sql("""
                        select o.id, o.name_ru, o.name_be, o.name_en from talk k join talk_speaker ts on ts.talk_id = k.id join expert e on e.id = ts.expert_id
                        join organisation o on o.id = e.organisation_id
                        where k.seminar_id = :id group by o.id order by min(k.starts_at), min(ts.position), o.id
                        """).param("id", seminarId).query((rs, n) -> new SeminarFacts.Organisation(rs.getLong("id"),
                        texts(rs, "name_ru", "name_be", "name_en"))).list();
        List<Texts> topics = jdbc.sql("""
                        select p.name_ru, p.name_be, p.name_en from talk k join talk_topic tt on tt.talk_id = k.id
                        join topic p on p.id = tt.topic_id
                        where k.seminar_id = :id group by p.id order by min(k.starts_at), p.id
                        """).param("id", seminarId).query((rs, n) -> texts(rs, "name_ru", "name_be", "name_en")).list();
        Programme programme = jdbc.sql("""
                        select title_ru, title_be, title_en, description_ru, description_be, description_en, start_year
                        from programme where id = :id""").param("id", r.programme())
                .query((rs, n) -> new Programme(texts(rs, "title_ru", "title_be", "title_en"),
                        texts(rs, "description_ru", "description_be", "description_en"), rs.getInt("start_year")))
                .single();
        Next next = r.next() == null ? null : jdbc.sql("select " + PLACE + """
                        , s.starts_at, s.planned_month from seminar s join territory t on t.id = s.host_territory_id
                        where s.id = :id and s.status <> 'CANCELLED'
                        """).param("id", r.next())
                .query((rs, n) -> {
                    java.time.OffsetDateTime at = rs.getObject("starts_at", java.time.OffsetDateTime.class);
                    LocalDate month = rs.getObject("planned_month", LocalDate.class);
                    YearMonth ym = at != null ? YearMonth.from(at.atZoneSameInstant(MINSK))
                            : month != null ? YearMonth.from(month) : null;
                    return new Next(place(rs), ym);
                }).optional().orElse(null);
        Place host = territory(r.host());
        Texts audience = withRulesWhereUnwritten(r.audience(), seminarId, host);
        return Optional.of(new SeminarFacts(r.id(), r.status(), r.ordinal(), r.cycle(), r.title(),
                r.start() == null ? null : r.start().toLocalDate(),
                r.start() == null ? null : r.start().toLocalTime().toString(),
                r.plannedMonth() == null ? null : YearMonth.from(r.plannedMonth()), organisers, r.venue(),
                r.venueTerritory() == null ? null : territory(r.venueTerritory()), host, audience,
                inPerson, districts.size(), remoteOblast, experts, topics, r.outcome(), programme, next,
                new SeminarFacts.Records(r.level(), others, attendedDistricts, r.venueId(), r.cycleId(), NameForms.NONE)));
    }

    /** The recorded audience text where there is one; in a language without one, the audience rules in prose. */
    private Texts withRulesWhereUnwritten(Texts recorded, long seminarId, Place host) {
        List<AudienceFromRules.Rule> rules = jdbc.sql("""
                        select categories, scope, territory_id, positions from audience_rule where seminar_id = :id order by id
                        """).param("id", seminarId)
                .query((rs, n) -> new AudienceFromRules.Rule(rs.getString(1), rs.getString(2), (Long) rs.getObject(3),
                        rs.getString(4))).list();
        java.util.Map<Long, Place> places = new java.util.HashMap<>();
        rules.stream().map(AudienceFromRules.Rule::territoryId).filter(java.util.Objects::nonNull).distinct()
                .forEach(t -> places.put(t, territory(t)));
        Texts fromRules = AudienceFromRules.describe(rules, host, places);
        if (fromRules == null) {
            return recorded;
        }
        return new Texts(blank(recorded.ru()) ? fromRules.ru() : recorded.ru(),
                blank(recorded.be()) ? fromRules.be() : recorded.be(),
                blank(recorded.en()) ? fromRules.en() : recorded.en());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private Place territory(long id) {
        return jdbc.sql("select " + PLACE + " from territory t where t.id = :id").param("id", id)
                .query((rs, n) -> place(rs)).single();
    }

    private static Place place(ResultSet rs) throws SQLException {
        return new Place(rs.getString("level"), rs.getString("name_ru"), rs.getString("name_be"), rs.getString("name_en"),
                rs.getString("ru_gen"), rs.getString("be_gen"), rs.getString("ru_prep"), rs.getString("be_prep"));
    }

    private static Texts texts(ResultSet rs, String ru, String be, String en) throws SQLException {
        return new Texts(rs.getString(ru), be == null ? null : rs.getString(be), en == null ? null : rs.getString(en));
    }
}

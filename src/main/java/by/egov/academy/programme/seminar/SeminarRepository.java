package by.egov.academy.programme.seminar;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import by.egov.academy.platform.LocaleConfiguration;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Explicit SQL for seminars, their status history and organisers, and the reference data they pick from. */
@Repository
public class SeminarRepository {

    public record Programme(long id, String titleRu, String titleBe, String titleEn, int startYear,
                            String descriptionRu, String descriptionBe, String descriptionEn) {
        public String title(Locale l) {
            return LocaleConfiguration.pick(l, titleRu, titleBe, titleEn);
        }

        public String description(Locale l) {
            return LocaleConfiguration.pick(l, descriptionRu, descriptionBe, descriptionEn);
        }
    }

    public record Cycle(long id, long programmeId, String titleRu, String titleBe, String titleEn, boolean closed) {
        public String title(Locale l) {
            return LocaleConfiguration.pick(l, titleRu, titleBe, titleEn);
        }
    }

    public record Venue(long id, String nameRu, String nameBe, String nameEn, String address, String addressBe,
                        String addressEn, long territoryId, Long hostOrganisationId, Integer capacity) {
        /** Without a recorded translation the Russian name, never a transliteration. */
        public String name(Locale l) {
            return LocaleConfiguration.pick(l, nameRu, nameBe, nameEn == null ? nameRu : nameEn);
        }

        public String address(Locale l) {
            return address == null ? null : LocaleConfiguration.pick(l, address, addressBe, addressEn == null ? address : addressEn);
        }
    }

    public record Organiser(long organisationId, String nameRu, String nameBe, String nameEn, String category,
                            String role) {
        /** English pages name an organisation by its recorded English name, else by its Russian one. */
        public String name(Locale l) {
            return LocaleConfiguration.pick(l, nameRu, nameBe, nameEn == null ? nameRu : nameEn);
        }
    }

    public record Expert(long id, String fullName, String position, long organisationId, String organisationNameRu,
                         Long accountId) {
    }

    public record StatusChange(String fromStatus, String toStatus, String changedBy, Instant changedAt) {
        public java.time.ZonedDateTime at() {
            return changedAt.atZone(Seminar.MINSK);
        }
    }

    static final String SEMINAR = """
            select s.id, s.programme_id, s.cycle_id, s.ordinal, s.level, s.host_territory_id, s.title_ru, s.title_be,
                   s.title_en, s.planned_month, s.starts_at, s.ends_at, s.venue_id, s.status, s.audience_ru,
                   s.audience_be, s.audience_en, s.outcome_ru, s.outcome_be, s.outcome_en, s.next_seminar_id,
                   s.ical_sequence, s.illustrative_note, s.kind, s.all_day,
                   exists(select 1 from seminar_status_change c where c.seminar_id = s.id and c.to_status = 'ANNOUNCED')
                       as ever_announced
            from seminar s
            """;

    private final JdbcClient jdbc;

    SeminarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- programme and cycles

    public List<Programme> programmes() {
        return jdbc.sql("select * from programme order by start_year, id").query(Programme.class).list();
    }

    public Optional<Programme> programme(long id) {
        return jdbc.sql("select * from programme where id = :id").param("id", id).query(Programme.class).optional();
    }

    public List<Cycle> cycles(long programmeId) {
        return jdbc.sql("select id, programme_id, title_ru, title_be, title_en, closed from cycle where programme_id = :p order by id")
                .param("p", programmeId).query(Cycle.class).list();
    }

    public List<Cycle> cyclesOfAll() {
        return jdbc.sql("select id, programme_id, title_ru, title_be, title_en, closed from cycle order by id")
                .query(Cycle.class).list();
    }

    public long insertCycle(long programmeId, String titleRu, String titleBe, String titleEn) {
        return jdbc.sql("insert into cycle (programme_id, title_ru, title_be, title_en) values (:p, :ru, :be, :en) returning id")
                .param("p", programmeId).param("ru", titleRu).param("be", titleBe).param("en", titleEn)
                .query(Long.class).single();
    }

    /** Serialises creations within one cycle, so ordinals are handed out once each. */
    public void lockCycle(long id) {
        jdbc.sql("select id from cycle where id = :id for update").param("id", id).query(Long.class).optional();
    }

    public Optional<Cycle> cycle(long id) {
        return jdbc.sql("select id, programme_id, title_ru, title_be, title_en, closed from cycle where id = :id")
                .param("id", id).query(Cycle.class).optional();
    }

    // --- seminars

    public Optional<Seminar> seminar(long id) {
        return jdbc.sql(SEMINAR + " where s.id = :id").param("id", id).query(Seminar.class).optional();
    }

    /** Locks the seminar row so concurrent edits of one seminar (agenda, dates, status) happen one after another. */
    public Optional<Seminar> seminarForUpdate(long id) {
        jdbc.sql("select id from seminar where id = :id for update").param("id", id).query(Long.class).optional();
        return seminar(id);
    }

    public List<Seminar> seminarsOfCycle(long cycleId) {
        return jdbc.sql(SEMINAR + " where s.cycle_id = :c order by s.ordinal nulls last, s.planned_month, s.id")
                .param("c", cycleId).query(Seminar.class).list();
    }

    public List<Seminar> republicSeminars(long programmeId) {
        return jdbc.sql(SEMINAR + " where s.programme_id = :p and s.cycle_id is null order by s.starts_at nulls last, s.id")
                .param("p", programmeId).query(Seminar.class).list();
    }

    public record SeminarFilter(Long cycleId, Long territoryId, String status, Instant from, Instant to,
                                boolean publicOnly) {
    }

    public List<Seminar> search(SeminarFilter f, int limit, int offset) {
        return jdbc.sql(SEMINAR + SEARCH_WHERE + " order by s.starts_at nulls last, s.id limit :limit offset :offset")
                .params(searchParams(f)).param("limit", limit).param("offset", offset)
                .query(Seminar.class).list();
    }

    public long count(SeminarFilter f) {
        return jdbc.sql("select count(*) from seminar s" + SEARCH_WHERE).params(searchParams(f)).query(Long.class).single();
    }

    private static final String SEARCH_WHERE = """
             where (cast(:cycle as bigint) is null or s.cycle_id = cast(:cycle as bigint))
               and (cast(:territory as bigint) is null or s.host_territory_id = cast(:territory as bigint))
               and (cast(:status as text) is null or s.status = cast(:status as text))
               and (cast(:from as timestamptz) is null or s.starts_at >= cast(:from as timestamptz))
               and (cast(:to as timestamptz) is null or s.starts_at < cast(:to as timestamptz))
               and (not cast(:publicOnly as boolean) or (s.status <> 'PLANNED' and (s.status <> 'CANCELLED' or exists(
                    select 1 from seminar_status_change c where c.seminar_id = s.id and c.to_status = 'ANNOUNCED'))))
            """;

    private static Map<String, Object> searchParams(SeminarFilter f) {
        Map<String, Object> m = new HashMap<>();
        m.put("cycle", f.cycleId());
        m.put("territory", f.territoryId());
        m.put("status", f.status());
        m.put("from", f.from() == null ? null : Timestamp.from(f.from()));
        m.put("to", f.to() == null ? null : Timestamp.from(f.to()));
        m.put("publicOnly", f.publicOnly());
        return m;
    }

    public long insertSeminar(SeminarCommand c, long programmeId, Integer ordinal, String level) {
        return jdbc.sql("""
                        insert into seminar (programme_id, cycle_id, ordinal, level, kind, all_day, host_territory_id,
                                             title_ru, title_be, title_en, planned_month, starts_at, ends_at, venue_id,
                                             audience_ru, audience_be, audience_en)
                        values (:programme, :cycle, :ordinal, :level, :kind, :allDay, :host, :titleRu, :titleBe, :titleEn,
                                :month, :starts, :ends, :venue, :audRu, :audBe, :audEn)
                        returning id
                        """)
                .param("programme", programmeId).param("cycle", c.cycleId(), Types.BIGINT)
                .param("ordinal", ordinal, Types.INTEGER).param("level", level)
                .params(seminarValues(c)).query(Long.class).single();
    }

    /** Every field of the command is written: the service has already merged what the caller left out. */
    public void updateSeminar(long id, SeminarCommand c, String level) {
        jdbc.sql("""
                        update seminar set host_territory_id = :host, title_ru = :titleRu, title_be = :titleBe,
                               title_en = :titleEn, planned_month = :month, starts_at = :starts, ends_at = :ends,
                               venue_id = :venue, audience_ru = :audRu, audience_be = :audBe, audience_en = :audEn,
                               kind = :kind, level = :level, all_day = :allDay,
                               ical_sequence = ical_sequence + 1, updated_at = now()
                        where id = :id
                        """).params(seminarValues(c)).param("level", level).param("id", id).update();
    }

    private static Map<String, Object> seminarValues(SeminarCommand c) {
        Map<String, Object> m = new HashMap<>();
        m.put("host", c.hostTerritoryId());
        m.put("titleRu", c.titleRu().strip());
        m.put("titleBe", blank(c.titleBe()));
        m.put("titleEn", blank(c.titleEn()));
        m.put("month", c.plannedMonth() == null ? null : java.sql.Date.valueOf(c.plannedMonth().atDay(1)));
        m.put("starts", c.startsAt() == null ? null : Timestamp.from(c.startsAt()));
        m.put("ends", c.endsAt() == null ? null : Timestamp.from(c.endsAt()));
        m.put("venue", c.venueId());
        m.put("audRu", blank(c.audienceRu()));
        m.put("audBe", blank(c.audienceBe()));
        m.put("audEn", blank(c.audienceEn()));
        m.put("kind", c.kindOrUsual().name());
        m.put("allDay", c.allDay() && c.startsAt() != null);
        return m;
    }

    public void updateOutcome(long id, String ru, String be, String en) {
        jdbc.sql("update seminar set outcome_ru = :ru, outcome_be = :be, outcome_en = :en, updated_at = now() where id = :id")
                .param("ru", blank(ru)).param("be", blank(be)).param("en", blank(en)).param("id", id).update();
    }

    public void setStatus(long id, String from, String to, String by) {
        jdbc.sql("update seminar set status = :to, ical_sequence = ical_sequence + 1, updated_at = now() where id = :id")
                .param("to", to).param("id", id).update();
        jdbc.sql("insert into seminar_status_change (seminar_id, from_status, to_status, changed_by) values (:s, :f, :t, :b)")
                .param("s", id).param("f", from).param("t", to).param("b", by).update();
    }

    public List<StatusChange> statusChanges(long id) {
        return jdbc.sql("select from_status, to_status, changed_by, changed_at from seminar_status_change where seminar_id = :s order by id")
                .param("s", id).query(StatusChange.class).list();
    }

    public void shift(long id, java.time.Duration by) {
        jdbc.sql("""
                        update seminar set starts_at = starts_at + cast(:d as interval), ends_at = ends_at + cast(:d as interval),
                               ical_sequence = ical_sequence + 1, updated_at = now() where id = :id
                        """).param("d", by.getSeconds() + " seconds").param("id", id).update();
        jdbc.sql("update talk set starts_at = starts_at + cast(:d as interval), ends_at = ends_at + cast(:d as interval) where seminar_id = :id")
                .param("d", by.getSeconds() + " seconds").param("id", id).update();
    }

    /** One talk at a time, the last first when moving later: the no-overlap constraint is checked row by row. */
    public void shiftTalks(long id, java.time.Duration by) {
        List<Long> ids = jdbc.sql("select id from talk where seminar_id = :id order by starts_at " + (by.isNegative() ? "asc" : "desc"))
                .param("id", id).query(Long.class).list();
        for (Long talk : ids) {
            jdbc.sql("update talk set starts_at = starts_at + cast(:d as interval), ends_at = ends_at + cast(:d as interval) where id = :t")
                    .param("d", by.getSeconds() + " seconds").param("t", talk).update();
        }
    }

    public void deleteSeminar(long id) {
        jdbc.sql("update seminar set next_seminar_id = null where next_seminar_id = :id").param("id", id).update();
        jdbc.sql("delete from seminar where id = :id").param("id", id).update();
    }

    public void setNext(long id, Long nextId) {
        jdbc.sql("update seminar set next_seminar_id = :n where id = :id").param("n", nextId, Types.BIGINT).param("id", id).update();
    }

    public Integer nextOrdinal(long cycleId) {
        return jdbc.sql("select coalesce(max(ordinal), 0) + 1 from seminar where cycle_id = :c").param("c", cycleId)
                .query(Integer.class).single();
    }

    // --- organisers and venue

    public List<Organiser> organisers(long seminarId) {
        return jdbc.sql("""
                        select o.id as organisation_id, o.name_ru, o.name_be, o.name_en, o.category, so.role
                        from seminar_organiser so join organisation o on o.id = so.organisation_id
                        where so.seminar_id = :s order by so.position
                        """).param("s", seminarId).query(Organiser.class).list();
    }

    /** Replaces the seminar's organisers with the given ordered list (the caller has refused duplicates). */
    public void setOrganisers(long seminarId, List<OrganiserEntry> organisers) {
        jdbc.sql("delete from seminar_organiser where seminar_id = :s").param("s", seminarId).update();
        int i = 0;
        for (OrganiserEntry o : organisers) {
            jdbc.sql("insert into seminar_organiser (seminar_id, organisation_id, position, role) values (:s, :o, :p, :r)")
                    .param("s", seminarId).param("o", o.organisationId()).param("p", i++).param("r", o.role().name())
                    .update();
        }
    }

    public Optional<Programme> defaultProgramme() {
        return jdbc.sql("select * from programme order by is_default desc, start_year, id limit 1")
                .query(Programme.class).optional();
    }

    public Optional<Venue> venue(long id) {
        return jdbc.sql("select id, name_ru, name_be, name_en, address, address_be, address_en, territory_id, host_organisation_id, capacity from venue where id = :id")
                .param("id", id).query(Venue.class).optional();
    }

    public List<Venue> venues() {
        return jdbc.sql("select id, name_ru, name_be, name_en, address, address_be, address_en, territory_id, host_organisation_id, capacity from venue where retired_at is null order by name_ru collate ru_icu")
                .query(Venue.class).list();
    }

    public long insertVenue(String nameRu, String nameBe, String address, long territoryId, Long hostOrganisationId,
                            Integer capacity) {
        return jdbc.sql("""
                        insert into venue (name_ru, name_be, address, territory_id, host_organisation_id, capacity)
                        values (:n, :b, :a, :t, :h, :c) returning id
                        """).param("n", nameRu).param("b", nameBe).param("a", address).param("t", territoryId)
                .param("h", hostOrganisationId, Types.BIGINT).param("c", capacity, Types.INTEGER)
                .query(Long.class).single();
    }








    public List<Talk.Topic> topics() {
        return jdbc.sql("select id, code, name_ru, name_be, name_en from topic order by id").query(Talk.Topic.class).list();
    }

    public List<Expert> experts() {
        return jdbc.sql("""
                        select e.id, e.full_name, e.position, e.organisation_id, o.name_ru as organisation_name_ru, e.account_id
                        from expert e join organisation o on o.id = e.organisation_id order by e.full_name collate ru_icu
                        """).query(Expert.class).list();
    }

    public Optional<Expert> expertByAccount(long accountId) {
        return jdbc.sql("""
                        select e.id, e.full_name, e.position, e.organisation_id, o.name_ru as organisation_name_ru, e.account_id
                        from expert e join organisation o on o.id = e.organisation_id where e.account_id = :a
                        """).param("a", accountId).query(Expert.class).optional();
    }


    public long insertExpert(String fullName, String position, long organisationId, String email) {
        return jdbc.sql("insert into expert (full_name, position, organisation_id, email) values (:n, :p, :o, :e) returning id")
                .param("n", fullName).param("p", position).param("o", organisationId).param("e", email)
                .query(Long.class).single();
    }






    /** The calendar event's description counts the sites: a change subscribers must see. */
    public void bumpSequence(long seminarId) {
        jdbc.sql("update seminar set ical_sequence = ical_sequence + 1 where id = :id").param("id", seminarId).update();
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Ordered map of cycle seminars by id, for the timeline's "next" links. */
    public Map<Long, Seminar> byId(List<Seminar> seminars) {
        Map<Long, Seminar> m = new LinkedHashMap<>();
        seminars.forEach(s -> m.put(s.id(), s));
        return m;
    }

    public long insertNotice(long seminarId, String kind, String summary, String by) {
        return jdbc.sql("insert into seminar_notice (seminar_id, kind, summary, created_by) values (:s, :k, :m, :b) returning id")
                .param("s", seminarId).param("k", kind).param("m", summary).param("b", by).query(Long.class).single();
    }

    /** Who a notice reaches: invitations still alive, the sites' operators with an address, the speakers with one. */
    public SeminarService.NoticeReach noticeReach(long seminarId) {
        return jdbc.sql("""
                        select (select count(*) from invitation where seminar_id = :s
                                  and state in ('SENT', 'OPENED', 'ACCEPTED_IN_PERSON', 'ACCEPTED_REMOTE', 'WAITING')),
                               (select count(distinct a.id) from remote_site r join account a on a.id = r.operator_account_id
                                  where r.seminar_id = :s and a.email is not null),
                               (select count(distinct e.id) from talk k join talk_speaker ts on ts.talk_id = k.id
                                  join expert e on e.id = ts.expert_id where k.seminar_id = :s and e.email is not null)
                        """).param("s", seminarId)
                .query((rs, n) -> new SeminarService.NoticeReach(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }

    public List<by.egov.academy.programme.Seminars.StaffMember> staffToTell(long seminarId) {
        return jdbc.sql("""
                        select distinct 'operator:' || a.id, a.email, a.display_name, 'ru'
                        from remote_site r join account a on a.id = r.operator_account_id
                        where r.seminar_id = :s and a.email is not null
                        union
                        select distinct 'expert:' || e.id, e.email, e.full_name, coalesce(e.language, 'ru')
                        from talk k join talk_speaker ts on ts.talk_id = k.id join expert e on e.id = ts.expert_id
                        where k.seminar_id = :s and e.email is not null
                        """).param("s", seminarId)
                .query((rs, n) -> new by.egov.academy.programme.Seminars.StaffMember(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4))).list();
    }
}

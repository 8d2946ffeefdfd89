package by.egov.academy.workbench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;
import by.egov.academy.platform.Minsk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read-only SQL behind each role's task list. Every query is scoped by the signed-in account (its oblast,
 * district, expert record or linked official), never by anything the request carries.
 */
@Component
class WorkbenchQueries {

    /** A seminar in a task list, its wall-clock start in Minsk. */
    public record SeminarRow(long id, String titleRu, String titleBe, String titleEn, String status, Instant startsAt)
            implements Titled {
        public ZonedDateTime start() {
            return startsAt == null ? null : startsAt.atZone(Minsk.ZONE);
        }
    }

    /** A row with a title in three languages, shown in the page's. */
    public interface Titled {
        String titleRu();

        String titleBe();

        String titleEn();

        default String title(Locale locale) {
            return LocaleConfiguration.pick(locale, titleRu(), titleBe(), titleEn());
        }
    }

    /** The programme office's counts. */
    public record OfficeSummary(List<StatusCount> byStatus, int publicationRequests, int failedMail, int stuckMail,
                         List<OpenSurvey> openSurveys, List<CertificatesToIssue> certificatesToIssue) {
    }

    public record StatusCount(String status, int count) {
    }

    public record OpenSurvey(long seminarId, String titleRu, String titleBe, String titleEn, int responses) implements Titled {
    }

    public record CertificatesToIssue(long seminarId, String titleRu, String titleBe, String titleEn, int attendees)
            implements Titled {
    }

    /** What a coordinator's seminar lacks, in the order it is prepared; the first missing one is the next step. */
    public record SeminarProgress(SeminarRow seminar, boolean venue, int talks, int sites, int rules, int invitations,
                           int sent, String surveyState, int newsPublished, int newsRequested) {
    }

    /** A district site of a coming seminar, for its operator. */
    public record SiteRow(long seminarId, long siteId, String titleRu, String titleBe, String titleEn, Instant startsAt,
                   Instant endsAt, String videoLink, String address, int expected, int present) implements Titled {
        public ZonedDateTime start() {
            return startsAt == null ? null : startsAt.atZone(Minsk.ZONE);
        }

        public ZonedDateTime end() {
            return endsAt == null ? null : endsAt.atZone(Minsk.ZONE);
        }
    }

    /** An expert's talk with its materials and its survey score. */
    public record TalkRow(long talkId, long seminarId, String titleRu, String titleBe, String titleEn, String seminarRu,
                   String seminarBe, String seminarEn, Instant startsAt, int materials, Double score, int answers)
            implements Titled {
        public String seminar(Locale locale) {
            return LocaleConfiguration.pick(locale, seminarRu, seminarBe, seminarEn);
        }

        public ZonedDateTime start() {
            return startsAt.atZone(Minsk.ZONE);
        }
    }

    /** An invitation of a linked participant. */
    public record InvitationRow(long id, long seminarId, String titleRu, String titleBe, String titleEn, Instant startsAt,
                         String state, boolean attended, String certificateSerial) implements Titled {
        public ZonedDateTime start() {
            return startsAt == null ? null : startsAt.atZone(Minsk.ZONE);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration stuckAfter;

    WorkbenchQueries(JdbcClient jdbc, Clock clock, @Value("${egov.outbox.stuck-after:30m}") Duration stuckAfter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.stuckAfter = stuckAfter;
    }

    private static final String SEMINAR_COLUMNS = "s.id, s.title_ru, s.title_be, s.title_en, s.status, s.starts_at";

    OfficeSummary office() {
        var now = clock.instant();
        var byStatus = jdbc.sql("""
                        select status, count(*)::int as count from seminar group by status
                        order by array_position(array['PLANNED','ANNOUNCED','REGISTRATION_OPEN','HELD','REPORTED','CANCELLED']::text[], status::text)
                        """).query(StatusCount.class).list();
        int requests = jdbc.sql("select count(*)::int from news_item where requested_at is not null and status <> 'PUBLISHED'")
                .query(Integer.class).single();
        int failed = jdbc.sql("select count(*)::int from outbox_message where state = 'FAILED'").query(Integer.class).single();
        int stuck = jdbc.sql("select count(*)::int from outbox_message where state = 'PENDING' and created_at < :before")
                .param("before", java.sql.Timestamp.from(now.minus(stuckAfter))).query(Integer.class).single();
        var surveys = jdbc.sql("""
                        select s.id as seminar_id, s.title_ru, s.title_be, s.title_en,
                               (select count(*)::int from survey_response r where r.survey_id = v.id) as responses
                        from survey v join seminar s on s.id = v.seminar_id
                        where v.state = 'SENT' and (v.closes_at is null or v.closes_at > :now)
                        order by v.sent_at desc limit 20
                        """).param("now", java.sql.Timestamp.from(now)).query(OpenSurvey.class).list();
        var certificates = jdbc.sql("""
                        select s.id as seminar_id, s.title_ru, s.title_be, s.title_en, count(*)::int as attendees
                        from seminar s join invitation i on i.seminar_id = s.id and i.attended_at is not null
                        where s.status in ('HELD', 'REPORTED')
                          and not exists (select 1 from certificate c where c.invitation_id = i.id)
                        group by s.id order by s.starts_at desc limit 20
                        """).query(CertificatesToIssue.class).list();
        return new OfficeSummary(byStatus, requests, failed, stuck, surveys, certificates);
    }

    /** The region's seminars not cancelled, undated and coming first, then the latest. */
    List<SeminarProgress> region(long regionId) {
        return jdbc.sql("""
                        select %s, s.venue_id is not null,
                               (select count(*)::int from talk t where t.seminar_id = s.id and t.kind = 'TALK'),
                               (select count(*)::int from remote_site r where r.seminar_id = s.id),
                               (select count(*)::int from audience_rule a where a.seminar_id = s.id),
                               (select count(*)::int from invitation i where i.seminar_id = s.id and not i.excluded),
                               (select count(*)::int from invitation i where i.seminar_id = s.id and i.sent_at is not null),
                               (select v.state from survey v where v.seminar_id = s.id),
                               (select count(*)::int from news_item n where n.seminar_id = s.id and n.kind = 'NEWS' and n.status = 'PUBLISHED'),
                               (select count(*)::int from news_item n where n.seminar_id = s.id and n.kind = 'NEWS' and n.requested_at is not null)
                        from seminar s join territory t on t.id = s.host_territory_id
                        where t.region_id = :region and s.status <> 'CANCELLED'
                        order by s.starts_at desc nulls first, s.id desc limit 30
                        """.formatted(SEMINAR_COLUMNS))
                .param("region", regionId)
                .query((rs, n) -> new SeminarProgress(
                        new SeminarRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()),
                        rs.getBoolean(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12),
                        rs.getString(13), rs.getInt(14), rs.getInt(15)))
                .list();
    }

    /** The district's sites of seminars from today on (Minsk), soonest first. */
    List<SiteRow> sites(long districtId) {
        LocalDate today = LocalDate.now(clock.withZone(Minsk.ZONE));
        return jdbc.sql("""
                        select s.id as seminar_id, r.id as site_id, s.title_ru, s.title_be, s.title_en, s.starts_at, s.ends_at,
                               r.video_link, r.address,
                               (select count(*)::int from invitation i where i.remote_site_id = r.id and i.state = 'ACCEPTED_REMOTE') as expected,
                               (select count(*)::int from invitation i where i.remote_site_id = r.id and i.attended_at is not null) as present
                        from remote_site r join seminar s on s.id = r.seminar_id
                        where r.territory_id = :district and s.status <> 'CANCELLED'
                          and (s.starts_at is null or s.starts_at >= :from)
                        order by s.starts_at nulls last, s.id
                        """).param("district", districtId)
                .param("from", java.sql.Timestamp.from(today.atStartOfDay(Minsk.ZONE).toInstant()))
                .query(SiteRow.class).list();
    }

    /** The talks the account speaks at (through its expert record), latest first, with materials and scores. */
    List<TalkRow> talks(long accountId) {
        return jdbc.sql("""
                        select t.id as talk_id, s.id as seminar_id, t.title_ru, t.title_be, t.title_en, s.title_ru as seminar_ru,
                               s.title_be as seminar_be, s.title_en as seminar_en, t.starts_at,
                               (select count(*)::int from material m where m.talk_id = t.id) as materials,
                               (select avg(a.score)::float8 from survey_question q join survey_answer a on a.question_id = q.id
                                 where q.talk_id = t.id and q.kind = 'TALK' and a.score is not null) as score,
                               (select count(a.score)::int from survey_question q join survey_answer a on a.question_id = q.id
                                 where q.talk_id = t.id and q.kind = 'TALK' and a.score is not null) as answers
                        from expert e join talk_speaker ts on ts.expert_id = e.id join talk t on t.id = ts.talk_id
                        join seminar s on s.id = t.seminar_id
                        where e.account_id = :account and s.status <> 'CANCELLED'
                        order by t.starts_at desc
                        """).param("account", accountId).query(TalkRow.class).list();
    }

    /** The official whose e-mail the account carries (its e-mail, or a name that is an address). */
    java.util.Optional<MatchedOfficial> officialMatching(long accountId) {
        return jdbc.sql("""
                        select f.id, f.full_name, f.email from account a
                        join official f on lower(f.email) = lower(coalesce(a.email, a.username))
                        where a.id = :account
                        """).param("account", accountId).query(MatchedOfficial.class).optional();
    }

    public record MatchedOfficial(long id, String fullName, String email) {
    }

    List<InvitationRow> invitations(long officialId) {
        return jdbc.sql("""
                        select i.id, s.id as seminar_id, s.title_ru, s.title_be, s.title_en, s.starts_at, i.state,
                               i.attended_at is not null as attended,
                               (select c.serial from certificate c where c.invitation_id = i.id and c.revoked_at is null) as certificate_serial
                        from invitation i join seminar s on s.id = i.seminar_id
                        where i.official_id = :official and not i.excluded and i.state <> 'CREATED'
                        order by s.starts_at desc nulls first
                        """).param("official", officialId).query(InvitationRow.class).list();
    }
}

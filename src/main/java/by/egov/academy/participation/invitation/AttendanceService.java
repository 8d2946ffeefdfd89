package by.egov.academy.participation.invitation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import by.egov.academy.directory.Directory;
import by.egov.academy.platform.Minsk;
import by.egov.academy.platform.DomainException;
import by.egov.academy.programme.SeminarStatus;
import by.egov.academy.programme.Seminars;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import by.egov.academy.participation.metrics.ParticipationMetrics;
import org.springframework.transaction.annotation.Transactional;

/** Who actually came: check-in at the venue by QR or short code, and the district sites' own marks. */
@Service
public class AttendanceService {

    public record CheckIn(Invitation invitation, boolean already, Instant at) {
    }

    public record Counts(int invited, int inPerson, int remote, int waiting, int declined, int delegated,
                         int attendedInPerson, int attendedRemote, int capacity, List<SiteCount> sites) {
    }

    public record SiteCount(long siteId, String territoryNameRu, int confirmed, int attended, String territoryNameBe,
                            String territoryNameEn) {

        public String territoryName(java.util.Locale locale) {
            return by.egov.academy.platform.LocaleConfiguration.pick(locale, territoryNameRu, territoryNameBe, territoryNameEn);
        }
    }

    private final JdbcClient jdbc;
    private final InvitationRepository invitations;
    private final ParticipationAccess access;
    private final InvitationTokens tokens;
    private final Directory directory;
    private final ParticipationMetrics metrics;
    private final Seminars seminars;
    private final Clock clock;

    AttendanceService(JdbcClient jdbc, InvitationRepository invitations, ParticipationAccess access,
                      InvitationTokens tokens, Directory directory, ParticipationMetrics metrics, Seminars seminars,
                      Clock clock) {
        this.seminars = seminars;
        this.clock = clock;
        this.metrics = metrics;
        this.jdbc = jdbc;
        this.invitations = invitations;
        this.access = access;
        this.tokens = tokens;
        this.directory = directory;
    }

    /** Takes what the scanner read ("EGOV:12:ABCD2345") or what was typed ("abcd 2345"). Marks once. */
    @Transactional
    public CheckIn checkIn(long seminarId, String scannedOrTyped) {
        access.manageable(seminarId);
        requireCheckInDay(seminarId);
        String code = scannedOrTyped == null ? "" : scannedOrTyped.strip().toUpperCase(Locale.ROOT);
        if (code.startsWith("EGOV:")) {
            String[] parts = code.split(":");
            if (parts.length != 3 || !parts[1].equals(String.valueOf(seminarId))) {
                throw DomainException.invalid("checkin.otherSeminar", "code");
            }
            code = parts[2];
        }
        code = code.replaceAll("[\\s-]", "");
        if (!code.matches("[A-Z0-9]{8}")) {
            throw DomainException.invalid("checkin.badCode", "code");
        }
        Invitation inv = invitations.byShortCode(seminarId, code)
                .orElseThrow(() -> DomainException.notFound("checkin.unknown"));
        invitations.lock(inv.id());
        if (inv.attendedAt() != null) {
            return new CheckIn(inv, true, inv.attendedAt());
        }
        if (!inv.state().equals("ACCEPTED_IN_PERSON") && !inv.state().equals("WAITING") && !inv.state().equals("OPENED")
                && !inv.state().equals("SENT")) {
            throw DomainException.conflict("checkin.notInvitedInPerson", "code");
        }
        jdbc.sql("update invitation set attended_at = now(), attended_by = :by where id = :id and attended_at is null")
                .param("by", access.who()).param("id", inv.id()).update();
        Invitation marked = invitations.find(inv.id()).orElseThrow();
        metrics.checkIn("in_person");
        return new CheckIn(marked, false, marked.attendedAt());
    }

    @Transactional
    public void markAtSite(long seminarId, long siteId, long invitationId, boolean attended) {
        access.site(seminarId, siteId);
        requireAttendanceOpen(seminarId);
        int n = jdbc.sql("""
                        update invitation set attended_at = case when :a then coalesce(attended_at, now()) else null end,
                               attended_by = case when :a then :by else null end
                        where id = :id and remote_site_id = :site
                        """).param("a", attended).param("by", access.who()).param("id", invitationId).param("site", siteId)
                .update();
        if (n == 0) {
            throw DomainException.notFound("invitation.notFound", invitationId);
        }
        if (attended) {
            metrics.checkIn("site");
        }
    }

    /**
     * Someone who came to the site without an invitation: invited on the spot, accepted there and present.
     * A site operator may do this only on the seminar's day, only for people of the site's own district, and
     * never over an answer the person already gave (a seat in the hall, another site, a refusal): that change
     * is the organisers'. The organisers may add walk-ins from the whole region, on the day or after it.
     */
    @Transactional
    public void walkIn(long seminarId, long siteId, long officialId) {
        var site = access.site(seminarId, siteId);
        boolean organiser = access.canManage(seminarId);
        requireAttendanceOpen(seminarId);
        var official = directory.official(officialId)
                .filter(o -> organiser
                        ? o.regionId() == directory.territory(site.territoryId()).orElseThrow().regionId()
                        : directory.subtree(site.territoryId()).contains(o.territoryId()))
                .orElseThrow(() -> DomainException.invalid(organiser ? "official.notFound" : "site.walkInOtherDistrict",
                        "officialId", officialId));
        var existing = jdbc.sql("select id, state, remote_site_id from invitation where seminar_id = :s and official_id = :o for update")
                .param("s", seminarId).param("o", official.id())
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2), (Long) rs.getObject(3)}).optional();
        if (existing.isPresent() && !organiser && !WALK_IN_MAY_ANSWER.contains((String) existing.get()[1])
                && !("ACCEPTED_REMOTE".equals(existing.get()[1]) && Long.valueOf(site.id()).equals(existing.get()[2]))) {
            throw DomainException.conflict("site.walkInAnswered", "officialId", official.fullName());
        }
        String nonce = InvitationTokens.newNonce();
        long id = existing.map(e -> (Long) e[0]).orElseGet(() -> invitations.insert(seminarId, official.id(), "WALK_IN", nonce,
                        InvitationTokens.hash(tokens.token(nonce)), "SENT")
                .orElseGet(() -> jdbc.sql("select id from invitation where seminar_id = :s and official_id = :o")
                        .param("s", seminarId).param("o", officialId).query(Long.class).single()));
        jdbc.sql("""
                        update invitation set state = 'ACCEPTED_REMOTE', remote_site_id = :site, attended_at = coalesce(attended_at, now()),
                               attended_by = :by where id = :id
                        """).param("site", site.id()).param("by", access.who()).param("id", id).update();
        jdbc.sql("update seat set invitation_id = null where invitation_id = :id").param("id", id).update();
        metrics.checkIn("walk_in");
    }

    /**
     * A walk-in who is not in the directory yet: added to an organisation of the site's district and marked,
     * in one transaction, so a refused walk-in leaves no new official behind.
     */
    @Transactional
    public void walkInNew(long seminarId, long siteId, String fullName, String position, String email, Long organisationId) {
        var site = access.site(seminarId, siteId);
        requireAttendanceOpen(seminarId);
        if (fullName == null || fullName.isBlank() || fullName.length() > 300 || email == null
                || !email.strip().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") || email.length() > 254
                || organisationId == null || (position != null && position.length() > 300)) {
            throw DomainException.invalid("site.walkInInvalid", "email");
        }
        if (directory.organisationsIn(directory.subtree(site.territoryId())).stream().noneMatch(o -> o.id() == organisationId)) {
            throw DomainException.invalid("organisation.notFound", "organisationId", organisationId);
        }
        var official = directory.addOfficial(fullName, position == null || position.isBlank() ? "—" : position, "OTHER",
                organisationId, email).orElseThrow(() -> DomainException.conflict("official.emailTaken", "email", email));
        walkIn(seminarId, siteId, official.id());
    }

    /**
     * People check in at the door on the seminar's day (Minsk): a code typed a year early or after the event is a
     * mistake. The programme office may still record it on another day (a list brought back later); the audit log
     * keeps who did, as for every change of an invitation.
     */
    private void requireCheckInDay(long seminarId) {
        var seminar = seminars.find(seminarId).orElseThrow(() -> DomainException.notFound("seminar.notFound", seminarId));
        if (access.isProgrammeOffice()) {
            return;
        }
        if (seminar.startsAt() == null || seminar.status() == SeminarStatus.CANCELLED) {
            throw DomainException.conflict("site.attendanceClosed", "code");
        }
        var today = LocalDate.now(clock.withZone(Minsk.ZONE));
        var first = seminar.startsAt().atZone(Minsk.ZONE).toLocalDate();
        var last = (seminar.endsAt() == null ? seminar.startsAt() : seminar.endsAt()).atZone(Minsk.ZONE).toLocalDate();
        if (today.isBefore(first) || today.isAfter(last)) {
            throw DomainException.conflict("checkin.notSeminarDay", "code",
                    first.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        }
    }

    /** Invitations not answered yet: a walk-in at a site is their answer. */
    private static final java.util.Set<String> WALK_IN_MAY_ANSWER = java.util.Set.of("CREATED", "SENT", "OPENED");

    /**
     * Attendance is recorded while the seminar runs: a site operator only on its day (Minsk time), the
     * organisers from its day on (a paper list typed in later) until it is reported. Never on a cancelled one.
     */
    private void requireAttendanceOpen(long seminarId) {
        var seminar = seminars.find(seminarId).orElseThrow(() -> DomainException.notFound("seminar.notFound", seminarId));
        var status = seminar.status();
        if (status == SeminarStatus.CANCELLED || status == SeminarStatus.REPORTED || seminar.startsAt() == null) {
            throw DomainException.conflict("site.attendanceClosed", null);
        }
        var today = LocalDate.now(clock.withZone(Minsk.ZONE));
        var first = seminar.startsAt().atZone(Minsk.ZONE).toLocalDate();
        var last = (seminar.endsAt() == null ? seminar.startsAt() : seminar.endsAt()).atZone(Minsk.ZONE).toLocalDate();
        boolean organiser = access.canManage(seminarId);
        if (today.isBefore(first) || (!organiser && today.isAfter(last))) {
            throw DomainException.conflict("site.notSeminarDay", null,
                    first.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        }
    }

    public Counts counts(long seminarId) {
        var row = jdbc.sql("""
                        select count(*) filter (where state not in ('CREATED', 'CANCELLED')) as invited,
                               count(*) filter (where state = 'ACCEPTED_IN_PERSON') as in_person,
                               count(*) filter (where state = 'ACCEPTED_REMOTE') as remote,
                               count(*) filter (where state = 'WAITING') as waiting,
                               count(*) filter (where state = 'DECLINED') as declined,
                               count(*) filter (where state = 'DELEGATED') as delegated,
                               count(*) filter (where attended_at is not null and remote_site_id is null) as attended_in_person,
                               count(*) filter (where attended_at is not null and remote_site_id is not null) as attended_remote,
                               (select count(*) from seat where seminar_id = :s) as capacity
                        from invitation where seminar_id = :s
                        """).param("s", seminarId)
                .query((rs, n) -> new int[]{rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)}).single();
        List<SiteCount> sites = jdbc.sql("""
                        select r.id, t.name_ru,
                               count(i.id) filter (where i.state = 'ACCEPTED_REMOTE'),
                               count(i.id) filter (where i.attended_at is not null), t.name_be, t.name_en
                        from remote_site r join territory t on t.id = r.territory_id
                        left join invitation i on i.remote_site_id = r.id
                        where r.seminar_id = :s group by r.id, t.name_ru, t.name_be, t.name_en, t.sort_order order by t.sort_order, t.name_ru collate ru_icu
                        """).param("s", seminarId)
                .query((rs, n) -> new SiteCount(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6))).list();
        return new Counts(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], sites);
    }
}

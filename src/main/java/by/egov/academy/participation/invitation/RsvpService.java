package by.egov.academy.participation.invitation;

import java.time.Clock;
import java.util.Optional;

import by.egov.academy.directory.Directory;
import by.egov.academy.directory.OfficialRef;
import by.egov.academy.participation.mail.InvitationMails;
import by.egov.academy.platform.DomainException;
import by.egov.academy.programme.SeminarStatus;
import by.egov.academy.programme.Seminars;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import by.egov.academy.participation.metrics.ParticipationMetrics;
import org.springframework.transaction.annotation.Transactional;

/**
 * An official's answer through the personal link: in person (a seat, or the waiting list), at a
 * district site, decline, or send a deputy. Each answer locks only its own invitation row; a freed seat
 * goes to the first on the waiting list, who is told by e-mail.
 */
@Service
public class RsvpService {

    public enum Choice { IN_PERSON, REMOTE, DECLINE, DELEGATE }

    private final JdbcClient jdbc;
    private final InvitationRepository invitations;
    private final Seats seats;
    private final Seminars seminars;
    private final Directory directory;
    private final InvitationTokens tokens;
    private final InvitationMails mails;
    private final Clock clock;
    private final ParticipationMetrics metrics;

    RsvpService(JdbcClient jdbc, InvitationRepository invitations, Seats seats, Seminars seminars, Directory directory,
                InvitationTokens tokens, InvitationMails mails, Clock clock, ParticipationMetrics metrics) {
        this.metrics = metrics;
        this.jdbc = jdbc;
        this.invitations = invitations;
        this.seats = seats;
        this.seminars = seminars;
        this.directory = directory;
        this.tokens = tokens;
        this.mails = mails;
        this.clock = clock;
    }

    /** The invitation behind a link; an unknown or forged token and a withdrawn invitation look alike from outside. */
    public Invitation byToken(String token) {
        if (token == null || token.length() > 100) {
            throw DomainException.notFound("rsvp.unknown");
        }
        Invitation inv = invitations.byTokenHash(InvitationTokens.hash(token))
                .orElseThrow(() -> DomainException.notFound("rsvp.unknown"));
        if (inv.state().equals("CANCELLED") || inv.state().equals("CREATED")) {
            throw DomainException.notFound("rsvp.unknown");
        }
        var s = seminars.find(inv.seminarId()).orElseThrow();
        if (s.status() == SeminarStatus.CANCELLED) {
            throw new DomainException(HttpStatus.GONE, "rsvp.seminarCancelled", null);
        }
        return inv;
    }

    /** The few columns an answer needs, read with the row lock in one statement (this is the hot path). */
    record Locked(long id, long seminarId, long officialId, String state, String source, long organisationId,
                  java.time.Instant startsAt, String seminarStatus) {
    }

    private Locked lockByToken(String token) {
        if (token == null || token.length() > 100) {
            throw DomainException.notFound("rsvp.unknown");
        }
        return jdbc.sql("""
                        select i.id, i.seminar_id, i.official_id, i.state, i.source, f.organisation_id,
                               s.starts_at, s.status as seminar_status
                        from invitation i join official f on f.id = i.official_id join seminar s on s.id = i.seminar_id
                        where i.token_hash = :h and i.state not in ('CREATED', 'CANCELLED')
                        for update of i
                        """).param("h", InvitationTokens.hash(token)).query(Locked.class).optional()
                .orElseThrow(() -> DomainException.notFound("rsvp.unknown"));
    }

    /** Returns the invitation's state after the answer. */
    /** A deputy typed on the RSVP form rather than picked from the list. */
    public record NewDeputy(String fullName, String position, String email) {
    }

    @Transactional
    public String respond(String token, Choice choice, Long siteId, Long delegateOfficialId) {
        return respond(token, choice, siteId, delegateOfficialId, null);
    }

    @Transactional
    public String respond(String token, Choice choice, Long siteId, Long delegateOfficialId, NewDeputy typed) {
        String state = answer(token, choice, siteId, delegateOfficialId, typed);
        metrics.rsvp(choice.name(), state); // counted on commit, no SQL
        return state;
    }

    private String answer(String token, Choice choice, Long siteId, Long delegateOfficialId, NewDeputy typed) {
        Locked inv = lockByToken(token);
        if (inv.seminarStatus().equals("CANCELLED")) {
            throw new DomainException(HttpStatus.GONE, "rsvp.seminarCancelled", null);
        }
        if (inv.startsAt() != null && !clock.instant().isBefore(inv.startsAt()) || inv.seminarStatus().equals("HELD")
                || inv.seminarStatus().equals("REPORTED")) {
            throw new DomainException(HttpStatus.GONE, "rsvp.closed", null);
        }
        if (inv.state().equals("DELEGATED")) {
            throw DomainException.conflict("rsvp.alreadyDelegated", null);
        }
        if (choice == null) {
            throw DomainException.invalid("rsvp.choiceMissing", "choice");
        }
        switch (choice) {
            case IN_PERSON -> {
                if (inv.state().equals("ACCEPTED_IN_PERSON") || inv.state().equals("WAITING")) {
                    return inv.state(); // the same answer twice changes nothing
                }
                return seats.takeOrWait(inv.seminarId(), inv.id());
            }
            case REMOTE -> {
                if (siteId == null || seminars.remoteSites(inv.seminarId()).stream().noneMatch(x -> x.id() == siteId)) {
                    throw DomainException.invalid("rsvp.site", "siteId");
                }
                // a site with a capacity: lock its row, so two last places are never given to three people
                int capacity = jdbc.sql("select coalesce(capacity, -1) from remote_site where id = :r for update")
                        .param("r", siteId).query(Integer.class).single();
                if (capacity >= 0) {
                    int taken = jdbc.sql("""
                                    select count(*) from invitation where remote_site_id = :r and state = 'ACCEPTED_REMOTE' and id <> :id
                                    """).param("r", siteId).param("id", inv.id()).query(Integer.class).single();
                    if (taken >= capacity) {
                        throw DomainException.conflict("rsvp.siteFull", "siteId");
                    }
                }
                freeSeatOf(inv);
                jdbc.sql("""
                                update invitation set state = 'ACCEPTED_REMOTE', remote_site_id = :site, waiting_since = null,
                                       responded_at = now(), opened_at = coalesce(opened_at, now()) where id = :id
                                """).param("site", siteId).param("id", inv.id()).update();
            }
            case DECLINE -> {
                freeSeatOf(inv);
                jdbc.sql("update invitation set state = 'DECLINED', remote_site_id = null, waiting_since = null, responded_at = now(), opened_at = coalesce(opened_at, now()) where id = :id")
                        .param("id", inv.id()).update();
            }
            case DELEGATE -> {
                // a deputy represents the invited official; passing it on again would let a link holder hand
                // the ministry's invitation along a chain of people nobody chose
                if ("DELEGATE".equals(inv.source())) {
                    throw DomainException.invalid("rsvp.delegateAgain", "choice");
                }
                OfficialRef deputy = deputy(inv, delegateOfficialId, typed);
                // a colleague already in the directory is invited at once; a person typed in is a draft on the
                // organisers' list until they send it, so a link holder never makes the ministry mail an address
                boolean confirmed = delegateOfficialId != null;
                freeSeatOf(inv);
                String nonce = InvitationTokens.newNonce();
                long deputyInvitation = invitations.insert(inv.seminarId(), deputy.id(), "DELEGATE", nonce,
                                InvitationTokens.hash(tokens.token(nonce)), confirmed ? "SENT" : "CREATED")
                        .orElseThrow(() -> DomainException.conflict("rsvp.delegateInvited", "delegateOfficialId"));
                jdbc.sql("update invitation set state = 'DELEGATED', delegated_to = :d, remote_site_id = null, waiting_since = null, responded_at = now(), opened_at = coalesce(opened_at, now()) where id = :id")
                        .param("d", deputyInvitation).param("id", inv.id()).update();
                if (!confirmed) {
                    return "DELEGATED_PENDING";
                }
                jdbc.sql("update invitation set sent_at = now() where id = :id").param("id", deputyInvitation).update();
                mails.queue(invitations.find(deputyInvitation).orElseThrow(), InvitationMails.Kind.INVITATION, "sent");
            }
        }
        return jdbc.sql("select state from invitation where id = :id").param("id", inv.id()).query(String.class).single();
    }

    /**
     * The deputy of a delegation: a colleague picked from the list, or one typed in (added to the directory in the
     * official's organisation); refused with what is wrong — nobody named, a name or address missing, someone from
     * another organisation, the official themself.
     */
    private OfficialRef deputy(Locked inv, Long delegateOfficialId, NewDeputy typed) {
        if (delegateOfficialId != null) {
            OfficialRef picked = directory.official(delegateOfficialId).orElse(null);
            if (picked == null || picked.organisationId() != inv.organisationId()) {
                throw DomainException.invalid("rsvp.delegateOutside", "delegateOfficialId");
            }
            if (picked.id() == inv.officialId()) {
                throw DomainException.invalid("rsvp.deputySelf", "delegateOfficialId");
            }
            return picked;
        }
        if (typed == null || (blank(typed.fullName()) && blank(typed.email()) && blank(typed.position()))) {
            throw DomainException.invalid("rsvp.deputyMissing", "deputyName");
        }
        if (blank(typed.fullName())) {
            throw DomainException.invalid("rsvp.deputyNameMissing", "deputyName");
        }
        // a person's name, as a link holder may type it into the directory: letters, spaces, hyphens, apostrophes
        if (!PERSON_NAME.matcher(typed.fullName().strip()).matches()) {
            throw DomainException.invalid("rsvp.deputyNameInvalid", "deputyName");
        }
        if (typed.position() != null && typed.position().length() > 200) {
            throw DomainException.invalid("rsvp.deputyPositionLong", "deputyPosition");
        }
        if (blank(typed.email()) || typed.email().length() > 254
                || !typed.email().strip().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            throw DomainException.invalid("rsvp.deputyInvalid", "deputyEmail");
        }
        OfficialRef added = directory.addOfficial(typed.fullName().strip(), blank(typed.position())
                        ? "Заместитель" : typed.position().strip(), "DEPUTY_HEAD", inv.organisationId(), typed.email().strip())
                .orElseThrow(() -> DomainException.invalid("rsvp.deputyElsewhere", "deputyEmail"));
        if (added.id() == inv.officialId()) {
            throw DomainException.invalid("rsvp.deputySelf", "deputyEmail");
        }
        return added;
    }

    private static final java.util.regex.Pattern PERSON_NAME =
            java.util.regex.Pattern.compile("\\p{L}[\\p{L}\\p{M} .'’\\-]{1,149}");

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Whether answers are closed: the seminar has started (by the injected clock) or is already held or reported. */
    public boolean closed(Seminars.SeminarInfo s) {
        return s.startsAt() != null && !clock.instant().isBefore(s.startsAt())
                || s.status() == SeminarStatus.HELD || s.status() == SeminarStatus.REPORTED;
    }

    void cancelByOrganiser(Invitation inv) {
        freeSeatOf(inv.id(), inv.seminarId());
        jdbc.sql("update invitation set state = 'CANCELLED', remote_site_id = null, waiting_since = null where id = :id")
                .param("id", inv.id()).update();
    }

    private void freeSeatOf(Locked inv) {
        freeSeatOf(inv.id(), inv.seminarId());
    }

    private void freeSeatOf(long invitationId, long seminarId) {
        if (seats.release(invitationId)) {
            promote(seminarId);
        }
    }

    /** Gives free seats to the waiting list in order of waiting, each promoted official told by e-mail. */
    public int promote(long seminarId) {
        int promoted = 0;
        while (true) {
            Optional<Long> next = jdbc.sql("""
                            select id from invitation where seminar_id = :s and state = 'WAITING'
                            order by waiting_since, id limit 1 for update skip locked
                            """).param("s", seminarId).query(Long.class).optional();
            if (next.isPresent() && seats.unlimited(seminarId)) {
                seats.addFreeSeat(seminarId);
            }
            if (next.isEmpty() || seats.take(seminarId, next.get()).isEmpty()) {
                return promoted;
            }
            Invitation waiting = invitations.find(next.get()).orElseThrow();
            jdbc.sql("update invitation set state = 'ACCEPTED_IN_PERSON', waiting_since = null where id = :id")
                    .param("id", next.get()).update();
            // one promotion mail per stay on the waiting list
            mails.queue(waiting, InvitationMails.Kind.PROMOTED, "promoted:" + waiting.waitingSince().toEpochMilli());
            promoted++;
        }
    }

    @Transactional
    public boolean setCapacity(long seminarId, int seatsWanted) {
        if (seatsWanted < 0 || seatsWanted > 100_000) {
            throw DomainException.invalid("capacity.range", "capacity");
        }
        if (!seats.resize(seminarId, seatsWanted)) {
            throw DomainException.conflict("capacity.belowTaken", "capacity", seats.taken(seminarId));
        }
        seats.setUnlimited(seminarId, false);
        promote(seminarId);
        return true;
    }

    /** "No limit": everyone who answers "in person" gets a seat, the waiting list moves up now. */
    @Transactional
    public void setUnlimited(long seminarId) {
        seats.setUnlimited(seminarId, true);
        promote(seminarId);
    }

    public boolean unlimited(long seminarId) {
        return seats.unlimited(seminarId);
    }

    public int capacity(long seminarId) {
        return seats.capacity(seminarId);
    }
}

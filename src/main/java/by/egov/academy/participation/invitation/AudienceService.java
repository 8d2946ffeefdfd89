package by.egov.academy.participation.invitation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import by.egov.academy.directory.Directory;
import by.egov.academy.directory.OfficialRef;
import by.egov.academy.directory.TerritoryRef;
import by.egov.academy.participation.mail.InvitationMails;
import by.egov.academy.platform.DomainException;
import by.egov.academy.programme.SeminarStatus;
import by.egov.academy.programme.Seminars;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audience of a seminar: rules that expand into a draft invitation list, hand-made additions and
 * removals that survive a re-expansion, and the sending of the invitations.
 */
@Service
public class AudienceService {

    static final List<String> SCOPES = List.of("HOST_OBLAST", "HOST_DISTRICTS", "HOST_REGION", "CITY", "CITY_DISTRICTS", "COUNTRY");
    static final List<String> POSITIONS = List.of("HEADS", "DEPUTIES", "HEADS_AND_DEPUTIES", "ALL");

    private final JdbcClient jdbc;
    private final Directory directory;
    private final InvitationRepository invitations;
    private final InvitationTokens tokens;
    private final InvitationMails mails;
    private final ParticipationAccess access;
    private final Seats seats;

    AudienceService(JdbcClient jdbc, Directory directory, InvitationRepository invitations, InvitationTokens tokens,
                    InvitationMails mails, ParticipationAccess access, Seats seats) {
        this.seats = seats;
        this.jdbc = jdbc;
        this.directory = directory;
        this.invitations = invitations;
        this.tokens = tokens;
        this.mails = mails;
        this.access = access;
    }

    public List<AudienceRule> rules(long seminarId) {
        return jdbc.sql("select id, seminar_id, categories, scope, territory_id, positions from audience_rule where seminar_id = :s order by id")
                .param("s", seminarId).query(AudienceRule.class).list();
    }

    /** Adds a rule; returns its id. */
    @Transactional
    public long addRule(long seminarId, List<String> categories, String scope, Long territoryId, String positions) {
        Seminars.SeminarInfo seminar = access.manageable(seminarId);
        if (categories == null || categories.isEmpty()) {
            throw DomainException.invalid("audience.categories", "categories");
        }
        if (!SCOPES.contains(scope)) {
            throw DomainException.invalid("audience.scope", "scope");
        }
        if (!POSITIONS.contains(positions)) {
            throw DomainException.invalid("audience.positions", "positions");
        }
        boolean needsCity = scope.equals("CITY") || scope.equals("CITY_DISTRICTS");
        if (needsCity) {
            TerritoryRef t = territoryId == null ? null : directory.territory(territoryId).orElse(null);
            if (t == null || !(t.level().equals("CITY") || t.level().equals("CITY_OF_REPUBLIC"))) {
                throw DomainException.invalid("audience.city", "territoryId");
            }
            // a coordinator's lists stay within its own region: another region's officials are not its to see
            if (!access.isProgrammeOffice() && t.regionId() != directory.territory(seminar.hostTerritoryId()).orElseThrow().regionId()) {
                throw new org.springframework.security.access.AccessDeniedException("city outside the region");
            }
        }
        if (scope.equals("COUNTRY") && !access.isProgrammeOffice()) {
            throw new org.springframework.security.access.AccessDeniedException("country-wide audiences are the programme office's");
        }
        return jdbc.sql("insert into audience_rule (seminar_id, categories, scope, territory_id, positions) values (:s, :c, :sc, :t, :p) returning id")
                .param("s", seminarId).param("c", String.join(",", categories)).param("sc", scope)
                .param("t", needsCity ? territoryId : null, java.sql.Types.BIGINT).param("p", positions)
                .query(Long.class).single();
    }

    /** Deletes the seminar's rule; false when it has no such rule (already deleted). */
    @Transactional
    public boolean deleteRule(long seminarId, long ruleId) {
        access.manageable(seminarId);
        return jdbc.sql("delete from audience_rule where id = :id and seminar_id = :s").param("id", ruleId).param("s", seminarId)
                .update() > 0;
    }

    /** The officials the rules select, in the order the list shows them. */
    List<OfficialRef> expandRules(long seminarId, Seminars.SeminarInfo seminar) {
        Set<Long> seen = new LinkedHashSet<>();
        List<OfficialRef> result = new ArrayList<>();
        for (AudienceRule r : rules(seminarId)) {
            for (OfficialRef o : directory.officialsMatching(r.categoryList(), territories(r, seminar), r.leaderships())) {
                if (seen.add(o.id())) {
                    result.add(o);
                }
            }
        }
        return result;
    }

    private List<Long> territories(AudienceRule r, Seminars.SeminarInfo s) {
        long host = s.hostTerritoryId();
        return switch (r.scope()) {
            case "HOST_OBLAST" -> List.of(host);
            case "HOST_DISTRICTS" -> directory.districtsOf(host).stream().map(TerritoryRef::id).toList();
            case "HOST_REGION" -> directory.subtree(host);
            case "CITY" -> List.of(r.territoryId());
            case "CITY_DISTRICTS" -> directory.children(r.territoryId()).stream()
                    .filter(t -> t.level().equals("CITY_DISTRICT")).map(TerritoryRef::id).toList();
            default -> allTerritories();
        };
    }

    private List<Long> allTerritories() {
        return jdbc.sql("select id from territory").query(Long.class).list();
    }

    /**
     * Brings the draft list in line with the rules: officials newly selected are added, drafts the rules
     * no longer select are dropped; hand-made additions, removals and anything already sent stay.
     */
    @Transactional
    public int[] expand(long seminarId) {
        Seminars.SeminarInfo s = access.manageable(seminarId);
        checkOpen(s);
        List<OfficialRef> selected = expandRules(seminarId, s);
        int added = 0;
        for (OfficialRef o : selected) {
            String nonce = InvitationTokens.newNonce();
            if (invitations.insert(seminarId, o.id(), "RULE", nonce, InvitationTokens.hash(tokens.token(nonce)), "CREATED").isPresent()) {
                added++;
            }
        }
        String ids = String.join(",", selected.stream().map(o -> String.valueOf(o.id())).toList());
        int dropped = jdbc.sql("""
                        delete from invitation where seminar_id = :s and source = 'RULE' and state = 'CREATED' and not excluded
                          and not (official_id = any(cast(string_to_array(cast(:ids as text), ',') as bigint[])))
                        """).param("s", seminarId).param("ids", ids).update();
        return new int[]{added, dropped};
    }

    /** Puts the official on the list (or back on it after a removal); returns the invitation's id. */
    @Transactional
    public long addManually(long seminarId, long officialId) {
        Seminars.SeminarInfo s = access.manageable(seminarId);
        checkOpen(s);
        var official = directory.official(officialId)
                .orElseThrow(() -> DomainException.invalid("official.notFound", "officialId", officialId));
        if (!access.isProgrammeOffice()
                && official.regionId() != directory.territory(s.hostTerritoryId()).orElseThrow().regionId()) {
            throw DomainException.invalid("official.notFound", "officialId", officialId);
        }
        String nonce = InvitationTokens.newNonce();
        var inserted = invitations.insert(seminarId, officialId, "MANUAL", nonce, InvitationTokens.hash(tokens.token(nonce)), "CREATED");
        if (inserted.isPresent()) {
            return inserted.get();
        }
        // already on the list: a hand-made addition undoes a hand-made removal
        return jdbc.sql("update invitation set excluded = false where seminar_id = :s and official_id = :o returning id")
                .param("s", seminarId).param("o", officialId).query(Long.class).single();
    }

    /** Takes someone off the list: a draft is marked excluded (so re-expansion keeps them off); a sent one is cancelled. */
    @Transactional
    public void remove(long seminarId, long invitationId, RsvpService rsvp) {
        access.manageable(seminarId);
        Invitation inv = invitations.lock(invitationId).filter(i -> i.seminarId() == seminarId)
                .orElseThrow(() -> DomainException.notFound("invitation.notFound", invitationId));
        if (inv.state().equals("CREATED")) {
            jdbc.sql("update invitation set excluded = true where id = :id").param("id", invitationId).update();
        } else {
            rsvp.cancelByOrganiser(inv);
        }
    }

    /** Sends every draft invitation that is not excluded; returns how many were queued. */
    @Transactional
    public int send(long seminarId) {
        Seminars.SeminarInfo s = access.manageable(seminarId);
        checkOpen(s);
        String blocker = sendBlocker(s);
        if (blocker != null) {
            throw DomainException.conflict(blocker, null);
        }
        List<Long> ids = jdbc.sql("""
                        update invitation set state = 'SENT', sent_at = now()
                        where seminar_id = :s and state = 'CREATED' and not excluded returning id
                        """).param("s", seminarId).query(Long.class).list();
        for (Long id : ids) {
            mails.queue(invitations.find(id).orElseThrow(), InvitationMails.Kind.INVITATION, "sent");
        }
        return ids.size();
    }

    @Transactional
    public void resend(long seminarId, long invitationId) {
        access.manageable(seminarId);
        Invitation inv = invitations.lock(invitationId).filter(i -> i.seminarId() == seminarId)
                .orElseThrow(() -> DomainException.notFound("invitation.notFound", invitationId));
        if (inv.state().equals("CREATED") || inv.state().equals("CANCELLED")) {
            throw DomainException.conflict("invitation.notSent", null);
        }
        int n = jdbc.sql("select count(*) from outbox_message where cause_key like :k").param("k", "invitation:" + invitationId + ":%")
                .query(Integer.class).single();
        jdbc.sql("update invitation set mail_error = null where id = :id").param("id", invitationId).update();
        mails.queue(inv, InvitationMails.Kind.INVITATION, "resend:" + n);
    }

    /**
     * Why the seminar's invitations cannot be sent now, as a message code, or null when they can: it is cancelled
     * or over, still planned (not announced), has no date yet, or its hall has neither a number of seats nor
     * "no limit" (every invitation offers a seat in the hall).
     */
    String sendBlocker(Seminars.SeminarInfo s) {
        if (s.status() == SeminarStatus.CANCELLED || s.status().isPast()) {
            return "audience.closed";
        }
        if (s.status() != SeminarStatus.ANNOUNCED && s.status() != SeminarStatus.REGISTRATION_OPEN) {
            return "audience.notAnnounced";
        }
        if (s.startsAt() == null) {
            return "audience.noDate";
        }
        if (!seats.unlimited(s.id()) && seats.capacity(s.id()) == 0) {
            return "audience.noCapacity";
        }
        return null;
    }

    static void checkOpen(Seminars.SeminarInfo s) {
        if (s.status() == SeminarStatus.CANCELLED || s.status().isPast()) {
            throw DomainException.conflict("audience.closed", null);
        }
    }
}

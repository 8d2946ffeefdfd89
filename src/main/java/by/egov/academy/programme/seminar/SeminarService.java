package by.egov.academy.programme.seminar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import by.egov.academy.directory.Directory;
import by.egov.academy.directory.OrganisationRef;
import by.egov.academy.directory.TerritoryRef;
import by.egov.academy.platform.DomainException;
import by.egov.academy.programme.SeminarStatus;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of planning and running a seminar; every change is one transaction on a locked seminar row. */
@Service
public class SeminarService {

    static final String MINISTRY = "Министерство связи и информатизации Республики Беларусь";

    private final ProgrammeRepository repository;
    private final ProgrammeAccess access;
    private final Directory directory;
    private final by.egov.academy.identity.SiteOperators operators;
    private final by.egov.academy.programme.material.MaterialService materials;

    SeminarService(ProgrammeRepository repository, ProgrammeAccess access, Directory directory,
                   by.egov.academy.identity.SiteOperators operators,
                   by.egov.academy.programme.material.MaterialService materials) {
        this.materials = materials;
        this.operators = operators;
        this.repository = repository;
        this.access = access;
        this.directory = directory;
    }

    public Seminar get(long id) {
        return repository.seminar(id).orElseThrow(() -> DomainException.notFound("seminar.notFound", id));
    }

    private Seminar lockForChange(long id) {
        Seminar s = repository.seminarForUpdate(id).orElseThrow(() -> DomainException.notFound("seminar.notFound", id));
        access.checkManageHost(s.hostTerritoryId());
        return s;
    }

    @Transactional
    public long create(SeminarCommand c) {
        TerritoryRef host = hostOf(c);
        access.checkManageHost(host.id());
        Long programmeId = null;
        Integer ordinal = null;
        if (c.cycleId() != null) {
            var cycle = repository.cycle(c.cycleId())
                    .orElseThrow(() -> DomainException.invalid("cycle.notFound", "cycleId", c.cycleId()));
            if (cycle.closed()) {
                throw DomainException.invalid("cycle.closed", "cycleId");
            }
            programmeId = cycle.programmeId();
            repository.lockCycle(cycle.id());
            ordinal = repository.nextOrdinal(cycle.id());
        } else {
            access.checkProgrammeOffice(); // republic-level events are the ministry's own
            programmeId = repository.programmes().stream().findFirst()
                    .orElseThrow(() -> DomainException.invalid("programme.notFound", "cycleId")).id();
        }
        checkTimes(c);
        checkVenue(c);
        long id = repository.insertSeminar(c, programmeId, ordinal, c.cycleId() == null ? "REPUBLIC" : "REGIONAL");
        repository.setOrganisers(id, defaultOrganisers(host));
        repository.setStatus(id, null, SeminarStatus.PLANNED.name(), access.who());
        if (c.cycleId() != null) {
            linkPreviousToThis(c.cycleId(), id);
        }
        return id;
    }

    @Transactional
    public void update(long id, SeminarCommand c) {
        Seminar s = lockForChange(id);
        TerritoryRef host = hostOf(c);
        access.checkManageHost(host.id());
        checkTimes(c);
        checkVenue(c);
        if (s.status() != SeminarStatus.PLANNED && s.status() != SeminarStatus.CANCELLED
                && (c.start() == null || c.end() == null || c.venueId() == null)) {
            throw DomainException.invalid("seminar.status.needsDateAndVenue", c.start() == null ? "start" : c.end() == null ? "end" : "venueId");
        }
        boolean datesChange = !java.util.Objects.equals(s.startsAt(), c.startsAt())
                || !java.util.Objects.equals(s.endsAt(), c.endsAt());
        if (datesChange) {
            checkDatesMayMove(s);
            if (s.startsAt() == null && c.startsAt() != null) {
                // talks-to-be of an undated seminar were laid out on a provisional day: they follow it to its date
                repository.talks(id).stream().map(Talk::startsAt).min(Instant::compareTo)
                        .ifPresent(first -> repository.shiftTalks(id, Duration.between(first, c.startsAt())));
            }
            if (c.startsAt() != null) {
                for (Talk t : repository.talks(id)) {
                    if (t.startsAt().isBefore(c.startsAt()) || t.endsAt().isAfter(c.endsAt())) {
                        throw DomainException.invalid("seminar.talksOutside", "start");
                    }
                }
            }
        }
        repository.updateSeminar(id, new SeminarCommand(s.cycleId(), c.hostTerritoryId(), c.titleRu(), c.titleBe(),
                c.titleEn(), c.plannedMonth(), c.start(), c.end(), c.venueId(), c.audienceRu(), c.audienceBe(),
                c.audienceEn()));
    }

    @Transactional
    public void changeStatus(long id, SeminarStatus target) {
        Seminar s = lockForChange(id);
        if (!s.status().canBecome(target)) {
            throw DomainException.conflict("seminar.status.notAllowed", "status", s.status().name(), target.name());
        }
        if (target == SeminarStatus.ANNOUNCED && (s.startsAt() == null || s.endsAt() == null || s.venueId() == null)) {
            throw DomainException.conflict("seminar.status.needsDateAndVenue", "status");
        }
        repository.setStatus(id, s.status().name(), target.name(), access.who());
    }

    @Transactional
    public void recordOutcome(long id, String ru, String be, String en) {
        lockForChange(id);
        for (String[] f : new String[][]{{"outcomeRu", ru}, {"outcomeBe", be}, {"outcomeEn", en}}) {
            if (f[1] != null && f[1].length() > 20_000) {
                throw DomainException.invalid("Size", f[0], f[0], 20_000, 0);
            }
        }
        repository.updateOutcome(id, ru, be, en);
    }

    /** Moves the seminar to a new start; its end and every talk move by the same amount. */
    @Transactional
    public void move(long id, LocalDateTime newStart) {
        Seminar s = lockForChange(id);
        if (s.startsAt() == null) {
            throw DomainException.invalid("seminar.move.noDate", "start");
        }
        if (newStart == null) {
            throw DomainException.invalid("NotNull", "start");
        }
        checkYear(newStart, "start");
        checkDatesMayMove(s);
        Instant target = newStart.atZone(Seminar.MINSK).toInstant();
        repository.shift(id, Duration.between(s.startsAt(), target));
    }

    @Transactional
    public void delete(long id) {
        Seminar s = lockForChange(id);
        if (s.status() != SeminarStatus.PLANNED) {
            throw DomainException.conflict("seminar.delete.onlyPlanned", null);
        }
        materials.removeFilesAfterCommit(id, null);
        repository.deleteSeminar(id);
    }

    // --- agenda

    @Transactional
    public long addTalk(long seminarId, TalkCommand c) {
        Seminar s = lockForChange(seminarId);
        checkTalk(s, c);
        try {
            return repository.insertTalk(seminarId, c, false);
        } catch (DataIntegrityViolationException e) {
            throw DomainException.conflict("talk.overlap", "start");
        }
    }

    /** See {@link by.egov.academy.programme.Seminars#addTalkToBe}. */
    @Transactional
    public long addTalkToBe(long seminarId, by.egov.academy.programme.Seminars.TalkToBe t) {
        Seminar s = lockForChange(seminarId);
        if (s.status().isPast() || s.status() == SeminarStatus.CANCELLED) {
            throw DomainException.conflict("seminar.past", null);
        }
        Instant anchor = s.startsAt() != null ? s.startsAt()
                : s.plannedMonth() == null ? null : s.plannedMonth().atTime(10, 0).atZone(Seminar.MINSK).toInstant();
        if (anchor == null) {
            throw DomainException.conflict("talk.seminarHasNoDate", "start");
        }
        Instant start = repository.talks(seminarId).stream().map(Talk::endsAt).filter(anchor::isBefore)
                .max(Instant::compareTo).orElse(anchor);
        Instant end = start.plus(Duration.ofMinutes(40));
        if (s.endsAt() != null && end.isAfter(s.endsAt())) {
            throw DomainException.conflict("talk.toBe.noRoom", null);
        }
        var known = repository.experts().stream().map(ProgrammeRepository.Expert::id).toList();
        List<Long> experts = t.expertIds() == null ? List.of() : t.expertIds().stream().distinct().filter(known::contains).toList();
        return repository.insertTalk(seminarId, new TalkCommand("TALK", t.titleRu(), t.titleBe(), t.titleEn(),
                start.atZone(Seminar.MINSK).toLocalDateTime(), end.atZone(Seminar.MINSK).toLocalDateTime(), experts,
                List.of()), true);
    }

    @Transactional
    public void updateTalkTitles(long talkId, String ru, String be, String en) {
        long seminarId = repository.talkSeminar(talkId).orElseThrow(() -> DomainException.notFound("talk.notFound", talkId));
        Seminar s = get(seminarId);
        if (!access.canEditTalk(s, talkId)) {
            throw new org.springframework.security.access.AccessDeniedException("not your talk");
        }
        if (ru == null || ru.isBlank()) {
            throw DomainException.invalid("NotBlank", "titleRu");
        }
        for (String[] f : new String[][]{{"titleRu", ru}, {"titleBe", be}, {"titleEn", en}}) {
            if (f[1] != null && f[1].length() > 500) {
                throw DomainException.invalid("Size", f[0], f[0], 500, 0);
            }
        }
        repository.updateTalkTitles(talkId, ru, be, en);
    }

    @Transactional
    public void deleteTalk(long seminarId, long talkId) {
        Seminar s = lockForChange(seminarId);
        if (repository.talkSeminar(talkId).filter(x -> x == seminarId).isEmpty()) {
            throw DomainException.notFound("talk.notFound", talkId);
        }
        if (s.status().isPast()) {
            throw DomainException.conflict("seminar.past", null);
        }
        materials.removeFilesAfterCommit(seminarId, talkId);
        repository.deleteTalk(talkId);
    }

    /** Copies an earlier seminar's agenda, keeping each talk's offset from the seminar start. All or nothing. */
    @Transactional
    public int copyAgenda(long fromId, long toId) {
        Seminar to = lockForChange(toId);
        Seminar from = get(fromId);
        if (!from.isPublic() && !access.canManageHost(from.hostTerritoryId())) {
            throw DomainException.notFound("seminar.notFound", fromId);
        }
        if (to.startsAt() == null || from.startsAt() == null) {
            throw DomainException.invalid("seminar.copy.needsDates", "from");
        }
        Duration shift = Duration.between(from.startsAt(), to.startsAt());
        for (Talk t : repository.talks(fromId)) {
            if (t.endsAt().plus(shift).isAfter(to.endsAt())) {
                throw DomainException.invalid("seminar.copy.doesNotFit", "from");
            }
        }
        try {
            return repository.copyAgenda(fromId, toId, shift);
        } catch (DataIntegrityViolationException e) {
            throw DomainException.conflict("talk.overlap", "from");
        }
    }

    private void checkTalk(Seminar s, TalkCommand c) {
        if (s.status().isPast()) {
            throw DomainException.conflict("seminar.past", null);
        }
        checkYear(c.start(), "start");
        checkYear(c.end(), "end");
        if (s.startsAt() == null) {
            throw DomainException.invalid("talk.seminarHasNoDate", "start");
        }
        if (!c.endsAt().isAfter(c.startsAt())) {
            throw DomainException.invalid("time.endBeforeStart", "end");
        }
        if (c.startsAt().isBefore(s.startsAt()) || c.endsAt().isAfter(s.endsAt())) {
            throw DomainException.invalid("talk.outsideSeminar", "start");
        }
        var known = repository.experts().stream().map(ProgrammeRepository.Expert::id).toList();
        if (c.expertIds() != null && !known.containsAll(c.expertIds())) {
            throw DomainException.invalid("expert.notFound", "expertIds");
        }
        var topics = repository.topics().stream().map(Talk.Topic::id).toList();
        if (c.topicIds() != null && !topics.containsAll(c.topicIds())) {
            throw DomainException.invalid("topic.notFound", "topicIds");
        }
        if (c.expertIds() != null && c.expertIds().size() != c.expertIds().stream().distinct().count()) {
            throw DomainException.invalid("expert.notFound", "expertIds");
        }
        if ("TALK".equals(c.kind()) && (c.expertIds() == null || c.expertIds().isEmpty())) {
            throw DomainException.invalid("talk.needsSpeaker", "expertIds");
        }
    }

    // --- remote sites

    @Transactional
    public void addRemoteSite(long seminarId, long territoryId, String address, String videoLink, Integer expected) {
        Seminar s = lockForChange(seminarId);
        checkSiteTerritory(s, territoryId);
        if (videoLink != null && !videoLink.isBlank() && !videoLink.strip().matches("^https?://\\S+$")) {
            throw DomainException.invalid("site.badLink", "videoLink");
        }
        if (expected != null && (expected < 0 || expected > 10_000)) {
            throw DomainException.invalid("site.badCount", "expectedAttendees");
        }
        // the district's site operator, where it has an account, runs the site
        if (!repository.insertRemoteSite(seminarId, territoryId, address, videoLink, expected,
                operators.operatorOf(territoryId).orElse(null))) {
            throw DomainException.conflict("site.duplicate", "territoryId");
        }
        repository.bumpSequence(seminarId);
    }

    /**
     * A site for every district of the host oblast that has none yet; with {@code exceptVenueDistrict}
     * not for the district whose seat is the venue's city (its people come in person).
     */
    @Transactional
    public int addAllDistricts(long seminarId, boolean exceptVenueDistrict) {
        Seminar s = lockForChange(seminarId);
        TerritoryRef host = directory.territory(s.hostTerritoryId()).orElseThrow();
        String venueCity = null;
        if (exceptVenueDistrict && s.venueId() != null) {
            venueCity = repository.venue(s.venueId()).flatMap(v -> directory.territory(v.territoryId()))
                    .map(TerritoryRef::nameRu).orElse(null);
        }
        int added = 0;
        for (TerritoryRef d : directory.districtsOf(host.id())) {
            if (venueCity != null && venueCity.equals(d.centreRu())) {
                continue;
            }
            if (repository.insertRemoteSite(seminarId, d.id(), null, null, null, operators.operatorOf(d.id()).orElse(null))) {
                added++;
            }
        }
        if (added > 0) {
            repository.bumpSequence(seminarId);
        }
        return added;
    }

    @Transactional
    public void setSiteCapacity(long seminarId, long siteId, Integer capacity) {
        lockForChange(seminarId);
        if (capacity != null && (capacity < 0 || capacity > 10_000)) {
            throw DomainException.invalid("site.badCount", "capacity");
        }
        if (repository.setSiteCapacity(seminarId, siteId, capacity) == 0) {
            throw DomainException.notFound("site.notFound", siteId);
        }
    }

    @Transactional
    public void deleteRemoteSite(long seminarId, long siteId) {
        lockForChange(seminarId);
        if (repository.deleteRemoteSite(seminarId, siteId) == 0) {
            throw DomainException.notFound("site.notFound", siteId);
        }
    }

    private void checkSiteTerritory(Seminar s, long territoryId) {
        TerritoryRef t = directory.territory(territoryId)
                .orElseThrow(() -> DomainException.invalid("territory.notFound", "territoryId", territoryId));
        boolean local = t.level().equals("DISTRICT") || t.level().equals("CITY_DISTRICT");
        if (!local || t.regionId() != directory.territory(s.hostTerritoryId()).orElseThrow().regionId()) {
            throw DomainException.invalid("site.notInHostRegion", "territoryId");
        }
    }

    // --- helpers

    private TerritoryRef hostOf(SeminarCommand c) {
        TerritoryRef host = directory.territory(c.hostTerritoryId())
                .orElseThrow(() -> DomainException.invalid("territory.notFound", "hostTerritoryId", c.hostTerritoryId()));
        if (!(host.level().equals("OBLAST") || host.level().equals("CITY_OF_REPUBLIC"))) {
            throw DomainException.invalid("seminar.hostMustBeRegion", "hostTerritoryId");
        }
        return host;
    }

    /** Dates a person can mean: the programme started in 2016, and nobody plans a seminar for 3000. */
    static void checkYear(java.time.LocalDateTime t, String field) {
        if (t != null && (t.getYear() < 2000 || t.getYear() > 2100)) {
            throw DomainException.invalid("time.outOfRange", field);
        }
    }

    private static void checkTimes(SeminarCommand c) {
        checkYear(c.start(), "start");
        checkYear(c.end(), "end");
        if ((c.start() == null) != (c.end() == null)) {
            throw DomainException.invalid("seminar.bothTimes", c.start() == null ? "start" : "end");
        }
        if (c.start() != null && !c.end().isAfter(c.start())) {
            throw DomainException.invalid("time.endBeforeStart", "end");
        }
        if (c.start() != null && Duration.between(c.start(), c.end()).toDays() > 14) {
            throw DomainException.invalid("seminar.tooLong", "end");
        }
    }

    private void checkVenue(SeminarCommand c) {
        if (c.venueId() != null && repository.venue(c.venueId()).isEmpty()) {
            throw DomainException.invalid("venue.notFound", "venueId", c.venueId());
        }
    }

    private void checkDatesMayMove(Seminar s) {
        if (s.status().isPast()) {
            throw DomainException.conflict("seminar.past", "start");
        }
        if (s.cycleId() != null && repository.cycle(s.cycleId()).map(ProgrammeRepository.Cycle::closed).orElse(false)) {
            throw DomainException.invalid("cycle.closed", "start");
        }
    }

    private List<Long> defaultOrganisers(TerritoryRef host) {
        List<Long> ids = new ArrayList<>();
        directory.organisationsOfCategories(List.of("MINISTRY")).stream()
                .filter(o -> o.nameRu().equals(MINISTRY)).findFirst().map(OrganisationRef::id).ifPresent(ids::add);
        directory.executiveCommitteeOf(host.id()).map(OrganisationRef::id).ifPresent(ids::add);
        return ids;
    }

    /** The previous seminar of the cycle without a successor now points at this one ("the next event"). */
    private void linkPreviousToThis(long cycleId, long id) {
        repository.seminarsOfCycle(cycleId).stream()
                .filter(x -> x.id() != id && x.nextSeminarId() == null)
                .reduce((a, b) -> b)
                .ifPresent(prev -> repository.setNext(prev.id(), id));
    }
}

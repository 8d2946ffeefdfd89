package by.egov.academy.programme.seminar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import by.egov.academy.directory.Directory;
import by.egov.academy.directory.TerritoryRef;
import by.egov.academy.platform.DomainException;
import by.egov.academy.programme.OrganiserRole;
import by.egov.academy.programme.SeminarLevel;
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
        SeminarLevel level = c.levelOrUsual();
        checkMayOrganise(level, host);
        long programmeId;
        Integer ordinal = null;
        if (c.cycleId() != null) {
            var cycle = repository.cycle(c.cycleId())
                    .orElseThrow(() -> DomainException.invalid("cycle.notFound", "cycleId", c.cycleId()));
            if (cycle.closed()) {
                throw DomainException.invalid("cycle.closed", "cycleId");
            }
            if (c.programmeId() != null && c.programmeId() != cycle.programmeId()) {
                throw DomainException.invalid("seminar.cycleOfOtherProgramme", "cycleId");
            }
            programmeId = cycle.programmeId();
            repository.lockCycle(cycle.id());
            ordinal = repository.nextOrdinal(cycle.id());
        } else if (c.programmeId() != null) {
            programmeId = repository.programme(c.programmeId())
                    .orElseThrow(() -> DomainException.invalid("programme.notFound", "programmeId", c.programmeId())).id();
        } else {
            programmeId = repository.defaultProgramme()
                    .orElseThrow(() -> DomainException.invalid("programme.notFound", "programmeId")).id();
        }
        checkTimes(c);
        checkVenue(c);
        List<OrganiserEntry> organisers = c.organisers() == null || c.organisers().isEmpty()
                ? proposedOrganisers(level, host) : checkedOrganisers(c.organisers());
        long id = repository.insertSeminar(c, programmeId, ordinal, level.name());
        repository.setOrganisers(id, organisers);
        repository.setStatus(id, null, SeminarStatus.PLANNED.name(), access.who());
        if (c.cycleId() != null) {
            linkPreviousToThis(c.cycleId(), id);
        }
        return id;
    }

    /**
     * Saves the seminar's details. A text the caller left out (null) keeps its stored value in every language,
     * so saving the Russian form never erases the Belarusian or English text; kind, level and times left out
     * keep theirs too.
     */
    @Transactional
    public void update(long id, SeminarCommand submitted) {
        Seminar s = lockForChange(id);
        SeminarCommand stored = SeminarCommand.of(s);
        SeminarCommand c = new SeminarCommand(s.cycleId(), submitted.hostTerritoryId(),
                submitted.titleRu(), keep(stored.titleBe(), submitted.titleBe()), keep(stored.titleEn(), submitted.titleEn()),
                submitted.plannedMonth(), submitted.start(), submitted.end(), submitted.venueId(),
                keep(stored.audienceRu(), submitted.audienceRu()), keep(stored.audienceBe(), submitted.audienceBe()),
                keep(stored.audienceEn(), submitted.audienceEn()),
                submitted.kind() == null ? s.kindEnum() : submitted.kind(),
                submitted.level() == null ? s.levelEnum() : submitted.level(), s.programmeId(),
                submitted.date(), submitted.endDate(), null);
        TerritoryRef host = hostOf(c);
        checkMayOrganise(c.levelOrUsual(), host);
        checkTimes(c);
        checkVenue(c);
        boolean online = c.kindOrUsual().online();
        if (s.status() != SeminarStatus.PLANNED && s.status() != SeminarStatus.CANCELLED
                && (c.startsAt() == null || (c.venueId() == null && !online))) {
            throw DomainException.invalid("seminar.status.needsDateAndVenue", c.startsAt() == null
                    ? (c.start() == null && c.date() == null ? "start" : "end") : "venueId");
        }
        boolean datesChange = !java.util.Objects.equals(s.startsAt(), c.startsAt())
                || !java.util.Objects.equals(s.endsAt(), c.endsAt());
        List<Talk> talks = repository.talks(id);
        if (c.allDay() && !talks.isEmpty()) {
            throw DomainException.invalid("seminar.allDayHasTalks", "date");
        }
        if (datesChange) {
            checkDatesMayMove(s);
            if (s.startsAt() == null && c.startsAt() != null && !c.allDay()) {
                // talks-to-be of an undated seminar were laid out on a provisional day: they follow it to its date
                talks.stream().map(Talk::startsAt).min(Instant::compareTo)
                        .ifPresent(first -> repository.shiftTalks(id, Duration.between(first, c.startsAt())));
            }
            if (c.startsAt() != null && !c.allDay()) {
                for (Talk t : repository.talks(id)) {
                    if (t.startsAt().isBefore(c.startsAt()) || t.endsAt().isAfter(c.endsAt())) {
                        throw DomainException.invalid("seminar.talksOutside", "start");
                    }
                }
            }
        }
        repository.updateSeminar(id, c, c.levelOrUsual().name());
    }

    /** A submitted text replaces the stored one; a missing one (null) keeps it; an empty one clears it. */
    static String keep(String stored, String submitted) {
        return submitted == null ? stored : submitted.isBlank() ? null : submitted.strip();
    }

    @Transactional
    public void changeStatus(long id, SeminarStatus target) {
        Seminar s = lockForChange(id);
        if (!s.status().canBecome(target)) {
            throw DomainException.conflict("seminar.status.notAllowed", "status", s.status().name(), target.name());
        }
        if (target == SeminarStatus.ANNOUNCED && (s.startsAt() == null || s.endsAt() == null
                || (s.venueId() == null && !s.kindEnum().online()))) {
            throw DomainException.conflict("seminar.status.needsDateAndVenue", "status");
        }
        repository.setStatus(id, s.status().name(), target.name(), access.who());
    }

    /** The outcome in any of the three languages; a language left out (null) keeps its text. */
    @Transactional
    public void recordOutcome(long id, String ru, String be, String en) {
        Seminar s = lockForChange(id);
        for (String[] f : new String[][]{{"outcomeRu", ru}, {"outcomeBe", be}, {"outcomeEn", en}}) {
            if (f[1] != null && f[1].length() > 20_000) {
                throw DomainException.invalid("Size", f[0], f[0], 20_000, 0);
            }
        }
        repository.updateOutcome(id, keep(s.outcomeRu(), ru), keep(s.outcomeBe(), be), keep(s.outcomeEn(), en));
    }

    // --- organisers

    /** Replaces the ordered list of organisers: at least one, each organisation once, each with its role. */
    @Transactional
    public void setOrganisers(long seminarId, List<OrganiserEntry> organisers) {
        lockForChange(seminarId);
        repository.setOrganisers(seminarId, checkedOrganisers(organisers));
    }

    @Transactional
    public void addOrganiser(long seminarId, Long organisationId, OrganiserRole role) {
        lockForChange(seminarId);
        List<OrganiserEntry> list = new ArrayList<>(current(seminarId));
        list.add(new OrganiserEntry(organisationId, role));
        repository.setOrganisers(seminarId, checkedOrganisers(list));
    }

    @Transactional
    public void changeOrganiserRole(long seminarId, long organisationId, OrganiserRole role) {
        lockForChange(seminarId);
        List<OrganiserEntry> list = current(seminarId).stream().map(o -> o.organisationId() == organisationId
                ? new OrganiserEntry(o.organisationId(), role) : o).toList();
        requireListed(list, organisationId);
        repository.setOrganisers(seminarId, checkedOrganisers(list));
    }

    /** One place up (or down) in the order the public page and the news item name them. */
    @Transactional
    public void moveOrganiser(long seminarId, long organisationId, boolean up) {
        lockForChange(seminarId);
        List<OrganiserEntry> list = new ArrayList<>(current(seminarId));
        requireListed(list, organisationId);
        int i = 0;
        while (list.get(i).organisationId() != organisationId) {
            i++;
        }
        int j = up ? i - 1 : i + 1;
        if (j >= 0 && j < list.size()) {
            java.util.Collections.swap(list, i, j);
            repository.setOrganisers(seminarId, list);
        }
    }

    @Transactional
    public void removeOrganiser(long seminarId, long organisationId) {
        lockForChange(seminarId);
        List<OrganiserEntry> list = new ArrayList<>(current(seminarId));
        requireListed(list, organisationId);
        list.removeIf(o -> o.organisationId() == organisationId);
        if (list.isEmpty()) {
            throw DomainException.conflict("organiser.last", "organisationId");
        }
        repository.setOrganisers(seminarId, list);
    }

    private List<OrganiserEntry> current(long seminarId) {
        return repository.organisers(seminarId).stream()
                .map(o -> new OrganiserEntry(o.organisationId(), OrganiserRole.valueOf(o.role()))).toList();
    }

    private static void requireListed(List<OrganiserEntry> list, long organisationId) {
        if (list.stream().noneMatch(o -> o.organisationId() == organisationId)) {
            throw DomainException.notFound("organiser.notListed", organisationId);
        }
    }

    private List<OrganiserEntry> checkedOrganisers(List<OrganiserEntry> organisers) {
        if (organisers == null || organisers.isEmpty()) {
            throw DomainException.invalid("organiser.last", "organisers");
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (OrganiserEntry o : organisers) {
            if (o == null || o.organisationId() == null) {
                throw DomainException.invalid("NotNull", "organisationId");
            }
            if (o.role() == null) {
                throw DomainException.invalid("NotNull", "role");
            }
            var org = directory.organisation(o.organisationId()).orElseThrow(() ->
                    DomainException.invalid("organisation.notFound", "organisationId", o.organisationId()));
            if (!seen.add(o.organisationId())) {
                throw DomainException.invalid("organiser.duplicate", "organisationId", org.nameRu());
            }
        }
        return List.copyOf(organisers);
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
        if (s.allDay()) {
            throw DomainException.conflict("talk.allDaySeminar", "start");
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
        Talk talk = repository.talks(seminarId).stream().filter(t -> t.id() == talkId).findFirst().orElseThrow();
        String titleRu = keep(talk.titleRu(), ru);
        if (titleRu == null) {
            throw DomainException.invalid("NotBlank", "titleRu");
        }
        for (String[] f : new String[][]{{"titleRu", ru}, {"titleBe", be}, {"titleEn", en}}) {
            if (f[1] != null && f[1].length() > 500) {
                throw DomainException.invalid("Size", f[0], f[0], 500, 0);
            }
        }
        // a language the form did not send keeps its title
        repository.updateTalkTitles(talkId, titleRu, keep(talk.titleBe(), be), keep(talk.titleEn(), en));
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
        if (s.allDay()) {
            throw DomainException.invalid("talk.allDaySeminar", "start");
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
        for (TerritoryRef d : directory.districtsOf(host.regionId())) {
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

    /** The host may be a territory of any level: the republic's capital, an oblast, a city, a district. */
    private TerritoryRef hostOf(SeminarCommand c) {
        if (c.hostTerritoryId() == null) {
            throw DomainException.invalid("NotNull", "hostTerritoryId");
        }
        return directory.territory(c.hostTerritoryId())
                .orElseThrow(() -> DomainException.invalid("territory.notFound", "hostTerritoryId", c.hostTerritoryId()));
    }

    /** Republic-level events are the ministry's own; a regional one is its region's coordinator's too. */
    private void checkMayOrganise(SeminarLevel level, TerritoryRef host) {
        if (level == SeminarLevel.REPUBLIC) {
            access.checkProgrammeOffice();
        } else {
            access.checkManageHost(host.id());
        }
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
        if (c.date() != null) {
            if (c.start() != null || c.end() != null) {
                throw DomainException.invalid("seminar.dateOrTimes", "date");
            }
            if (c.date().getYear() < 2000 || c.date().getYear() > 2100) {
                throw DomainException.invalid("time.outOfRange", "date");
            }
            if (c.endDate() != null && (c.endDate().isBefore(c.date()) || c.endDate().isAfter(c.date().plusDays(14)))) {
                throw DomainException.invalid(c.endDate().isBefore(c.date()) ? "time.endBeforeStart" : "seminar.tooLong",
                        "endDate");
            }
            return;
        }
        if (c.endDate() != null) {
            throw DomainException.invalid("NotNull", "date");
        }
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
        if (c.venueId() != null && c.kindOrUsual().online()) {
            throw DomainException.invalid("seminar.webinarNoVenue", "venueId");
        }
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

    /**
     * Only a proposal for a new event, which the organisers then change: the ministry organises; a regional event
     * is co-organised by the host's executive committee (a city's own, else its oblast's).
     */
    private List<OrganiserEntry> proposedOrganisers(SeminarLevel level, TerritoryRef host) {
        List<OrganiserEntry> list = new ArrayList<>();
        directory.organisationsOfCategories(List.of("MINISTRY")).stream()
                .filter(o -> o.nameRu().equals(MINISTRY)).findFirst()
                .ifPresent(o -> list.add(new OrganiserEntry(o.id(), OrganiserRole.ORGANISER)));
        if (level == SeminarLevel.REGIONAL) {
            directory.executiveCommitteeOf(host.id()).or(() -> directory.executiveCommitteeOf(host.regionId()))
                    .filter(o -> list.stream().noneMatch(x -> x.organisationId() == o.id()))
                    .ifPresent(o -> list.add(new OrganiserEntry(o.id(), OrganiserRole.CO_ORGANISER)));
        }
        if (list.isEmpty()) {
            throw DomainException.invalid("organiser.last", "organisers");
        }
        return list;
    }

    /** The previous seminar of the cycle without a successor now points at this one ("the next event"). */
    private void linkPreviousToThis(long cycleId, long id) {
        repository.seminarsOfCycle(cycleId).stream()
                .filter(x -> x.id() != id && x.nextSeminarId() == null)
                .reduce((a, b) -> b)
                .ifPresent(prev -> repository.setNext(prev.id(), id));
    }
}

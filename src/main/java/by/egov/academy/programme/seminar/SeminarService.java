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
import by.egov.academy.programme.SeminarNoticed;
import by.egov.academy.programme.SeminarStatus;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of planning and running a seminar; every change is one transaction on a locked seminar row. */
@Service
public class SeminarService {

    static final String MINISTRY = "Министерство связи и информатизации Республики Беларусь";

    private final SeminarRepository repository;
    private final AgendaRepository agenda;
    private final ProgrammeAccess access;
    private final Directory directory;
    private final by.egov.academy.programme.material.MaterialService materials;

    private final org.springframework.context.ApplicationEventPublisher events;
    private final java.time.Clock clock;

    SeminarService(AgendaRepository agenda, SeminarRepository repository, ProgrammeAccess access, Directory directory,
                   by.egov.academy.programme.material.MaterialService materials,
                   org.springframework.context.ApplicationEventPublisher events, java.time.Clock clock) {
        this.events = events;
        this.clock = clock;
        this.materials = materials;
        this.repository = repository;
        this.agenda = agenda;
        this.access = access;
        this.directory = directory;
    }

    public Seminar get(long id) {
        return repository.seminar(id).orElseThrow(() -> DomainException.notFound("seminar.notFound", id));
    }

    /** Refuses a caller who may not change the seminar (checked before a confirmation page names anything). */
    void checkManage(Seminar s) {
        access.checkManageHost(s.hostTerritoryId());
    }

    /** Locks the seminar row (changes to one seminar happen one after another) and checks the caller may change it. */
    Seminar lockForChange(long id) {
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
        List<Talk> talks = agenda.talks(id);
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
                for (Talk t : agenda.talks(id)) {
                    if (t.startsAt().isBefore(c.startsAt()) || t.endsAt().isAfter(c.endsAt())) {
                        throw DomainException.invalid("seminar.talksOutside", "start");
                    }
                }
            }
        }
        repository.updateSeminar(id, c, c.levelOrUsual().name());
        noticeIfChanged(s, get(id));
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
        if (target == SeminarStatus.CANCELLED && s.everAnnounced()) {
            notice(id, SeminarNoticed.Kind.CANCELLED, "Семинар отменён");
        }
    }

    /**
     * Brings a cancelled seminar back to the state it was cancelled from, before its date, and has everyone who
     * was invited told again.
     */
    @Transactional
    public void restore(long id) {
        Seminar s = lockForChange(id);
        if (s.status() != SeminarStatus.CANCELLED) {
            throw DomainException.conflict("seminar.restore.notCancelled", "status");
        }
        if (s.startsAt() != null && !s.startsAt().isAfter(clock.instant())) {
            throw DomainException.conflict("seminar.restore.past", "status");
        }
        String previous = repository.statusChanges(id).stream().filter(c -> c.toStatus().equals("CANCELLED"))
                .reduce((a, b) -> b).map(SeminarRepository.StatusChange::fromStatus).orElse("PLANNED");
        repository.setStatus(id, "CANCELLED", previous, access.who());
        if (s.everAnnounced()) {
            notice(id, SeminarNoticed.Kind.RESTORED, "Семинар восстановлен");
        }
    }

    /** How many people a notice about this seminar would reach now: live invitations, site operators, speakers. */
    public NoticeReach reach(long id) {
        return repository.noticeReach(id);
    }

    public record NoticeReach(int invitees, int siteOperators, int speakers) {
        public int total() {
            return invitees + siteOperators + speakers;
        }
    }

    /**
     * A move, a new venue or a switch to online of a seminar already announced (so people may have been invited)
     * becomes a notice; other edits (a title, the audience) do not mail anyone.
     */
    private void noticeIfChanged(Seminar before, Seminar after) {
        if (!before.everAnnounced() || after.status() == SeminarStatus.CANCELLED) {
            return;
        }
        List<String> changes = new ArrayList<>();
        if (!java.util.Objects.equals(before.startsAt(), after.startsAt()) || !java.util.Objects.equals(before.endsAt(), after.endsAt())) {
            changes.add("дата и время: " + when(before) + " → " + when(after));
        }
        if (!java.util.Objects.equals(before.venueId(), after.venueId())) {
            changes.add("место проведения");
        }
        if (!before.kindEnum().online() && after.kindEnum().online()) {
            changes.add("переход в онлайн");
        }
        if (!changes.isEmpty()) {
            notice(after.id(), SeminarNoticed.Kind.CHANGED, String.join("; ", changes));
        }
    }

    private static String when(Seminar s) {
        return s.start() == null ? "—" : s.start().toLocalDateTime().toString().replace('T', ' ')
                + (s.end() == null ? "" : "–" + s.end().toLocalTime());
    }

    private void notice(long seminarId, SeminarNoticed.Kind kind, String summary) {
        long notice = repository.insertNotice(seminarId, kind.name(), summary, access.who());
        events.publishEvent(new SeminarNoticed(seminarId, notice, kind));
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
        noticeIfChanged(s, get(id));
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
        if (s.cycleId() != null && repository.cycle(s.cycleId()).map(SeminarRepository.Cycle::closed).orElse(false)) {
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

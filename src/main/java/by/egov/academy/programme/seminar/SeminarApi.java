package by.egov.academy.programme.seminar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.PageJson;
import by.egov.academy.programme.OrganiserRole;
import by.egov.academy.programme.SeminarKind;
import by.egov.academy.programme.SeminarLevel;
import by.egov.academy.programme.SeminarStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/seminars")
@Tag(name = "Seminars", description = "Seminars of the programme; announced ones are public")
class SeminarApi {

    record VenueJson(long id, String name, String address, long territoryId) {
    }

    record OrganiserJson(long id, String name, String nameBe, String nameEn, OrganiserRole role) {
    }

    record OrganisersRequest(@Valid @jakarta.validation.constraints.NotNull List<OrganiserEntry> organisers) {
    }

    record OutcomeRequest(@jakarta.validation.constraints.Size(max = 20000) String outcomeRu,
                          @jakarta.validation.constraints.Size(max = 20000) String outcomeBe,
                          @jakarta.validation.constraints.Size(max = 20000) String outcomeEn) {
    }

    record SpeakerJson(long expertId, String fullName, String position, long organisationId, String organisationName) {
    }

    record TalkJson(long id, String kind, String title, OffsetDateTime start, OffsetDateTime end,
                    List<SpeakerJson> speakers, List<String> topics) {
    }

    record RemoteSiteJson(long id, long territoryId, String territoryName, Integer expectedAttendees,
                          Integer actualAttendees, Integer capacity) {
    }

    record SeminarJson(long id, String title, String titleBe, String titleEn, SeminarKind kind, SeminarLevel level,
                       SeminarStatus status, boolean allDay, OffsetDateTime start, OffsetDateTime end,
                       LocalDate date, LocalDate endDate, LocalDate plannedMonth, long hostTerritoryId,
                       long programmeId, Long cycleId, Integer ordinal, VenueJson venue, List<OrganiserJson> organisers,
                       List<TalkJson> talks, List<RemoteSiteJson> remoteSites, String audience, String audienceBe,
                       String audienceEn, String outcome, String outcomeBe, String outcomeEn, Long nextSeminarId) {

        static SeminarJson of(SeminarView v) {
            Seminar s = v.seminar();
            boolean allDay = s.allDay() && s.startsAt() != null;
            return new SeminarJson(s.id(), s.titleRu(), s.titleBe(), s.titleEn(), s.kindEnum(), s.levelEnum(),
                    s.status(), allDay, s.start() == null ? null : s.start().toOffsetDateTime(),
                    s.end() == null ? null : s.end().toOffsetDateTime(),
                    allDay ? s.start().toLocalDate() : null, allDay ? s.lastDay() : null,
                    s.plannedMonth(), s.hostTerritoryId(), s.programmeId(), s.cycleId(), s.ordinal(),
                    v.venue() == null ? null : new VenueJson(v.venue().id(), v.venue().nameRu(), v.venue().address(),
                            v.venue().territoryId()),
                    v.organisers().stream().map(o -> new OrganiserJson(o.organisationId(), o.nameRu(), o.nameBe(),
                            o.nameEn(), OrganiserRole.valueOf(o.role()))).toList(),
                    v.talks().stream().map(t -> new TalkJson(t.id(), t.kind(), t.titleRu(), t.start().toOffsetDateTime(),
                            t.end().toOffsetDateTime(),
                            t.speakers().stream().map(sp -> new SpeakerJson(sp.expertId(), sp.fullName(), sp.position(),
                                    sp.organisationId(), sp.organisationNameRu())).toList(),
                            t.topics().stream().map(Talk.Topic::code).toList())).toList(),
                    v.remoteSites().stream().map(r -> new RemoteSiteJson(r.id(), r.territoryId(), r.territoryNameRu(),
                            r.expectedAttendees(), r.actualAttendees(), r.capacity())).toList(),
                    s.audienceRu(), s.audienceBe(), s.audienceEn(), s.outcomeRu(), s.outcomeBe(), s.outcomeEn(),
                    s.nextSeminarId());
        }
    }

    record StatusRequest(SeminarStatus status) {
    }

    record RemoteSiteRequest(Long territoryId, String address, String videoLink, Integer expectedAttendees) {
    }

    private final SeminarService service;
    private final AgendaService agendaService;
    private final SiteService siteService;
    private final SeminarViews views;
    private final SeminarRepository repository;
    private final ProgrammeAccess access;

    SeminarApi(AgendaService agendaService, SiteService siteService, SeminarService service, SeminarViews views, SeminarRepository repository, ProgrammeAccess access) {
        this.service = service;
        this.agendaService = agendaService;
        this.siteService = siteService;
        this.views = views;
        this.repository = repository;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "Seminars, filtered and paged; anonymous callers and regional users see announced ones only")
    PageJson<SeminarJson> list(@RequestParam(required = false) Long cycle,
                               @RequestParam(required = false) Long territory,
                               @RequestParam(required = false) SeminarStatus status,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "50") int size) {
        int safeSize = PageJson.size(size);
        int safePage = PageJson.page(page);
        for (var d : new LocalDate[]{from, to}) {
            if (d != null && (d.getYear() < 1990 || d.getYear() > 2200)) {
                throw DomainException.invalid("time.outOfRange", d == from ? "from" : "to");
            }
        }
        var filter = new SeminarRepository.SeminarFilter(cycle, territory, status == null ? null : status.name(),
                from == null ? null : from.atStartOfDay(Seminar.MINSK).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(Seminar.MINSK).toInstant(),
                !access.isProgrammeOffice());
        var items = repository.search(filter, safeSize, safePage * safeSize).stream()
                .map(s -> SeminarJson.of(views.of(s.id()))).toList();
        return new PageJson<>(items, repository.count(filter), safePage, safeSize);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One seminar with venue, organisers, agenda and remote sites")
    SeminarJson one(@PathVariable long id) {
        SeminarView v = views.of(id);
        if (!v.seminar().isPublic() && !access.canManageHost(v.seminar().hostTerritoryId())) {
            throw DomainException.notFound("seminar.notFound", id);
        }
        return SeminarJson.of(v);
    }

    @PostMapping
    @Operation(summary = "Create a seminar (programme office; a regional coordinator in its own region)",
            description = "Times are Minsk wall-clock times. Give `date` (and `endDate`) instead of `start`/`end` when only "
                    + "the day is known. Without `organisers` the ministry (and, for a regional event, the host's executive "
                    + "committee) are proposed. A text left out keeps its stored value on update; an empty one clears it.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
                    examples = {
                            @io.swagger.v3.oas.annotations.media.ExampleObject(name = "regional seminar", value = """
                                    {"cycleId":1,"hostTerritoryId":5,"kind":"REGIONAL_SEMINAR","titleRu":"Семинар по вопросам развития электронного правительства",
                                     "titleBe":"Семінар па пытаннях развіцця электроннага ўрада","titleEn":"Seminar on e-government",
                                     "start":"2027-04-14T10:00","end":"2027-04-14T14:00","venueId":3}"""),
                            @io.swagger.v3.oas.annotations.media.ExampleObject(name = "republic-level session, date only", value = """
                                    {"hostTerritoryId":1,"kind":"REPUBLIC_SESSION","level":"REPUBLIC","titleRu":"Республиканская сессия",
                                     "date":"2027-02-10","organisers":[{"organisationId":1,"role":"ORGANISER"},{"organisationId":90,"role":"CO_ORGANISER"}]}""")})))
    ResponseEntity<SeminarJson> create(@Valid @RequestBody SeminarCommand command) {
        long id = service.create(command);
        return ResponseEntity.status(HttpStatus.CREATED).body(SeminarJson.of(views.of(id)));
    }

    @PutMapping("/{id}")
    SeminarJson update(@PathVariable long id, @Valid @RequestBody SeminarCommand command) {
        service.update(id, command);
        return SeminarJson.of(views.of(id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        service.delete(id);
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Move the seminar along its workflow")
    SeminarJson status(@PathVariable long id, @RequestBody StatusRequest request) {
        if (request.status() == null) {
            throw DomainException.invalid("NotNull", "status");
        }
        service.changeStatus(id, request.status());
        return SeminarJson.of(views.of(id));
    }

    @PostMapping("/{id}/talks")
    @ResponseStatus(HttpStatus.CREATED)
    SeminarJson addTalk(@PathVariable long id, @Valid @RequestBody TalkCommand talk) {
        agendaService.addTalk(id, talk);
        return SeminarJson.of(views.of(id));
    }

    @GetMapping("/{id}/organisers")
    @Operation(summary = "The seminar's organisers and partners in order, each with its role")
    List<OrganiserJson> organisers(@PathVariable long id) {
        return one(id).organisers();
    }

    @PutMapping("/{id}/organisers")
    @Operation(summary = "Replace the ordered list of organisers (at least one; each organisation once)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
                    examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = """
                            {"organisers":[{"organisationId":1,"role":"ORGANISER"},{"organisationId":42,"role":"CO_ORGANISER"},
                             {"organisationId":77,"role":"PARTNER"}]}"""))))
    SeminarJson setOrganisers(@PathVariable long id, @Valid @RequestBody OrganisersRequest request) {
        service.setOrganisers(id, request.organisers());
        return SeminarJson.of(views.of(id));
    }

    @PutMapping("/{id}/outcome")
    @Operation(summary = "The seminar's outcome in Russian, Belarusian and English; a language left out keeps its text")
    SeminarJson outcome(@PathVariable long id, @Valid @RequestBody OutcomeRequest request) {
        service.recordOutcome(id, request.outcomeRu(), request.outcomeBe(), request.outcomeEn());
        return SeminarJson.of(views.of(id));
    }

    @DeleteMapping("/{id}/talks/{talkId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteTalk(@PathVariable long id, @PathVariable long talkId) {
        agendaService.deleteTalk(id, talkId);
    }

    @DeleteMapping("/{id}/remote-sites/{siteId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteSite(@PathVariable long id, @PathVariable long siteId) {
        siteService.deleteRemoteSite(id, siteId);
    }

    @PostMapping("/{id}/remote-sites")
    @ResponseStatus(HttpStatus.CREATED)
    SeminarJson addSite(@PathVariable long id, @RequestBody RemoteSiteRequest site) {
        if (site.territoryId() == null) {
            throw DomainException.invalid("NotNull", "territoryId");
        }
        siteService.addRemoteSite(id, site.territoryId(), site.address(), site.videoLink(), site.expectedAttendees());
        return SeminarJson.of(views.of(id));
    }
}

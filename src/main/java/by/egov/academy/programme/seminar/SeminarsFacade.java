package by.egov.academy.programme.seminar;

import java.util.List;
import java.util.Optional;

import by.egov.academy.programme.Seminars;
import by.egov.academy.programme.calendar.SeminarCalendar;
import org.springframework.stereotype.Component;

@Component
class SeminarsFacade implements Seminars {

    private final SeminarRepository repository;
    private final SiteRepository sites;
    private final SeminarViews views;
    private final SeminarCalendar calendar;
    private final ProgrammeAccess access;

    private final SeminarService service;
    private final AgendaService agendaService;

    SeminarsFacade(SiteRepository sites, SeminarRepository repository, SeminarViews views, SeminarCalendar calendar, ProgrammeAccess access,
                   AgendaService agendaService, SeminarService service) {
        this.service = service;
        this.agendaService = agendaService;
        this.repository = repository;
        this.sites = sites;
        this.views = views;
        this.calendar = calendar;
        this.access = access;
    }

    @Override
    public Optional<SeminarInfo> find(long id) {
        return repository.seminar(id).map(s -> {
            var venue = s.venueId() == null ? null : repository.venue(s.venueId()).orElse(null);
            return new SeminarInfo(s.id(), s.titleRu(), s.titleBe(), s.titleEn(), s.status(), s.startsAt(), s.endsAt(),
                    s.hostTerritoryId(), venue == null ? null : venue.nameRu(), venue == null ? null : venue.address(),
                    venue == null ? null : venue.territoryId(), venue == null ? null : venue.capacity());
        });
    }

    @Override
    public Optional<Whereabouts> whereabouts(long id) {
        return repository.seminar(id).map(s -> {
            var v = s.venueId() == null ? null : repository.venue(s.venueId()).orElse(null);
            return v == null ? new Whereabouts(s.kindEnum().online(), null, null, null, null, null, null)
                    : new Whereabouts(s.kindEnum().online(), v.nameRu(), v.nameBe(), v.nameEn(), v.address(),
                    v.addressBe(), v.addressEn());
        });
    }

    @Override
    public List<SiteInfo> remoteSites(long seminarId) {
        return sites.remoteSites(seminarId).stream()
                .map(r -> new SiteInfo(r.id(), r.territoryId(), r.territoryNameRu(), r.territoryNameBe(),
                        r.territoryNameEn(), r.operatorAccountId())).toList();
    }

    @Override
    public Optional<String> calendar(long seminarId, String baseUrl) {
        SeminarView v = views.of(seminarId);
        if (v.seminar().startsAt() == null) {
            return Optional.empty();
        }
        return Optional.of(calendar.render(v.seminar().titleRu(), List.of(v), baseUrl));
    }

    @Override
    public boolean canManage(long seminarId) {
        return repository.seminar(seminarId).map(s -> access.canManageHost(s.hostTerritoryId())).orElse(false);
    }

    @Override
    public long addTalkToBe(long seminarId, TalkToBe talk) {
        return agendaService.addTalkToBe(seminarId, talk);
    }

    @Override
    public List<StaffMember> staffToTell(long seminarId) {
        return repository.staffToTell(seminarId);
    }

    @Override
    public Optional<String> cancellation(long seminarId, String baseUrl, String organizerEmail) {
        SeminarView v = views.of(seminarId);
        if (v.seminar().startsAt() == null) {
            return Optional.empty();
        }
        return Optional.of(calendar.cancellation(v, baseUrl, organizerEmail));
    }
}

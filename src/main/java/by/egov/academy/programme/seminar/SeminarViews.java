package by.egov.academy.programme.seminar;

import by.egov.academy.directory.Directory;
import by.egov.academy.platform.DomainException;
import org.springframework.stereotype.Component;

@Component
public class SeminarViews {

    private final SeminarRepository repository;
    private final AgendaRepository agenda;
    private final SiteRepository sites;
    private final Directory directory;

    SeminarViews(AgendaRepository agenda, SiteRepository sites, SeminarRepository repository, Directory directory) {
        this.repository = repository;
        this.agenda = agenda;
        this.sites = sites;
        this.directory = directory;
    }

    public SeminarView of(long id) {
        Seminar s = repository.seminar(id).orElseThrow(() -> DomainException.notFound("seminar.notFound", id));
        var venue = s.venueId() == null ? null : repository.venue(s.venueId()).orElse(null);
        Seminar next = s.nextSeminarId() == null ? null : repository.seminar(s.nextSeminarId()).orElse(null);
        return new SeminarView(s, directory.territory(s.hostTerritoryId()).orElseThrow(), venue,
                venue == null ? null : directory.territory(venue.territoryId()).orElse(null),
                repository.organisers(id), agenda.talks(id), sites.remoteSites(id),
                s.cycleId() == null ? null : repository.cycle(s.cycleId()).orElse(null), next,
                next == null ? null : directory.territory(next.hostTerritoryId()).orElse(null));
    }

    /** The public may see announced seminars only; a planned one does not exist for them. */
    public SeminarView publicOf(long id) {
        SeminarView v = of(id);
        if (!v.seminar().isPublic()) {
            throw DomainException.notFound("seminar.notFound", id);
        }
        return v;
    }
}

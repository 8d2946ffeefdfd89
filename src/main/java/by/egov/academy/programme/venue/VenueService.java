package by.egov.academy.programme.venue;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import by.egov.academy.directory.Directory;
import by.egov.academy.directory.OrganisationRef;
import by.egov.academy.platform.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Venues: named, addressed and described in three languages, in a territory of any level, hosted by a
 * directory organisation. A venue a seminar used is retired rather than deleted.
 */
@Service
public class VenueService {

    static final int PAGE_SIZE = 50;

    private final VenueRepository venues;
    private final VenueAccess access;
    private final Directory directory;
    private final Clock clock;

    VenueService(VenueRepository venues, VenueAccess access, Directory directory, Clock clock) {
        this.venues = venues;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
    }

    Venue get(long id) {
        access.checkRead();
        return venues.find(id).orElseThrow(() -> DomainException.notFound("venue.notFound", id));
    }

    /** The venue, once the signed-in user is found to be allowed to change it. */
    Venue writable(long id) {
        Venue v = get(id);
        access.checkWriteRegion(v.regionId());
        return v;
    }

    List<Venue> search(VenueRepository.Filter filter, int page) {
        access.checkRead();
        return venues.search(filter, PAGE_SIZE, page * PAGE_SIZE);
    }

    long count(VenueRepository.Filter filter) {
        access.checkRead();
        return venues.count(filter);
    }

    @Transactional
    public long create(VenueCommand c) {
        access.checkRead();
        if (c.nameRu() == null || c.nameRu().isBlank()) {
            throw DomainException.invalid("venue.nameRu.required", "nameRu");
        }
        if (c.territoryId() == null) {
            throw DomainException.invalid("venue.territory.required", "territoryId");
        }
        checkTerritory(c.territoryId());
        checkHost(c.hostOrganisationId());
        return venues.insert(c);
    }

    @Transactional
    void update(long id, VenueCommand c) {
        writable(id);
        if (c.nameRu() != null && c.nameRu().isBlank()) {
            throw DomainException.invalid("venue.nameRu.required", "nameRu");
        }
        if (c.territoryId() != null) {
            checkTerritory(c.territoryId());
        }
        checkHost(c.hostOrganisationId());
        venues.update(id, c);
    }

    @Transactional
    void retire(long id) {
        Venue v = writable(id);
        if (v.retiredAt() == null) {
            venues.setRetired(id, clock.instant());
        }
    }

    @Transactional
    void unretire(long id) {
        writable(id);
        venues.setRetired(id, null);
    }

    @Transactional
    void delete(long id) {
        Venue v = writable(id);
        if (!venues.deleteIfUnused(id)) {
            throw DomainException.conflict("venue.inUse", null, v.seminarCount());
        }
    }

    /** A known territory in a region the user may change venues of. */
    private void checkTerritory(long territoryId) {
        Long region = access.regionOf(territoryId);
        if (region == null) {
            throw DomainException.invalid("venue.territory.notFound", "territoryId", territoryId);
        }
        access.checkWriteRegion(region);
    }

    private void checkHost(Long organisationId) {
        if (organisationId != null && directory.organisation(organisationId).isEmpty()) {
            throw DomainException.invalid("venue.host.notFound", "hostOrganisationId", organisationId);
        }
    }

    /**
     * Host organisations for the picker: those in the given territory's region (all regions' when none is
     * given and a name is typed) whose name contains q, at most 50, by name.
     */
    List<OrganisationRef> hosts(Long territoryId, String q, Locale locale) {
        access.checkRead();
        Long region = territoryId == null ? access.coordinatorRegion() : access.regionOf(territoryId);
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        if (region == null && needle.isEmpty()) {
            return List.of();
        }
        if (needle.isEmpty()) {
            return directory.organisationsIn(directory.subtree(region)).stream().limit(50).toList();
        }
        // a typed name is searched by the directory's own index, not by loading every organisation of the country
        List<Long> scope = region == null ? null : directory.subtree(region);
        return directory.searchOrganisations(q, 200).stream()
                .filter(o -> scope == null || scope.contains(o.territoryId()))
                .limit(50).toList();
    }

    boolean isOffice() {
        return access.isOffice();
    }

    Long coordinatorRegion() {
        return access.coordinatorRegion();
    }

    boolean canWrite(Venue v) {
        return access.canWriteRegion(v.regionId());
    }

    void checkRead() {
        access.checkRead();
    }
}

package by.egov.academy.programme.venue;

import java.util.List;
import java.util.Optional;

import by.egov.academy.directory.Directory;
import org.springframework.stereotype.Component;

/**
 * Venues as the seminar page needs them: its venue picker and the venue of a seminar. No access check: the
 * seminar page has made its own.
 */
@Component
public class VenueCatalog {

    static final int PICK_LIMIT = 50;

    private final VenueRepository venues;
    private final Directory directory;

    VenueCatalog(VenueRepository venues, Directory directory) {
        this.venues = venues;
        this.directory = directory;
    }

    /**
     * Active venues whose names, addresses or territory contain {@code q} (all when q is blank): those in the host
     * territory's region first, then the others, each group by Russian name; at most 50.
     */
    public List<Venue> pickFor(long hostTerritoryId, String q) {
        long region = directory.territory(hostTerritoryId).map(t -> t.regionId()).orElse(hostTerritoryId);
        return venues.pick(region, q, PICK_LIMIT);
    }

    /** Any venue by id, a retired one included (old seminars keep theirs). */
    public Optional<Venue> find(long id) {
        return venues.find(id);
    }
}

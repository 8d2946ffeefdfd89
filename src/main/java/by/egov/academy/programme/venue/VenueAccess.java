package by.egov.academy.programme.venue;

import by.egov.academy.directory.Directory;
import by.egov.academy.identity.CurrentUser;
import by.egov.academy.identity.CurrentUsers;
import by.egov.academy.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The programme office and every coordinator read all venues (a seminar may pick one in another region); the
 * office changes any, a coordinator those whose territory lies in its own region.
 */
@Component
class VenueAccess {

    private final CurrentUsers users;
    private final Directory directory;

    VenueAccess(CurrentUsers users, Directory directory) {
        this.users = users;
        this.directory = directory;
    }

    boolean isOffice() {
        return users.current().map(CurrentUser::isProgrammeOffice).orElse(false);
    }

    /** The coordinator's region, or null for anyone else. */
    Long coordinatorRegion() {
        return users.current().filter(u -> u.role() == Role.REGIONAL_COORDINATOR).map(CurrentUser::territoryId).orElse(null);
    }

    void checkRead() {
        if (!isOffice() && coordinatorRegion() == null) {
            throw new AccessDeniedException("venues are kept by the programme office and the coordinators");
        }
    }

    boolean canWriteRegion(long regionId) {
        if (isOffice()) {
            return true;
        }
        Long own = coordinatorRegion();
        return own != null && own == regionId;
    }

    void checkWriteRegion(long regionId) {
        if (!canWriteRegion(regionId)) {
            throw new AccessDeniedException("venues of region " + regionId + " are not yours to change");
        }
    }

    /** The region of a territory (any level), or null for an unknown one. */
    Long regionOf(long territoryId) {
        return directory.territory(territoryId).map(t -> t.regionId()).orElse(null);
    }
}

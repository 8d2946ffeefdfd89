package by.egov.academy.reporting.gaps;

import by.egov.academy.directory.Directory;
import by.egov.academy.directory.TerritoryRef;
import by.egov.academy.identity.CurrentUser;
import by.egov.academy.identity.CurrentUsers;
import by.egov.academy.identity.Role;
import by.egov.academy.platform.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads the reports: the programme office and the regional coordinators see the figures of every region;
 * lists of named officials (a drill-down) are the programme office's and the region's own coordinator's only.
 */
@Component
public class ReportAccess {

    private final CurrentUsers users;
    private final Directory directory;

    ReportAccess(CurrentUsers users, Directory directory) {
        this.users = users;
        this.directory = directory;
    }

    public CurrentUser requireReader() {
        CurrentUser u = users.require();
        if (!u.isProgrammeOffice() && u.role() != Role.REGIONAL_COORDINATOR) {
            throw new AccessDeniedException("reports are for the programme office and the coordinators");
        }
        return u;
    }

    /** The region (oblast or Minsk city) an id names: unknown → 404, another level of territory → 400. */
    public TerritoryRef region(long id, String field) {
        TerritoryRef t = directory.territory(id).orElseThrow(() -> DomainException.notFound("reporting.region.notFound", id));
        if (!t.level().equals("OBLAST") && !t.level().equals("CITY_OF_REPUBLIC")) {
            throw new DomainException(HttpStatus.BAD_REQUEST, "reporting.region.notRegion", field, t.nameRu());
        }
        return t;
    }

    /** Named officials of a region: the programme office, or that region's coordinator. */
    public void checkNamedOfficials(long regionId) {
        CurrentUser u = requireReader();
        if (!u.isProgrammeOffice() && (u.territoryId() == null || u.territoryId() != regionId)) {
            throw new AccessDeniedException("another region's officials");
        }
    }
}

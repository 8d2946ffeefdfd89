package by.egov.academy.programme.seminar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import by.egov.academy.directory.Directory;
import by.egov.academy.directory.TerritoryRef;
import by.egov.academy.platform.DomainException;
import by.egov.academy.programme.SeminarStatus;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of a seminar's district videoconference sites: districts of the host's oblast, once each. */
@Service
public class SiteService {

    private final SeminarService seminars;
    private final SeminarRepository repository;
    private final SiteRepository sites;
    private final Directory directory;
    private final by.egov.academy.identity.SiteOperators operators;

    SiteService(SeminarService seminars, SeminarRepository repository, SiteRepository sites, Directory directory,
                by.egov.academy.identity.SiteOperators operators) {
        this.seminars = seminars;
        this.repository = repository;
        this.sites = sites;
        this.directory = directory;
        this.operators = operators;
    }

    private Seminar lockForChange(long id) {
        return seminars.lockForChange(id);
    }

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
        if (!sites.insertRemoteSite(seminarId, territoryId, address, videoLink, expected,
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
            if (sites.insertRemoteSite(seminarId, d.id(), null, null, null, operators.operatorOf(d.id()).orElse(null))) {
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
        if (sites.setSiteCapacity(seminarId, siteId, capacity) == 0) {
            throw DomainException.notFound("site.notFound", siteId);
        }
    }

    @Transactional
    public void deleteRemoteSite(long seminarId, long siteId) {
        lockForChange(seminarId);
        int registered = sites.registeredAt(seminarId, siteId);
        if (registered > 0) { // said in words, not as the database's refusal
            throw DomainException.conflict("site.hasParticipants." + by.egov.academy.platform.Plurals.category(registered,
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()), null, registered);
        }
        if (sites.deleteRemoteSite(seminarId, siteId) == 0) {
            throw DomainException.notFound("site.notFound", siteId);
        }
    }

    /** A site of a seminar the caller may change (for the confirmation page). */
    public RemoteSite site(long seminarId, long siteId) {
        Seminar s = seminars.get(seminarId);
        seminars.checkManage(s);
        return sites.remoteSites(seminarId).stream().filter(r -> r.id() == siteId).findFirst()
                .orElseThrow(() -> DomainException.notFound("site.notFound", siteId));
    }

    public int registeredAt(long seminarId, long siteId) {
        return sites.registeredAt(seminarId, siteId);
    }

    private void checkSiteTerritory(Seminar s, long territoryId) {
        TerritoryRef t = directory.territory(territoryId)
                .orElseThrow(() -> DomainException.invalid("territory.notFound", "territoryId", territoryId));
        boolean local = t.level().equals("DISTRICT") || t.level().equals("CITY_DISTRICT");
        if (!local || t.regionId() != directory.territory(s.hostTerritoryId()).orElseThrow().regionId()) {
            throw DomainException.invalid("site.notInHostRegion", "territoryId");
        }
    }

}

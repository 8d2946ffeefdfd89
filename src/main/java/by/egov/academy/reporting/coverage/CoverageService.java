package by.egov.academy.reporting.coverage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import by.egov.academy.identity.CurrentUser;
import by.egov.academy.identity.CurrentUsers;
import by.egov.academy.identity.Role;
import by.egov.academy.platform.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Coverage for the programme office (every region, every territory) and regional coordinators (every region's
 * totals, the territories and never-reached organisations of their own region only; another region's drill-down
 * is refused with 403). Filters naming nothing, or years that cannot hold a seminar, are refused with 400 and the
 * field named, so that an empty report is never mistaken for a result. No transaction: the figures come from one
 * statement (a transaction would add four round trips to a report whose target is 1.5x its SQL).
 */
@Service
class CoverageService {

    private final CoverageRepository repository;
    private final CurrentUsers users;
    private final Clock clock;

    CoverageService(CoverageRepository repository, CurrentUsers users, Clock clock) {
        this.repository = repository;
        this.users = users;
        this.clock = clock;
    }

    /**
     * The report; {@code region} narrows the territories to one region's and adds its never-reached organisations.
     */
    CoverageReport report(CoverageFilter filter, Long region) {
        CurrentUser user = reader();
        check(filter);
        if (region != null) {
            repository.regionOf(region).orElseThrow(() ->
                    new DomainException(HttpStatus.BAD_REQUEST, "reporting.coverage.unknownOblast", "oblast", region));
            if (!maySee(user, region)) {
                throw new AccessDeniedException("coverage of region " + region + " is not yours to drill into");
            }
        }
        CoverageRepository.Territories result = repository.territories(filter);
        List<CoverageRow> all = result.rows();
        Map<Long, Figures> byRegion = new LinkedHashMap<>();
        for (CoverageRow row : all) {
            byRegion.merge(row.regionId(), row.figures(), Figures::plus);
        }
        List<CoverageRow> regions = repository.regions().stream()
                .map(r -> new CoverageRow(r.territoryId(), r.code(), r.level(), r.regionId(), r.nameRu(), r.nameBe(),
                        r.nameEn(), byRegion.getOrDefault(r.territoryId(), Figures.ZERO))).toList();
        List<CoverageRow> territories = all.stream()
                .filter(r -> region == null ? maySee(user, r.regionId()) : r.regionId() == region).toList();
        Figures total = regions.stream().map(CoverageRow::figures).reduce(Figures.ZERO, Figures::plus);
        return new CoverageReport(filter, result.seminars(), regions, territories,
                region == null ? List.of() : repository.unreached(filter, region), total);
    }

    /** One region's drill-down, reached by its address: an unknown region is not found (404). */
    CoverageReport regionReport(CoverageFilter filter, long region) {
        reader();
        repository.regionOf(region).orElseThrow(() -> DomainException.notFound("reporting.coverage.unknownOblast", region));
        return report(filter, region);
    }

    /** The region a coordinator's report opens on (their own), none for the programme office. */
    Long ownRegion() {
        CurrentUser user = reader();
        return user.isProgrammeOffice() ? null : user.territoryId();
    }

    private CurrentUser reader() {
        CurrentUser user = users.require();
        if (!user.isProgrammeOffice() && !user.is(Role.REGIONAL_COORDINATOR)) {
            throw new AccessDeniedException("coverage is for the programme office and regional coordinators");
        }
        return user;
    }

    private static boolean maySee(CurrentUser user, long region) {
        return user.isProgrammeOffice() || Long.valueOf(region).equals(user.territoryId());
    }

    private void check(CoverageFilter f) {
        if (f.programme() != null && !repository.programmeExists(f.programme())) {
            throw bad("reporting.coverage.unknownProgramme", "programme", f.programme());
        }
        if (f.cycle() != null) {
            Long programme = repository.cycleProgramme(f.cycle())
                    .orElseThrow(() -> bad("reporting.coverage.unknownCycle", "cycle", f.cycle()));
            if (f.programme() != null && !programme.equals(f.programme())) {
                throw bad("reporting.coverage.cycleOutsideProgramme", "cycle", f.cycle());
            }
        }
        if (f.from() != null || f.to() != null) {
            int first = repository.firstProgrammeYear();
            int last = LocalDate.now(clock).getYear() + 5;
            for (var year : new Object[][]{{"from", f.from()}, {"to", f.to()}}) {
                Integer y = (Integer) year[1];
                if (y != null && (y < first || y > last)) {
                    throw bad("reporting.coverage.yearOutside", (String) year[0], String.valueOf(y), String.valueOf(first),
                            String.valueOf(last));
                }
            }
        }
        if (f.from() != null && f.to() != null && f.from() > f.to()) {
            throw bad("reporting.coverage.yearsReversed", "to", String.valueOf(f.from()), String.valueOf(f.to()));
        }
        if (f.category() != null && !CoverageRepository.TARGET_CATEGORIES.contains(f.category())) {
            throw bad("reporting.coverage.unknownCategory", "category", f.category());
        }
    }

    private static DomainException bad(String code, String field, Object... args) {
        return new DomainException(HttpStatus.BAD_REQUEST, code, field, args);
    }

    List<Map<String, Object>> programmes() {
        return repository.programmes();
    }

    List<Map<String, Object>> cycles() {
        return repository.cycles();
    }
}

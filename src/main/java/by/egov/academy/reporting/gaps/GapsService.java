package by.egov.academy.reporting.gaps;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import by.egov.academy.directory.Directory;
import by.egov.academy.directory.TerritoryRef;
import by.egov.academy.platform.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Competence gaps per region × competence of the current framework, and the officials behind a cell. */
@Service
public class GapsService {

    private final GapsRepository repository;
    private final Directory directory;
    private final ReportAccess access;
    private final Clock clock;

    GapsService(GapsRepository repository, Directory directory, ReportAccess access, Clock clock) {
        this.repository = repository;
        this.directory = directory;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The filter as asked for, checked: a known region, years within the programme's life (its start year to this
     * year) and {@code from} not after {@code to}. Refusals are 400/404 with the field, never an empty report.
     */
    public GapFilter filter(Long regionId, Integer from, Integer to) {
        int first = repository.programmeStartYear();
        int now = LocalDate.now(clock).getYear();
        int f = from == null ? first : from;
        int t = to == null ? now : to;
        if (f < first || f > now) {
            throw new DomainException(HttpStatus.BAD_REQUEST, "reporting.year.outOfRange", "from", year(first), year(now));
        }
        if (t < first || t > now) {
            throw new DomainException(HttpStatus.BAD_REQUEST, "reporting.year.outOfRange", "to", year(first), year(now));
        }
        if (f > t) {
            throw new DomainException(HttpStatus.BAD_REQUEST, "reporting.year.fromAfterTo", "from", year(f), year(t));
        }
        if (regionId != null) {
            access.region(regionId, "oblast");
        }
        return new GapFilter(regionId, f, t);
    }

    @Transactional(readOnly = true)
    public List<RegionGaps> gaps(GapFilter filter) {
        access.requireReader();
        List<GapsRepository.Competence> competences = repository.currentCompetences();
        Map<Long, Integer> targets = new HashMap<>();
        repository.targets(filter.regionId()).forEach(c -> targets.put(c.regionId(), c.count()));
        Map<String, int[]> byYear = new HashMap<>(); // region|code → first-evidence counts per year of the range
        int years = filter.to() - filter.from() + 1;
        for (GapsRepository.Count c : repository.firstEvidence(filter.regionId(), filter.until())) {
            int[] counts = byYear.computeIfAbsent(c.regionId() + "|" + c.code(), k -> new int[years]);
            counts[Math.max(0, c.year() - filter.from())] += c.count(); // evidence before the range counts from its first year
        }
        Map<String, GapsRepository.Level> levels = new HashMap<>();
        repository.selfLevels(filter.regionId(), filter.until()).forEach(l -> levels.put(l.regionId() + "|" + l.code(), l));
        List<TerritoryRef> regions = filter.regionId() == null ? directory.regions()
                : List.of(directory.territory(filter.regionId()).orElseThrow());
        List<RegionGaps> out = new ArrayList<>();
        for (TerritoryRef region : regions) {
            int n = targets.getOrDefault(region.id(), 0);
            List<GapCell> cells = new ArrayList<>();
            for (GapsRepository.Competence c : competences) {
                int[] counts = byYear.getOrDefault(region.id() + "|" + c.code(), new int[years]);
                List<GapCell.YearShare> trend = new ArrayList<>();
                int cumulative = 0;
                for (int i = 0; i < years; i++) {
                    cumulative += counts[i];
                    trend.add(new GapCell.YearShare(filter.from() + i, cumulative, GapCell.percent(cumulative, n)));
                }
                GapsRepository.Level level = levels.get(region.id() + "|" + c.code());
                cells.add(new GapCell(region.id(), c.id(), c.code(), c.nameRu(), c.nameBe(), c.nameEn(), n, cumulative,
                        level == null ? null : level.average(), level == null ? 0 : level.count(), trend));
            }
            out.add(new RegionGaps(region, n, cells));
        }
        return out;
    }

    /** The competence of the current framework with this code: unknown → 404. */
    GapsRepository.Competence competence(String code) {
        return repository.currentCompetences().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.notFound("reporting.competence.notFound", code == null ? "" : code));
    }

    /** The target officials of a region without evidence of a competence; the region's own coordinator or the office. */
    @Transactional(readOnly = true)
    public List<MissingOfficial> withoutEvidence(GapFilter filter, String code, Locale locale) {
        if (filter.regionId() == null) {
            throw new DomainException(HttpStatus.BAD_REQUEST, "reporting.region.required", "oblast");
        }
        access.checkNamedOfficials(filter.regionId());
        competence(code);
        return repository.withoutEvidence(filter.regionId(), code, filter.until(), locale);
    }

    public String competenceName(String code, Locale locale) {
        GapsRepository.Competence c = competence(code);
        return c.code() + " " + by.egov.academy.platform.LocaleConfiguration.pick(locale, c.nameRu(), c.nameBe(), c.nameEn());
    }

    /** A year as a message argument: a bare int would be grouped by MessageFormat («2 026»). */
    private static String year(int year) {
        return String.valueOf(year);
    }
}

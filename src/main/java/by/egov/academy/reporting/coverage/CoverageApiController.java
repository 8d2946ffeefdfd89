package by.egov.academy.reporting.coverage;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Coverage as JSON: the same figures as the page, for scripts and the benchmark. */
@RestController
class CoverageApiController {

    private final CoverageService service;

    CoverageApiController(CoverageService service) {
        this.service = service;
    }

    /** A line of a coverage table. */
    record Row(long territoryId, String code, String level, long oblastId, String name, long targetOrganisations,
               long reachedOrganisations, double reachedPercent, long invited, long attendedInPerson,
               long attendedRemotely, long districtCommittees, long districtCommitteesReached,
               Double districtCommitteesPercent) {

        static Row of(CoverageRow r, Locale locale) {
            Figures f = r.figures();
            return new Row(r.territoryId(), r.code(), r.level(), r.regionId(), r.name(locale), f.targetOrganisations(),
                    f.reachedOrganisations(), f.reachedPercent(), f.invited(), f.attendedInPerson(), f.attendedRemotely(),
                    f.districtCommittees(), f.districtCommitteesReached(), f.districtCommitteesPercent());
        }
    }

    record Response(CoverageFilter filter, long seminars, Row total, List<Row> oblasts, List<Row> districts,
                    List<UnreachedOrganisation> unreached) {
    }

    @GetMapping("/api/v1/reports/coverage")
    Response coverage(@RequestParam(required = false) Long programme, @RequestParam(required = false) Long cycle,
                      @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                      @RequestParam(required = false) String category, @RequestParam(required = false) Long oblast,
                      Locale locale) {
        CoverageReport report = service.report(CoverageController.filter(programme, cycle, from, to, category), oblast);
        Figures t = report.total();
        Row total = new Row(0, "BY", "COUNTRY", 0, null, t.targetOrganisations(), t.reachedOrganisations(),
                t.reachedPercent(), t.invited(), t.attendedInPerson(), t.attendedRemotely(), t.districtCommittees(),
                t.districtCommitteesReached(), t.districtCommitteesPercent());
        return new Response(report.filter(), report.seminars(), total,
                report.regions().stream().map(r -> Row.of(r, locale)).toList(),
                report.territories().stream().map(r -> Row.of(r, locale)).toList(), report.unreached());
    }
}

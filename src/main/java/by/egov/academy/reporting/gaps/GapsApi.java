package by.egov.academy.reporting.gaps;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Gaps as JSON: one region ({@code oblast}) or every region × the competences of the current framework. */
@RestController
@RequestMapping("/api/v1/reports/gaps")
class GapsApi {

    record Year(int year, int withEvidence, int percent) {
    }

    record Cell(String code, String name, int targets, int withEvidence, int percent, Double averageLevel,
                int selfAssessed, List<Year> trend) {
    }

    record Region(long id, String code, String name, int targets, List<Cell> competences) {
    }

    record Report(Long oblast, int from, int to, List<Region> regions) {
    }

    record Official(long id, String fullName, String position, String organisation, String territory, String lastAttended) {
    }

    record Officials(long oblast, String competence, int from, int to, int count, List<Official> officials) {
    }

    private final GapsService service;

    GapsApi(GapsService service) {
        this.service = service;
    }

    @GetMapping
    Report gaps(@RequestParam(required = false) Long oblast, @RequestParam(required = false) Integer from,
                @RequestParam(required = false) Integer to, Locale locale) {
        GapFilter filter = service.filter(oblast, from, to);
        return new Report(oblast, filter.from(), filter.to(), service.gaps(filter).stream()
                .map(r -> new Region(r.region().id(), r.region().code(), r.name(locale), r.targets(), r.cells().stream()
                        .map(c -> new Cell(c.code(), c.name(locale), c.targets(), c.withEvidence(), c.percent(),
                                c.averageLevel(), c.selfAssessed(), c.trend().stream()
                                .map(t -> new Year(t.year(), t.withEvidence(), t.percent())).toList()))
                        .toList()))
                .toList());
    }

    @GetMapping("/officials")
    Officials officials(@RequestParam long oblast, @RequestParam String competence, @RequestParam(required = false) Integer from,
                        @RequestParam(required = false) Integer to, Locale locale) {
        GapFilter filter = service.filter(oblast, from, to);
        List<Official> list = service.withoutEvidence(filter, competence, locale).stream()
                .map(o -> new Official(o.id(), o.fullName(), o.position(), o.organisation(), o.territory(),
                        o.lastAttended() == null ? null : o.lastAttended().toString())).toList();
        return new Officials(oblast, competence, filter.from(), filter.to(), list.size(), list);
    }
}

package by.egov.academy.reporting.coverage;

import java.util.List;
import java.util.Locale;

import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.Table;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The coverage pages (a map and tables), one region's drill-down and the tables' exports. */
@Controller
class CoverageController {

    private final CoverageService service;
    private final MessageSource messages;

    CoverageController(CoverageService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @GetMapping("/reports/coverage")
    String page(@RequestParam(required = false) Long programme, @RequestParam(required = false) Long cycle,
                @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                @RequestParam(required = false) String category, Model model) {
        CoverageFilter filter = filter(programme, cycle, from, to, category);
        return show(service.report(filter, null), null, model);
    }

    @GetMapping("/reports/coverage/oblasts/{id}")
    String region(@PathVariable long id, @RequestParam(required = false) Long programme,
                  @RequestParam(required = false) Long cycle, @RequestParam(required = false) Integer from,
                  @RequestParam(required = false) Integer to, @RequestParam(required = false) String category,
                  Model model) {
        CoverageFilter filter = filter(programme, cycle, from, to, category);
        return show(service.regionReport(filter, id), id, model);
    }

    @GetMapping("/reports/coverage/export.{format:xlsx|csv}")
    ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(defaultValue = "oblasts") String table,
                                  @RequestParam(required = false) Long oblast,
                                  @RequestParam(required = false) Long programme, @RequestParam(required = false) Long cycle,
                                  @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                                  @RequestParam(required = false) String category, Locale locale) {
        CoverageFilter filter = filter(programme, cycle, from, to, category);
        if (!List.of("oblasts", "districts", "unreached").contains(table)) {
            throw new DomainException(HttpStatus.BAD_REQUEST, "reporting.coverage.unknownTable", "table", table);
        }
        if (table.equals("unreached") && oblast == null) {
            throw new DomainException(HttpStatus.BAD_REQUEST, "reporting.coverage.oblastNeeded", "oblast");
        }
        CoverageReport report = service.report(filter, oblast);
        Table t = switch (table) {
            case "oblasts" -> rows(report.regions(), "oblasts", locale);
            case "districts" -> rows(report.territories(), "districts", locale);
            default -> unreached(report.unreached(), locale);
        };
        return t.download("coverage-" + table + (oblast == null ? "" : "-" + oblast), format);
    }

    private String show(CoverageReport report, Long region, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("region", region);
        model.addAttribute("regionRow", region == null ? null
                : report.regions().stream().filter(r -> r.territoryId() == region).findFirst().orElse(null));
        model.addAttribute("shapes", CoverageMap.SHAPES);
        model.addAttribute("programmes", service.programmes());
        model.addAttribute("cycles", service.cycles());
        model.addAttribute("categories", CoverageRepository.TARGET_CATEGORIES);
        model.addAttribute("ownRegion", service.ownRegion());
        return "reporting/coverage";
    }

    static CoverageFilter filter(Long programme, Long cycle, Integer from, Integer to, String category) {
        return new CoverageFilter(programme, cycle, from, to, category == null || category.isBlank() ? null : category);
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }

    private List<String> header(Locale locale, String first) {
        return List.of(text(first, locale), text("reporting.coverage.target", locale),
                text("reporting.coverage.reached", locale), text("reporting.coverage.reachedShare", locale),
                text("reporting.coverage.invited", locale), text("reporting.coverage.inPerson", locale),
                text("reporting.coverage.remote", locale), text("reporting.coverage.committees", locale),
                text("reporting.coverage.committeesReached", locale), text("reporting.coverage.committeesShare", locale));
    }

    private Table rows(List<CoverageRow> rows, String name, Locale locale) {
        return new Table(name, header(locale, name.equals("oblasts") ? "reporting.coverage.oblast"
                : "reporting.coverage.territory"), rows.stream().map(r -> {
            Figures f = r.figures();
            return List.<Object>of(r.name(locale), f.targetOrganisations(), f.reachedOrganisations(), f.reachedPercent(),
                    f.invited(), f.attendedInPerson(), f.attendedRemotely(), f.districtCommittees(),
                    f.districtCommitteesReached(), f.districtCommitteesPercent() == null ? "" : f.districtCommitteesPercent());
        }).toList());
    }

    private Table unreached(List<UnreachedOrganisation> rows, Locale locale) {
        return new Table("unreached", List.of(text("reporting.coverage.organisation", locale),
                text("reporting.coverage.category", locale), text("reporting.coverage.territory", locale),
                text("reporting.coverage.invited", locale)),
                rows.stream().map(o -> List.<Object>of(o.name(locale), text("category." + o.category(), locale),
                        o.territoryName(locale), o.invited())).toList());
    }
}

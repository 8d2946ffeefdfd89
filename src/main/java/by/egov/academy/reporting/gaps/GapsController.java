package by.egov.academy.reporting.gaps;

import by.egov.academy.platform.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The gaps page (heat map, trend, drill-down) and its exports. */
@Controller
class GapsController {

    private final GapsService service;
    private final ReportAccess access;
    private final MessageSource messages;
    private final by.egov.academy.directory.Directory directory;

    GapsController(GapsService service, ReportAccess access, MessageSource messages,
                   by.egov.academy.directory.Directory directory) {
        this.directory = directory;
        this.service = service;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/reports/gaps")
    String page(@RequestParam(required = false) Long oblast, @RequestParam(required = false) Integer from,
                @RequestParam(required = false) Integer to, Model model) {
        var user = access.requireReader();
        GapFilter filter = service.filter(oblast, from, to);
        List<RegionGaps> gaps = service.gaps(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("gaps", gaps);
        model.addAttribute("competences", gaps.isEmpty() ? List.of() : gaps.get(0).cells());
        model.addAttribute("regions", directory.regions());
        model.addAttribute("ownRegion", user.isProgrammeOffice() ? null : user.territoryId());
        model.addAttribute("office", user.isProgrammeOffice());
        return "reporting/gaps";
    }

    @GetMapping("/reports/gaps/export.{format:xlsx|csv}")
    ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) Long oblast,
                                  @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                                  Locale locale) {
        access.requireReader();
        GapFilter filter = service.filter(oblast, from, to);
        return table(service.gaps(filter), filter, locale).download("gaps-" + filter.from() + "-" + filter.to(), format);
    }

    @GetMapping("/reports/gaps/officials")
    String officials(@RequestParam long oblast, @RequestParam String competence, @RequestParam(required = false) Integer from,
                     @RequestParam(required = false) Integer to, Model model, Locale locale) {
        GapFilter filter = service.filter(oblast, from, to);
        model.addAttribute("officials", service.withoutEvidence(filter, competence, locale));
        model.addAttribute("filter", filter);
        model.addAttribute("competence", competence);
        model.addAttribute("competenceName", service.competenceName(competence, locale));
        model.addAttribute("region", access.region(oblast, "oblast"));
        return "reporting/gap-officials";
    }

    @GetMapping("/reports/gaps/officials/export.{format:xlsx|csv}")
    ResponseEntity<byte[]> officialsExport(@PathVariable String format, @RequestParam long oblast, @RequestParam String competence,
                                           @RequestParam(required = false) Integer from,
                                           @RequestParam(required = false) Integer to, Locale locale) {
        GapFilter filter = service.filter(oblast, from, to);
        List<List<Object>> rows = new ArrayList<>();
        for (MissingOfficial o : service.withoutEvidence(filter, competence, locale)) {
            rows.add(List.of(o.fullName(), o.position(), o.organisation(), o.territory(),
                    o.lastAttended() == null ? msg("reporting.never", locale) : o.lastAttended().toString()));
        }
        return new Table(competence, List.of(msg("official.fullName", locale), msg("official.position", locale),
                msg("official.organisation", locale), msg("reporting.territory", locale),
                msg("reporting.lastAttended", locale)), rows)
                .download("gap-officials-" + oblast + "-" + competence, format);
    }

    private Table table(List<RegionGaps> gaps, GapFilter filter, Locale locale) {
        List<String> header = new ArrayList<>(List.of(msg("reporting.region", locale), msg("competence.code", locale),
                msg("competence.name", locale), msg("reporting.targets", locale), msg("reporting.withEvidence", locale),
                msg("reporting.percent", locale), msg("reporting.averageLevel", locale), msg("reporting.selfAssessed", locale)));
        for (int y = filter.from(); y <= filter.to(); y++) {
            header.add(msg("reporting.percentBy", locale, String.valueOf(y)));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (RegionGaps r : gaps) {
            for (GapCell c : r.cells()) {
                List<Object> row = new ArrayList<>(List.of(r.name(locale), c.code(), c.name(locale), c.targets(),
                        c.withEvidence(), c.percent()));
                row.add(c.averageLevel() == null ? null : Math.round(c.averageLevel() * 100) / 100.0);
                row.add(c.selfAssessed());
                c.trend().forEach(t -> row.add(t.percent()));
                rows.add(row);
            }
        }
        return new Table(msg("reporting.gaps.title", locale), header, rows);
    }

    private String msg(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}

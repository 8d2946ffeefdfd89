package by.egov.academy.reporting.planner;

import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The planner's proposal for a seminar as JSON, and applying it. */
@RestController
@RequestMapping("/api/v1/reports/planner")
class PlannerApi {

    private final PlannerService service;

    PlannerApi(PlannerService service) {
        this.service = service;
    }

    @GetMapping
    Proposal proposal(@RequestParam long seminar, Locale locale) {
        return service.propose(seminar, locale);
    }

    @PostMapping
    Proposal.Applied apply(@RequestParam long seminar, Locale locale) {
        return service.apply(seminar, locale);
    }
}

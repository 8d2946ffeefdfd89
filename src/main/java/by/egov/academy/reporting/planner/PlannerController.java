package by.egov.academy.reporting.planner;

import java.util.Locale;

import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The planner's page for a seminar and its one action. */
@Controller
class PlannerController {

    private final PlannerService service;

    PlannerController(PlannerService service) {
        this.service = service;
    }

    @GetMapping("/reports/planner")
    String page(@RequestParam long seminar, Model model, Locale locale) {
        model.addAttribute("proposal", service.propose(seminar, locale));
        return "reporting/planner";
    }

    @PostMapping("/reports/planner/apply")
    String apply(@RequestParam long seminar, Locale locale, RedirectAttributes redirect) {
        try {
            Proposal.Applied applied = service.apply(seminar, locale);
            redirect.addFlashAttribute("flash", "reporting.planner.applied");
            redirect.addFlashAttribute("flashArgs", new Object[]{String.valueOf(applied.talksAdded()),
                    applied.ruleAdded() ? 1 : 0});
            return "redirect:/manage/seminars/" + seminar;
        } catch (DomainException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            Flash.error(redirect, e);
            return "redirect:/reports/planner?seminar=" + seminar;
        }
    }
}

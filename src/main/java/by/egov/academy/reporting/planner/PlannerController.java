package by.egov.academy.reporting.planner;

import java.util.Locale;

import java.util.ArrayList;
import java.util.List;

import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.Flash;
import by.egov.academy.platform.Table;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The planner's page for a seminar and its one action. */
@Controller
class PlannerController {

    private final PlannerService service;
    private final MessageSource messages;

    PlannerController(PlannerService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @GetMapping("/reports/planner")
    String page(@RequestParam long seminar, Model model, Locale locale) {
        model.addAttribute("proposal", service.propose(seminar, locale));
        return "reporting/planner";
    }

    /** The proposed invitation list as a file. */
    @GetMapping("/reports/planner/export.{format:xlsx|csv}")
    ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam long seminar, Locale locale) {
        Proposal p = service.propose(seminar, locale);
        List<List<Object>> rows = new ArrayList<>();
        for (Proposal.Invitee o : p.invitees()) {
            rows.add(List.of(rows.size() + 1, o.fullName(), o.position(), o.organisation(), o.territory(),
                    o.lastAttended() == null ? msg("reporting.never", locale) : o.lastAttended().toString()));
        }
        return new Table(msg("reporting.planner.title", locale), List.of(msg("reporting.rank", locale),
                msg("official.fullName", locale), msg("official.position", locale), msg("official.organisation", locale),
                msg("reporting.territory", locale), msg("reporting.lastAttended", locale)), rows)
                .download("invitation-proposal-" + seminar, format);
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
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

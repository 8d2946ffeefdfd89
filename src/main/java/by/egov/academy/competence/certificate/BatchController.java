package by.egov.academy.competence.certificate;

import java.time.Clock;

import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Issue certificates for all attendees" and its progress bar (one handler: the page and, for htmx, the bar). */
@Controller
class BatchController {

    private final CertificateBatches batches;
    private final Clock clock;

    BatchController(CertificateBatches batches, Clock clock) {
        this.batches = batches;
        this.clock = clock;
    }

    @PostMapping("/manage/seminars/{id}/certificates/bulk")
    String start(@PathVariable long id, @RequestParam(required = false) String language, RedirectAttributes redirect) {
        try {
            return "redirect:/manage/certificate-batches/" + batches.start(id, language).id();
        } catch (DomainException e) {
            if (e.status().value() == 404 || e.status().value() == 409) {
                throw e; // an unknown seminar; one not held (the page offers the action only once held)
            }
            Flash.error(redirect, e);
            return "redirect:/manage/seminars/" + id + "/certificates";
        }
    }

    @GetMapping("/manage/certificate-batches/{batchId}")
    String progress(@PathVariable long batchId, @RequestHeader(name = "HX-Request", required = false) String htmx,
                    Model model) {
        CertificateBatch batch = batches.find(batchId);
        model.addAttribute("batch", batch);
        model.addAttribute("stalled", batch.stalled(clock.instant()));
        return htmx != null ? "competence/batch :: bar" : "competence/batch";
    }
}

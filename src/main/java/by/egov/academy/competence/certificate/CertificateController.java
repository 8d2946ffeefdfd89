package by.egov.academy.competence.certificate;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.Flash;
import by.egov.academy.programme.SeminarStatus;
import by.egov.academy.programme.Seminars;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisers' certificates of a seminar: issue per attendee, download, revoke (programme office). */
@Controller
class CertificateController {

    private final CertificateService service;
    private final CertificateBatches batches;
    private final Seminars seminars;

    CertificateController(CertificateService service, CertificateBatches batches, Seminars seminars) {
        this.service = service;
        this.batches = batches;
        this.seminars = seminars;
    }

    @GetMapping("/manage/seminars/{id}/certificates")
    String page(@PathVariable long id, Model model) {
        Map<Long, Certificate> issued = service.ofSeminar(id).stream()
                .collect(Collectors.toMap(Certificate::invitationId, Function.identity()));
        model.addAttribute("seminarId", id);
        model.addAttribute("attended", service.attended(id));
        model.addAttribute("issued", issued);
        model.addAttribute("held", seminars.find(id).map(s -> s.status() == SeminarStatus.HELD
                || s.status() == SeminarStatus.REPORTED).orElse(false));
        model.addAttribute("latestBatch", batches.latest(id).orElse(null));
        return "competence/certificates";
    }

    @PostMapping("/manage/seminars/{id}/certificates")
    String issue(@PathVariable long id, @RequestParam(required = false) Long invitationId,
                 @RequestParam(required = false) String language, RedirectAttributes redirect) {
        try {
            Certificate c = service.issue(id, invitationId, language);
            redirect.addFlashAttribute("flash", "competence.certificate.issued");
            redirect.addFlashAttribute("flashArgs", new Object[]{c.serial()});
        } catch (DomainException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            Flash.error(redirect, e);
        }
        return "redirect:/manage/seminars/" + id + "/certificates";
    }

    @GetMapping("/manage/certificates/{serial}.pdf")
    ResponseEntity<byte[]> download(@PathVariable String serial) {
        byte[] body = service.download(serial);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificate-" + serial + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(body);
    }

    @PostMapping("/manage/certificates/{serial}/revoke")
    String revoke(@PathVariable String serial, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Certificate c = service.find(serial);
        try {
            service.revoke(serial, reason);
            redirect.addFlashAttribute("flash", "competence.certificate.revoked");
            redirect.addFlashAttribute("flashArgs", new Object[]{serial});
        } catch (DomainException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            Flash.error(redirect, e);
        }
        return "redirect:/manage/seminars/" + c.seminarId() + "/certificates";
    }
}

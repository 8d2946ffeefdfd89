package by.egov.academy.competence.certificate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public page a certificate's QR code opens: valid or revoked, with the name and the seminar only. */
@Controller
class VerificationController {

    private final CertificateService service;

    VerificationController(CertificateService service) {
        this.service = service;
    }

    @GetMapping("/certificates/{serial}")
    String verify(@PathVariable String serial, Model model) {
        model.addAttribute("certificate", service.find(serial));
        return "competence/verify";
    }
}

package by.egov.academy.feedback.answer;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import by.egov.academy.platform.DomainException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The attendee's survey behind the personal link (no password): the questions, then thanks and the certificate. */
@Controller
class AnswerController {

    private final AnswerService service;

    AnswerController(AnswerService service) {
        this.service = service;
    }

    @GetMapping("/seminars/{id}/survey/{token}")
    String page(@PathVariable long id, @PathVariable String token, Model model) {
        Respondent r = service.open(id, token);
        return page(r, token, AnswerForm.empty(), model);
    }

    private String page(Respondent r, String token, AnswerForm form, Model model) {
        model.addAttribute("respondent", r);
        model.addAttribute("greeting", by.egov.academy.participation.mail.Greeting.of(r.fullName(),
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("survey", r.survey());
        model.addAttribute("token", token);
        model.addAttribute("form", form);
        if (r.answered()) {
            model.addAttribute("certificate", service.certificate(r).orElse(null));
        } else {
            model.addAttribute("questions", service.questions(r));
            model.addAttribute("topics", service.topics());
            model.addAttribute("levels", service.levels());
        }
        return "feedback/answer";
    }

    @PostMapping("/seminars/{id}/survey/{token}")
    String submit(@PathVariable long id, @PathVariable String token, @RequestParam MultiValueMap<String, String> form,
                  Model model, Locale locale, HttpServletResponse response) {
        AnswerForm answers = service.submit(id, token, form, locale);
        if (!answers.valid()) {
            // the form again with what was typed and each wrong field marked; nothing was stored
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(service.open(id, token), token, answers, model);
        }
        return "redirect:/seminars/" + id + "/survey/" + token;
    }

    @GetMapping("/seminars/{id}/survey/{token}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable String token) {
        Respondent r = service.open(id, token);
        AnswerRepository.CertificateRow c = service.certificate(r)
                .orElseThrow(() -> DomainException.notFound("survey.certificate.none"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificate-" + c.serial() + ".pdf").build().toString())
                .body(c.pdf());
    }
}

package by.egov.academy.audit.personal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buttons on an official's directory page: the JSON download and the erasure with its confirmation. */
@Controller
@RequestMapping("/admin/officials/{id}")
@PreAuthorize("hasRole('PROGRAMME_OFFICE')")
class PersonalDataController {

    private final PersonalDataService service;

    PersonalDataController(PersonalDataService service) {
        this.service = service;
    }

    @GetMapping("/personal-data")
    @ResponseBody
    ResponseEntity<PersonalData> export(@PathVariable long id) {
        PersonalData data = service.export(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("official-" + id + "-personal-data.json").build().toString())
                .body(data);
    }

    @GetMapping("/erasure")
    String confirm(@PathVariable long id, Model model) {
        return page(id, model);
    }

    @PostMapping("/erasure")
    String erase(@PathVariable long id, @RequestParam(required = false) String confirm, Model model,
                 RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        if (!"yes".equals(confirm)) {
            response.setStatus(422);
            model.addAttribute("notConfirmed", true);
            return page(id, model);
        }
        PersonalDataService.Erasure done = service.erase(id);
        redirect.addFlashAttribute("flash", "personalData.erased");
        redirect.addFlashAttribute("flashArgs", new Object[] {String.valueOf(done.invitations())});
        return "redirect:/directory/officials/" + id;
    }

    private String page(long id, Model model) {
        model.addAttribute("person", service.person(id));
        model.addAttribute("invitations", service.invitationCount(id));
        return "audit/erasure";
    }
}

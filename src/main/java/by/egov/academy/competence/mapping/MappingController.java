package by.egov.academy.competence.mapping;

import by.egov.academy.competence.CompetenceAccess;
import by.egov.academy.competence.framework.FrameworkRepository;
import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.Flash;
import by.egov.academy.platform.FormBinding;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A talk's competences, tagged by the seminar's organisers (programme office, host region's coordinator). */
@Controller
class MappingController {

    private final MappingService service;
    private final FrameworkRepository framework;
    private final CompetenceAccess access;

    MappingController(MappingService service, FrameworkRepository framework, CompetenceAccess access) {
        this.service = service;
        this.framework = framework;
        this.access = access;
    }

    @GetMapping("/manage/talks/{talkId}/competences")
    String show(@PathVariable long talkId, Model model) {
        TalkRef talk = service.manageable(talkId);
        model.addAttribute("command", new TagCommand(null, 2));
        return page(talk, model);
    }

    @PostMapping("/manage/talks/{talkId}/competences")
    String tag(@PathVariable long talkId, @ModelAttribute("command") TagCommand command, BindingResult errors,
               Model model, RedirectAttributes redirect) {
        TalkRef talk = service.manageable(talkId);
        errors = FormBinding.rebind(command, errors, model);
        if (!errors.hasErrors()) {
            try {
                service.tag(talkId, command, access.who());
                redirect.addFlashAttribute("flash", "competence.tag.saved");
                return "redirect:/manage/talks/" + talkId + "/competences";
            } catch (DomainException e) {
                if (e.field() == null) {
                    throw e;
                }
                errors.rejectValue(e.field(), e.messageCode(), e.args(), e.messageCode());
            }
        }
        return page(talk, model);
    }

    @PostMapping("/manage/talks/{talkId}/competences/remove")
    String untag(@PathVariable long talkId, @RequestParam(required = false) Long competenceId,
                 RedirectAttributes redirect) {
        service.manageable(talkId);
        if (competenceId != null && service.untag(talkId, competenceId)) {
            redirect.addFlashAttribute("flash", "competence.tag.removed");
        } else {
            Flash.error(redirect, "competence.tag.notOnTalk");
        }
        return "redirect:/manage/talks/" + talkId + "/competences";
    }

    private String page(TalkRef talk, Model model) {
        model.addAttribute("talk", talk);
        model.addAttribute("tags", service.tags(talk.id()));
        model.addAttribute("version", framework.current().orElse(null));
        model.addAttribute("areas", framework.current().map(v -> framework.areas(v.id())).orElse(java.util.List.of()));
        model.addAttribute("levels", framework.levels());
        return "competence/talk-competences";
    }
}

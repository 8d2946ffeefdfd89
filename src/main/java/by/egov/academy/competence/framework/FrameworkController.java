package by.egov.academy.competence.framework;

import by.egov.academy.competence.CompetenceAccess;
import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.FormBinding;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The programme office's pages of the competence framework: view any version, edit through a draft, publish. */
@Controller
class FrameworkController {

    private final FrameworkRepository repository;
    private final FrameworkService service;
    private final CompetenceAccess access;

    FrameworkController(FrameworkRepository repository, FrameworkService service, CompetenceAccess access) {
        this.repository = repository;
        this.service = service;
        this.access = access;
    }

    @GetMapping("/manage/competences")
    String current(Model model) {
        access.checkProgrammeOffice();
        FrameworkVersion v = repository.current().orElseThrow(() -> DomainException.notFound("competence.framework.none"));
        return page(v, CompetenceCommand.empty(), model);
    }

    @GetMapping("/manage/competences/versions/{versionId}")
    String version(@PathVariable long versionId, Model model) {
        access.checkProgrammeOffice();
        FrameworkVersion v = repository.version(versionId)
                .orElseThrow(() -> DomainException.notFound("competence.version.notFound", versionId));
        return page(v, CompetenceCommand.empty(), model);
    }

    @PostMapping("/manage/competences/versions/{versionId}/draft")
    String startDraft(@PathVariable long versionId, RedirectAttributes redirect) {
        access.checkProgrammeOffice();
        FrameworkVersion draft = service.startDraft(versionId, access.who());
        redirect.addFlashAttribute("flash", "competence.draft.started");
        return "redirect:/manage/competences/versions/" + draft.id();
    }

    @PostMapping("/manage/competences/draft/competences")
    String add(@Valid @ModelAttribute("command") CompetenceCommand command, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        access.checkProgrammeOffice();
        errors = FormBinding.rebind(command, errors, model);
        FrameworkVersion draft = repository.draft()
                .orElseThrow(() -> DomainException.conflict("competence.framework.noDraft", null));
        if (command != null && command.areaId() == null && !errors.hasFieldErrors("areaId")) {
            errors.rejectValue("areaId", "competence.area.required");
        }
        if (errors.hasErrors()) {
            return page(draft, null, model);
        }
        try {
            service.add(command);
        } catch (DomainException e) {
            if (e.field() == null) {
                throw e;
            }
            errors.rejectValue(e.field(), e.messageCode(), e.args(), e.messageCode());
            return page(draft, null, model);
        }
        redirect.addFlashAttribute("flash", "competence.added");
        return "redirect:/manage/competences/versions/" + draft.id();
    }

    @PostMapping("/manage/competences/versions/{versionId}/publish")
    String publish(@PathVariable long versionId, RedirectAttributes redirect) {
        access.checkProgrammeOffice();
        FrameworkVersion v = service.publish(versionId);
        redirect.addFlashAttribute("flash", "competence.published");
        redirect.addFlashAttribute("flashArgs", new Object[]{String.valueOf(v.versionNo())});
        return "redirect:/manage/competences";
    }

    @PostMapping("/manage/competences/versions/{versionId}/delete")
    String discard(@PathVariable long versionId, jakarta.servlet.http.HttpServletRequest request, Model model,
                   java.util.Locale locale, RedirectAttributes redirect) {
        access.checkProgrammeOffice();
        if (!by.egov.academy.platform.Confirmation.given(request)) {
            FrameworkVersion v = repository.version(versionId)
                    .orElseThrow(() -> DomainException.notFound("competence.version.notFound", versionId));
            if (v.isDraft()) {
                return by.egov.academy.platform.Confirmation.ask(model, request, "confirm.draft.title", v.title(locale),
                        "/manage/competences/versions/" + versionId,
                        new by.egov.academy.platform.Confirmation.Line("confirm.draft.consequence"),
                        new by.egov.academy.platform.Confirmation.Line("confirm.irreversible"));
            }
        }
        service.discardDraft(versionId);
        redirect.addFlashAttribute("flash", "competence.draft.discarded");
        return "redirect:/manage/competences";
    }

    @GetMapping("/manage/competences/items/{competenceId}")
    String editForm(@PathVariable long competenceId, Model model) {
        access.checkProgrammeOffice();
        Competence c = service.editable(competenceId);
        model.addAttribute("command", CompetenceCommand.of(c));
        return form(c, model);
    }

    @PostMapping("/manage/competences/items/{competenceId}")
    String update(@PathVariable long competenceId, @Valid @ModelAttribute("command") CompetenceCommand command,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        access.checkProgrammeOffice();
        errors = FormBinding.rebind(command, errors, model);
        Competence c = service.editable(competenceId);
        if (errors.hasErrors()) {
            return form(c, model);
        }
        service.update(competenceId, command);
        redirect.addFlashAttribute("flash", "competence.saved");
        return "redirect:/manage/competences/versions/" + c.versionId();
    }

    private String form(Competence c, Model model) {
        model.addAttribute("competence", c);
        model.addAttribute("version", repository.version(c.versionId()).orElseThrow());
        return "competence/competence-form";
    }

    private String page(FrameworkVersion v, CompetenceCommand command, Model model) {
        model.addAttribute("version", v);
        model.addAttribute("areas", repository.areas(v.id()));
        model.addAttribute("levels", repository.levels());
        model.addAttribute("versions", repository.versions());
        model.addAttribute("draft", repository.draft().orElse(null));
        if (command != null) {
            model.addAttribute("command", command);
        }
        return "competence/framework";
    }
}

package by.egov.academy.programme.expert;

import java.util.List;

import by.egov.academy.directory.Directory;
import by.egov.academy.directory.OrganisationRef;
import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.Flash;
import by.egov.academy.platform.FormBinding;
import by.egov.academy.platform.PageJson;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The experts' pages: list, form (three languages side by side), retire, delete, merge, invite. */
@Controller
@RequestMapping("/manage/experts")
class ExpertController {

    static final int PAGE_SIZE = 50;

    private final ExpertCatalog catalog;
    private final ExpertAccess access;
    private final Directory directory;

    ExpertController(ExpertCatalog catalog, ExpertAccess access, Directory directory) {
        this.catalog = catalog;
        this.access = access;
        this.directory = directory;
    }

    /** The full page, or only the results when htmx asks while the user types. */
    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean retired,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        access.checkEdit();
        int safePage = PageJson.page(page);
        long total = catalog.count(q, retired);
        model.addAttribute("experts", catalog.search(q, retired, PAGE_SIZE, safePage * PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", safePage);
        model.addAttribute("pages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("q", q);
        model.addAttribute("retired", retired);
        return htmx != null ? "programme/expert/experts :: results" : "programme/expert/experts";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        access.checkEdit();
        model.addAttribute("expertCommand", ExpertCommand.empty());
        return form(model, null, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("expertCommand") ExpertCommand command, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        access.checkEdit();
        errors = FormBinding.rebind(command, errors, model);
        if (errors.hasErrors()) {
            return form(model, null, command);
        }
        try {
            long id = catalog.create(command);
            redirect.addFlashAttribute("flash", "expert.created");
            return "redirect:/manage/experts/" + id;
        } catch (DomainException e) {
            return refused(e, errors, model, response, null, command);
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        access.checkEdit();
        Expert e = catalog.get(id);
        model.addAttribute("expertCommand", ExpertCommand.of(e));
        return form(model, e, null);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("expertCommand") ExpertCommand command,
                  BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        access.checkEdit();
        errors = FormBinding.rebind(command, errors, model);
        Expert e = catalog.get(id);
        if (errors.hasErrors()) {
            return form(model, e, command);
        }
        try {
            catalog.update(id, command);
            redirect.addFlashAttribute("flash", "expert.saved");
            return "redirect:/manage/experts/" + id;
        } catch (DomainException ex) {
            return refused(ex, errors, model, response, e, command);
        }
    }

    @PostMapping("/{id}/retire")
    String retire(@PathVariable long id, jakarta.servlet.http.HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        if (!by.egov.academy.platform.Confirmation.given(request)) {
            Expert e = catalog.forOffice(id);
            return by.egov.academy.platform.Confirmation.ask(model, request, "confirm.expert.retire.title", e.fullName(), "/manage/experts/" + id,
                    new by.egov.academy.platform.Confirmation.Line("confirm.expert.retire.consequence", e.talkCount()));
        }
        return act(id, redirect, "expert.retiredDone", () -> catalog.retire(id));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, jakarta.servlet.http.HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        if (!by.egov.academy.platform.Confirmation.given(request)) {
            Expert e = catalog.forOffice(id);
            return by.egov.academy.platform.Confirmation.ask(model, request, "confirm.expert.delete.title", e.fullName(), "/manage/experts/" + id,
                    new by.egov.academy.platform.Confirmation.Line(e.talkCount() == 0 ? "confirm.expert.delete.consequence" : "confirm.inUse.talks",
                            e.talkCount()),
                    new by.egov.academy.platform.Confirmation.Line("confirm.irreversible"));
        }
        try {
            catalog.delete(id);
        } catch (DomainException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            Flash.error(redirect, e);
            return "redirect:/manage/experts/" + id;
        }
        redirect.addFlashAttribute("flash", "expert.deleted");
        return "redirect:/manage/experts";
    }

    @PostMapping("/{id}/merge")
    String merge(@PathVariable long id, @RequestParam(required = false) Long into, RedirectAttributes redirect) {
        try {
            catalog.merge(id, into);
        } catch (DomainException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            Flash.error(redirect, e);
            return "redirect:/manage/experts/" + id;
        }
        redirect.addFlashAttribute("flash", "expert.mergedDone");
        return "redirect:/manage/experts/" + into;
    }

    @PostMapping("/{id}/invite")
    String invite(@PathVariable long id, RedirectAttributes redirect) {
        try {
            var activation = catalog.invite(id);
            redirect.addFlashAttribute("flash", "expert.invited");
            redirect.addFlashAttribute("flashArgs", new Object[]{activation.username()});
        } catch (DomainException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            Flash.error(redirect, e);
        }
        return "redirect:/manage/experts/" + id;
    }

    /**
     * Speaker checkboxes ({@code name="expertIds"}) for a talk form: the experts already ticked first, then active
     * experts matching the text. For htmx: {@code hx-get="/manage/experts/options" hx-include="[name=expertIds]:checked"}.
     */
    @GetMapping("/options")
    String options(@RequestParam(required = false) String q, @RequestParam(required = false) List<Long> expertIds,
                   Model model) {
        access.checkEdit();
        List<Expert> chosen = catalog.ofIds(expertIds);
        List<Long> chosenIds = chosen.stream().map(Expert::id).toList();
        model.addAttribute("chosen", chosen);
        model.addAttribute("found", q == null || q.isBlank() ? List.of()
                : catalog.searchActive(q, 20).stream().filter(e -> !chosenIds.contains(e.id())).toList());
        return "programme/expert/options :: experts";
    }

    /** Organisation radio buttons ({@code name="organisationId"}) of the expert form, found by name. */
    @GetMapping("/organisations")
    String organisations(@RequestParam(required = false) String organisationQuery,
                         @RequestParam(required = false) Long organisationId, Model model) {
        access.checkEdit();
        OrganisationRef chosen = organisationId == null ? null : directory.organisation(organisationId).orElse(null);
        model.addAttribute("chosen", chosen);
        model.addAttribute("found", directory.searchOrganisations(organisationQuery, 20).stream()
                .filter(o -> chosen == null || o.id() != chosen.id()).toList());
        return "programme/expert/options :: organisations";
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (DomainException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            Flash.error(redirect, e);
        }
        return "redirect:/manage/experts/" + id;
    }

    /** A refusal of the service shown on the form as typed: next to its field, or (a duplicate) with a link to the other. */
    private String refused(DomainException e, BindingResult errors, Model model, HttpServletResponse response,
                           Expert existing, ExpertCommand command) {
        if (e instanceof DuplicateExpertException d) {
            model.addAttribute("duplicate", catalog.get(d.existingId()));
            response.setStatus(HttpStatus.CONFLICT.value());
        } else if (e.field() == null) {
            throw e;
        }
        errors.rejectValue(e.field(), e.messageCode(), e.args(), e.messageCode());
        return form(model, existing, command);
    }

    private String form(Model model, Expert existing, ExpertCommand typed) {
        model.addAttribute("expert", existing);
        model.addAttribute("categories", PartnerCategory.values());
        Long organisationId = typed != null && typed.organisationId() != null ? typed.organisationId()
                : existing == null ? null : existing.organisationId();
        model.addAttribute("selectedOrganisation", organisationId == null ? null
                : directory.organisation(organisationId).orElse(null));
        model.addAttribute("office", access.isProgrammeOffice());
        if (existing != null) {
            model.addAttribute("activated", catalog.activated(existing));
            model.addAttribute("duplicates", catalog.possibleDuplicates(existing));
            model.addAttribute("mergedInto", existing.mergedInto() == null ? null : catalog.find(existing.mergedInto()).orElse(null));
        }
        return "programme/expert/expert-form";
    }
}

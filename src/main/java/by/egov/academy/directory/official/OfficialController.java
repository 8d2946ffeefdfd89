package by.egov.academy.directory.official;

import java.util.List;
import java.util.Locale;

import by.egov.academy.directory.access.DirectoryAccess;
import by.egov.academy.directory.organisation.OrganisationRepository;
import by.egov.academy.directory.territory.TerritoryOptions;
import by.egov.academy.directory.territory.TerritoryRepository;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/directory/officials")
class OfficialController {

    static final int PAGE_SIZE = 50;

    private final OfficialService service;
    private final OfficialRepository officials;
    private final OrganisationRepository organisations;
    private final TerritoryRepository territories;
    private final TerritoryOptions territoryOptions;
    private final DirectoryAccess access;

    OfficialController(OfficialService service, OfficialRepository officials, OrganisationRepository organisations,
                       TerritoryRepository territories, TerritoryOptions territoryOptions, DirectoryAccess access) {
        this.service = service;
        this.officials = officials;
        this.organisations = organisations;
        this.territories = territories;
        this.territoryOptions = territoryOptions;
        this.access = access;
    }

    /** The search page, or only its results when htmx asks while the user types. */
    @GetMapping
    String search(@RequestParam(required = false) String q,
                  @RequestParam(required = false) Long territory,
                  @RequestParam(required = false) Leadership leadership,
                  @RequestParam(defaultValue = "0") int page,
                  @RequestHeader(value = "HX-Request", required = false) String htmx,
                  Model model, Locale locale) {
        var scope = access.readScope();
        List<Long> territoryIds = territory == null ? null : territories.subtreeIds(territory);
        var filter = new OfficialRepository.Filter(q, null, leadership, territoryIds);
        int safePage = by.egov.academy.platform.PageJson.page(page);
        long total = officials.count(filter, scope);
        model.addAttribute("officials", officials.search(filter, scope, PAGE_SIZE, safePage * PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", safePage);
        model.addAttribute("pages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("q", q);
        model.addAttribute("territory", territory);
        model.addAttribute("leadership", leadership);
        model.addAttribute("leaderships", Leadership.values());
        model.addAttribute("territoryGroups", territoryOptions.groups(scope, locale));
        model.addAttribute("canWrite", access.canWriteAnything());
        return htmx != null ? "directory/officials :: results" : "directory/officials";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Official o = service.get(id);
        model.addAttribute("official", o);
        model.addAttribute("canWrite", access.canWrite(o.territoryId()));
        return "directory/official";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long organisation, Model model) {
        if (!access.canWriteAnything()) {
            throw new org.springframework.security.access.AccessDeniedException("read-only role");
        }
        model.addAttribute("command", new OfficialCommand("", "", Leadership.HEAD, organisation, "", "", "ru"));
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("command") OfficialCommand command, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        errors = FormBinding.rebind(command, errors, model);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = service.create(command);
            redirect.addFlashAttribute("flash", "official.created");
            return "redirect:/directory/officials/" + id;
        } catch (DomainException e) {
            if (e.field() == null) {
                throw e;
            }
            errors.rejectValue(e.field(), e.messageCode(), e.args(), e.messageCode());
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Official o = service.get(id);
        access.checkWrite(o.territoryId());
        model.addAttribute("command", OfficialCommand.of(o));
        return form(model, o);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("command") OfficialCommand command,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        errors = FormBinding.rebind(command, errors, model);
        Official o = service.get(id);
        if (errors.hasErrors()) {
            return form(model, o);
        }
        try {
            service.update(id, command);
            redirect.addFlashAttribute("flash", "official.saved");
            return "redirect:/directory/officials/" + id;
        } catch (DomainException e) {
            if (e.field() == null) {
                throw e;
            }
            errors.rejectValue(e.field(), e.messageCode(), e.args(), e.messageCode());
            return form(model, o);
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, jakarta.servlet.http.HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        Official o = service.get(id);
        if (!by.egov.academy.platform.Confirmation.given(request)) {
            int invited = service.deletable(id);
            return by.egov.academy.platform.Confirmation.ask(model, request, "confirm.official.title", o.fullName(), "/directory/officials/" + id,
                    new by.egov.academy.platform.Confirmation.Line(invited == 0 ? "confirm.official.consequence" : "confirm.official.refused", invited),
                    new by.egov.academy.platform.Confirmation.Line("confirm.irreversible"));
        }
        try {
            service.delete(id);
        } catch (DomainException e) {
            if (e.status().value() != 409) {
                throw e;
            }
            by.egov.academy.platform.Flash.error(redirect, e);
            return "redirect:/directory/officials/" + id;
        }
        redirect.addFlashAttribute("flash", "official.deleted");
        return "redirect:/directory/organisations/" + o.organisationId();
    }

    private String form(Model model, Official existing) {
        model.addAttribute("official", existing);
        model.addAttribute("leaderships", Leadership.values());
        model.addAttribute("organisations", organisations.allInScope(access.readScope()));
        return "directory/official-form";
    }
}

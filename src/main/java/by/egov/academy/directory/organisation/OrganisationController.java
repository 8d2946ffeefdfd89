package by.egov.academy.directory.organisation;

import java.util.List;
import java.util.Locale;

import by.egov.academy.directory.access.DirectoryAccess;
import by.egov.academy.directory.official.OfficialRepository;
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
@RequestMapping("/directory/organisations")
class OrganisationController {

    static final int PAGE_SIZE = 50;

    private final OrganisationService service;
    private final OrganisationRepository organisations;
    private final OfficialRepository officials;
    private final TerritoryRepository territories;
    private final TerritoryOptions territoryOptions;
    private final DirectoryAccess access;

    OrganisationController(OrganisationService service, OrganisationRepository organisations,
                           OfficialRepository officials, TerritoryRepository territories,
                           TerritoryOptions territoryOptions, DirectoryAccess access) {
        this.service = service;
        this.organisations = organisations;
        this.officials = officials;
        this.territories = territories;
        this.territoryOptions = territoryOptions;
        this.access = access;
    }

    /** The full page, or only the result table when htmx asks for it while the user types. */
    @GetMapping
    String list(@RequestParam(required = false) String q,
                @RequestParam(required = false) OrganisationCategory category,
                @RequestParam(required = false) Long territory,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                Model model, Locale locale) {
        var scope = access.readScope();
        List<Long> territoryIds = territory == null ? null : territories.subtreeIds(territory);
        var filter = new OrganisationRepository.Filter(q, category, territoryIds);
        int safePage = by.egov.academy.platform.PageJson.page(page);
        model.addAttribute("organisations", organisations.search(filter, scope, PAGE_SIZE, safePage * PAGE_SIZE));
        long total = organisations.count(filter, scope);
        model.addAttribute("total", total);
        model.addAttribute("page", safePage);
        model.addAttribute("pages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("territory", territory);
        model.addAttribute("categories", OrganisationCategory.values());
        model.addAttribute("territoryGroups", territoryOptions.groups(scope, locale));
        model.addAttribute("canWrite", access.canWriteAnything());
        return htmx != null ? "directory/organisations :: results" : "directory/organisations";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Organisation o = service.get(id);
        model.addAttribute("organisation", o);
        model.addAttribute("officials", officials.byOrganisation(id));
        model.addAttribute("canWrite", access.canWrite(o.territoryId()));
        return "directory/organisation";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long territory, Model model, Locale locale) {
        if (!access.canWriteAnything()) {
            throw new org.springframework.security.access.AccessDeniedException("read-only role");
        }
        model.addAttribute("command", new OrganisationCommand("", "", "", null, territory, ""));
        return form(model, locale, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("command") OrganisationCommand command, BindingResult errors,
                  Model model, Locale locale, RedirectAttributes redirect) {
        errors = FormBinding.rebind(command, errors, model);
        if (errors.hasErrors()) {
            return form(model, locale, null);
        }
        try {
            long id = service.create(command);
            redirect.addFlashAttribute("flash", "organisation.created");
            return "redirect:/directory/organisations/" + id;
        } catch (DomainException e) {
            if (e.field() == null) {
                throw e;
            }
            errors.rejectValue(e.field(), e.messageCode(), e.args(), e.messageCode());
            return form(model, locale, null);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        Organisation o = service.get(id);
        access.checkWrite(o.territoryId());
        model.addAttribute("command", OrganisationCommand.of(o));
        return form(model, locale, o);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("command") OrganisationCommand command,
                  BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        errors = FormBinding.rebind(command, errors, model);
        Organisation o = service.get(id);
        if (errors.hasErrors()) {
            return form(model, locale, o);
        }
        try {
            service.update(id, command);
            redirect.addFlashAttribute("flash", "organisation.saved");
            return "redirect:/directory/organisations/" + id;
        } catch (DomainException e) {
            if (e.field() == null) {
                throw e;
            }
            errors.rejectValue(e.field(), e.messageCode(), e.args(), e.messageCode());
            return form(model, locale, o);
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, jakarta.servlet.http.HttpServletRequest request, Model model, Locale locale,
                  RedirectAttributes redirect) {
        if (!by.egov.academy.platform.Confirmation.given(request)) {
            Organisation o = service.deletable(id);
            return by.egov.academy.platform.Confirmation.ask(model, request, "confirm.organisation.title", o.name(locale), "/directory/organisations/" + id,
                    new by.egov.academy.platform.Confirmation.Line(o.officialCount() == 0 ? "confirm.organisation.consequence" : "confirm.organisation.refused",
                            o.officialCount()),
                    new by.egov.academy.platform.Confirmation.Line("confirm.irreversible"));
        }
        try {
            service.delete(id);
        } catch (DomainException e) {
            if (e.status().value() != 409) {
                throw e;
            }
            by.egov.academy.platform.Flash.error(redirect, e);
            return "redirect:/directory/organisations/" + id;
        }
        redirect.addFlashAttribute("flash", "organisation.deleted");
        return "redirect:/directory/organisations";
    }

    private String form(Model model, Locale locale, Organisation existing) {
        model.addAttribute("organisation", existing);
        model.addAttribute("categories", OrganisationCategory.values());
        // a site operator never reaches a form (canWrite), so the read scope is the write scope here
        model.addAttribute("territoryGroups", territoryOptions.groups(access.readScope(), locale));
        return "directory/organisation-form";
    }
}

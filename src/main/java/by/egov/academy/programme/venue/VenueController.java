package by.egov.academy.programme.venue;

import java.util.List;
import java.util.Locale;

import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.Flash;
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

/**
 * The venue pages: the list with search and a territory filter, a new venue, one venue's form with retire and
 * delete. ({@code POST /manage/venues} itself is still the seminar page's quick add.)
 */
@Controller
@RequestMapping("/manage/venues")
class VenueController {

    private final VenueService service;
    private final VenueTerritories territories;
    private final by.egov.academy.directory.Directory directory;

    VenueController(VenueService service, VenueTerritories territories, by.egov.academy.directory.Directory directory) {
        this.service = service;
        this.territories = territories;
        this.directory = directory;
    }

    /** The full page, or only the results when htmx asks while the user types. */
    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long territory,
                @RequestParam(defaultValue = "false") boolean retired, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        int safePage = by.egov.academy.platform.PageJson.page(page);
        var filter = new VenueRepository.Filter(q, territory == null ? null : directory.subtree(territory), retired);
        model.addAttribute("venues", service.search(filter, safePage));
        long total = service.count(filter);
        model.addAttribute("total", total);
        model.addAttribute("page", safePage);
        model.addAttribute("pages", (total + VenueService.PAGE_SIZE - 1) / VenueService.PAGE_SIZE);
        model.addAttribute("q", q);
        model.addAttribute("territory", territory);
        model.addAttribute("retired", retired);
        model.addAttribute("territoryGroups", territories.groups(null, locale));
        return htmx != null ? "programme/venue/venues :: results" : "programme/venue/venues";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long territory, Model model, Locale locale) {
        service.checkRead();
        model.addAttribute("command", VenueCommand.empty(territory == null ? service.coordinatorRegion() : territory));
        return form(model, locale, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("command") VenueCommand command, BindingResult errors, Model model, Locale locale,
                  RedirectAttributes redirect) {
        errors = FormBinding.rebind(command, errors, model);
        service.checkRead();
        if ((command.nameRu() == null || command.nameRu().isBlank()) && !errors.hasFieldErrors("nameRu")) {
            errors.rejectValue("nameRu", "venue.nameRu.required", "venue.nameRu.required"); // with the other errors at once
        }
        if (!errors.hasErrors()) {
            try {
                long id = service.create(command);
                redirect.addFlashAttribute("flash", "venue.created");
                return "redirect:/manage/venues/" + id;
            } catch (DomainException e) {
                reject(errors, e);
            }
        }
        return form(model, locale, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model, Locale locale) {
        Venue v = service.writable(id);
        if (!model.containsAttribute("command")) {
            model.addAttribute("command", VenueCommand.of(v));
        }
        return form(model, locale, v);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("command") VenueCommand command, BindingResult errors,
                  Model model, Locale locale, RedirectAttributes redirect) {
        errors = FormBinding.rebind(command, errors, model);
        Venue v = service.writable(id);
        if (!errors.hasErrors()) {
            try {
                service.update(id, command);
                redirect.addFlashAttribute("flash", "venue.saved");
                return "redirect:/manage/venues/" + id;
            } catch (DomainException e) {
                reject(errors, e);
            }
        }
        return form(model, locale, v);
    }

    @PostMapping("/{id}/retire")
    String retire(@PathVariable long id, jakarta.servlet.http.HttpServletRequest request,
                  Model model, Locale locale, RedirectAttributes redirect) {
        if (!by.egov.academy.platform.Confirmation.given(request)) {
            Venue v = service.writable(id);
            return by.egov.academy.platform.Confirmation.ask(model, request, "confirm.venue.retire.title", v.name(locale), "/manage/venues/" + id,
                    new by.egov.academy.platform.Confirmation.Line("confirm.venue.retire.consequence", v.seminarCount()),
                    new by.egov.academy.platform.Confirmation.Line("confirm.reversible"));
        }
        service.retire(id);
        redirect.addFlashAttribute("flash", "venue.retiredDone");
        return "redirect:/manage/venues/" + id;
    }

    @PostMapping("/{id}/unretire")
    String unretire(@PathVariable long id, RedirectAttributes redirect) {
        service.unretire(id);
        redirect.addFlashAttribute("flash", "venue.unretired");
        return "redirect:/manage/venues/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, jakarta.servlet.http.HttpServletRequest request,
                  Model model, Locale locale, RedirectAttributes redirect) {
        if (!by.egov.academy.platform.Confirmation.given(request)) {
            Venue v = service.writable(id);
            return by.egov.academy.platform.Confirmation.ask(model, request, "confirm.venue.delete.title", v.name(locale), "/manage/venues/" + id,
                    new by.egov.academy.platform.Confirmation.Line(v.seminarCount() == 0 ? "confirm.venue.delete.consequence" : "confirm.inUse.seminars",
                            v.seminarCount()),
                    new by.egov.academy.platform.Confirmation.Line("confirm.irreversible"));
        }
        try {
            service.delete(id);
        } catch (DomainException e) {
            if (e.status().value() != 409) {
                throw e;
            }
            Flash.error(redirect, e);
            return "redirect:/manage/venues/" + id;
        }
        redirect.addFlashAttribute("flash", "venue.deleted");
        return "redirect:/manage/venues";
    }

    /** The host organisation choices, for the form's search box (htmx swaps the select's options). */
    @GetMapping("/organisations")
    String hosts(@RequestParam(required = false) Long territoryId, @RequestParam(required = false) String hostQuery,
                 @RequestParam(required = false) Long hostOrganisationId, Model model, Locale locale) {
        model.addAttribute("hosts", hostChoices(territoryId, hostQuery, hostOrganisationId, locale));
        model.addAttribute("selectedHost", hostOrganisationId);
        return "programme/venue/venue-form :: hostOptions";
    }

    private List<by.egov.academy.directory.OrganisationRef> hostChoices(Long territoryId, String q, Long selected,
                                                                         Locale locale) {
        List<by.egov.academy.directory.OrganisationRef> found = new java.util.ArrayList<>(service.hosts(territoryId, q, locale));
        // the current host stays a choice whatever the search shows, so saving never drops it unseen
        if (selected != null && found.stream().noneMatch(o -> o.id() == selected)) {
            directory.organisation(selected).ifPresent(o -> found.add(0, o));
        }
        return found;
    }

    private String form(Model model, Locale locale, Venue existing) {
        VenueCommand c = (VenueCommand) model.getAttribute("command");
        model.addAttribute("venue", existing);
        model.addAttribute("territoryGroups", territories.groups(service.isOffice() ? null : service.coordinatorRegion(), locale));
        model.addAttribute("hosts", hostChoices(c == null ? null : c.territoryId(), null,
                c == null ? null : c.hostOrganisationId(), locale));
        model.addAttribute("selectedHost", c == null ? null : c.hostOrganisationId());
        return "programme/venue/venue-form";
    }

    private static void reject(BindingResult errors, DomainException e) {
        if (e.field() != null && !e.field().isEmpty()) {
            errors.rejectValue(e.field(), e.messageCode(), e.args(), e.messageCode());
        } else {
            errors.reject(e.messageCode(), e.args(), e.messageCode());
        }
    }
}

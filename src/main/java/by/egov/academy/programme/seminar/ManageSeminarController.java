package by.egov.academy.programme.seminar;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import by.egov.academy.directory.Directory;
import by.egov.academy.directory.TerritoryRef;
import by.egov.academy.platform.Confirmation;
import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.FormBinding;
import by.egov.academy.programme.SeminarStatus;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisers' pages: a cycle's seminars, and one seminar with its agenda, sites and status. */
@Controller
class ManageSeminarController {

    private final SeminarService service;
    private final org.springframework.context.MessageSource messages;
    private final by.egov.academy.programme.venue.VenueCatalog venueCatalog;
    private final by.egov.academy.programme.topic.TopicCatalog topicCatalog;
    private final by.egov.academy.programme.expert.ExpertCatalog expertCatalog;
    private final AgendaService agendaService;
    private final SeminarRepository repository;
    private final AgendaRepository agenda;
    private final SeminarViews views;
    private final ProgrammeAccess access;
    private final Directory directory;
    private final by.egov.academy.programme.material.MaterialService materials;

    ManageSeminarController(org.springframework.context.MessageSource messages, by.egov.academy.programme.venue.VenueCatalog venueCatalog,
                            by.egov.academy.programme.topic.TopicCatalog topicCatalog,
                            by.egov.academy.programme.expert.ExpertCatalog expertCatalog, AgendaService agendaService, SeminarService service, AgendaRepository agenda, SeminarRepository repository, SeminarViews views,
                            ProgrammeAccess access, Directory directory,
                            by.egov.academy.programme.material.MaterialService materials) {
        this.materials = materials;
        this.service = service;
        this.messages = messages;
        this.venueCatalog = venueCatalog;
        this.topicCatalog = topicCatalog;
        this.expertCatalog = expertCatalog;
        this.agendaService = agendaService;
        this.repository = repository;
        this.agenda = agenda;
        this.views = views;
        this.access = access;
        this.directory = directory;
    }

    @GetMapping("/manage/cycles/{id}")
    String cycle(@PathVariable long id, Model model) {
        var cycle = repository.cycle(id).orElseThrow(() -> DomainException.notFound("cycle.notFound", id));
        if (!access.isProgrammeOffice() && !access.isCoordinator()) {
            throw new org.springframework.security.access.AccessDeniedException("organisers only");
        }
        if (!model.containsAttribute("command")) {
            model.addAttribute("command", new SeminarCommand(id, null, "", "", "", null, null, null, null, "", "", ""));
        }
        return cyclePage(cycle, model);
    }

    private String cyclePage(SeminarRepository.Cycle cycle, Model model) {
        var seminars = repository.seminarsOfCycle(cycle.id()).stream()
                .filter(s -> s.isPublic() || access.canManageHost(s.hostTerritoryId())).toList();
        model.addAttribute("cycle", cycle);
        model.addAttribute("seminars", seminars);
        model.addAttribute("hosts", regions());
        model.addAttribute("hostGroups", hostGroups());
        model.addAttribute("kinds", by.egov.academy.programme.SeminarKind.values());
        model.addAttribute("levels", by.egov.academy.programme.SeminarLevel.values());
        model.addAttribute("regionsById", seminars.stream().map(Seminar::hostTerritoryId).distinct()
                .map(directory::territory).flatMap(java.util.Optional::stream)
                .collect(java.util.stream.Collectors.toMap(TerritoryRef::id, t -> t)));
        model.addAttribute("manageable", seminars.stream().filter(s -> access.canManageHost(s.hostTerritoryId()))
                .map(Seminar::id).toList());
        model.addAttribute("venues", repository.venues());
        return "programme/manage-cycle";
    }

    private List<TerritoryRef> regions() {
        return directory.regions().stream().filter(t -> access.canManageHost(t.id())).toList();
    }

    @PostMapping("/manage/seminars")
    String create(@Valid @ModelAttribute("command") SeminarCommand command, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        errors = FormBinding.rebind(command, errors, model);
        var cycle = command.cycleId() == null ? null : repository.cycle(command.cycleId()).orElse(null);
        if (!errors.hasErrors()) {
            try {
                long id = service.create(command);
                redirect.addFlashAttribute("flash", "seminar.created");
                return "redirect:/manage/seminars/" + id;
            } catch (DomainException e) {
                reject(errors, e);
            }
        }
        if (cycle == null) {
            return newSeminarPage(model);
        }
        return cyclePage(cycle, model);
    }

    @GetMapping("/manage/seminars/{id}")
    String seminar(@PathVariable long id, @RequestParam(required = false) String orgq, Model model) {
        SeminarView view = views.of(id);
        model.addAttribute("orgq", orgq == null ? "" : orgq);
        model.addAttribute("organisationMatches", orgq == null || orgq.isBlank() ? List.of()
                : directory.searchOrganisations(orgq, 20).stream()
                .filter(o -> view.organisers().stream().noneMatch(x -> x.organisationId() == o.id())).toList());
        access.checkManageHost(view.seminar().hostTerritoryId());
        if (!model.containsAttribute("command")) {
            model.addAttribute("command", SeminarCommand.of(view.seminar()));
        }
        if (!model.containsAttribute("talkCommand")) {
            LocalDateTime start = view.seminar().start() == null ? null : view.seminar().start().toLocalDateTime();
            model.addAttribute("talkCommand", new TalkCommand("TALK", "", "", "", start, start == null ? null
                    : start.plusMinutes(30), List.of(), List.of()));
        }
        return seminarPage(view, model);
    }

    private String seminarPage(SeminarView view, Model model) {
        Seminar s = view.seminar();
        model.addAttribute("view", view);
        model.addAttribute("materials", materials.ofSeminar(s.id()));
        model.addAttribute("nextStatuses", s.status().next());
        model.addAttribute("history", repository.statusChanges(s.id()));
        model.addAttribute("hostGroups", hostGroups());
        model.addAttribute("kinds", by.egov.academy.programme.SeminarKind.values());
        model.addAttribute("levels", by.egov.academy.programme.SeminarLevel.values());
        model.addAttribute("roles", by.egov.academy.programme.OrganiserRole.values());
        model.addAttribute("venues", venuesFor(view));
        model.addAttribute("venueOutsideHost", view.venuePlace() != null
                && !directory.subtree(view.host().id()).contains(view.venuePlace().id()));
        model.addAttribute("missingTranslations", MissingTranslations.of(view));
        model.addAttribute("experts", expertCatalog.searchActive("", 30));
        model.addAttribute("topics", topicCatalog.forNewTalks());
        model.addAttribute("districts", directory.districtsOf(view.host().regionId()));
        model.addAttribute("otherSeminars", repository.search(new SeminarRepository.SeminarFilter(null, null, null,
                null, null, false), 200, 0).stream().filter(o -> o.id() != s.id() && o.startsAt() != null
                        && (o.isPublic() || access.canManageHost(o.hostTerritoryId())))
                .map(o -> new SeminarChoice(o.id(), o.ordinal(), directory.territory(o.hostTerritoryId())
                        .orElseThrow(), o.start().toLocalDate(), o))
                .toList());
        return "programme/manage-seminar";
    }

    /** A seminar offered in "copy agenda from": named by its ordinal, host and date, not only its (common) title. */
    record SeminarChoice(long id, Integer ordinal, TerritoryRef host, java.time.LocalDate date, Seminar seminar) {
    }

    /** Where a seminar may be hosted: each manageable region with its cities and districts under it. */
    record HostGroup(TerritoryRef region, List<TerritoryRef> places) {
    }

    private List<HostGroup> hostGroups() {
        return regions().stream().map(r -> {
            List<TerritoryRef> places = new java.util.ArrayList<>();
            places.add(r);
            places.addAll(directory.citiesOf(r.id()));
            places.addAll(directory.districtsOf(r.id()));
            return new HostGroup(r, places);
        }).toList();
    }

    /** The host region's venues first, then the others; the seminar's own venue stays offered even once retired. */
    private List<by.egov.academy.programme.venue.Venue> venuesFor(SeminarView view) {
        List<by.egov.academy.programme.venue.Venue> venues = new java.util.ArrayList<>(venueCatalog.pickFor(view.host().id(), null));
        if (view.venue() != null && venues.stream().noneMatch(v -> v.id() == view.venue().id())) {
            venueCatalog.find(view.venue().id()).ifPresent(v -> venues.add(0, v));
        }
        return venues;
    }

    /** A new event outside (or inside) a cycle, of any kind and level. */
    @GetMapping("/manage/seminars/new")
    String newSeminar(@RequestParam(required = false) Long cycleId, Model model) {
        if (!access.isProgrammeOffice() && !access.isCoordinator()) {
            throw new org.springframework.security.access.AccessDeniedException("organisers only");
        }
        if (!model.containsAttribute("command")) {
            model.addAttribute("command", new SeminarCommand(cycleId, null, "", "", "", null, null, null, null, "", "", ""));
        }
        return newSeminarPage(model);
    }

    private String newSeminarPage(Model model) {
        model.addAttribute("hostGroups", hostGroups());
        model.addAttribute("kinds", by.egov.academy.programme.SeminarKind.values());
        model.addAttribute("levels", by.egov.academy.programme.SeminarLevel.values());
        model.addAttribute("cycles", repository.cyclesOfAll().stream().filter(c -> !c.closed()).toList());
        model.addAttribute("programmes", repository.programmes());
        model.addAttribute("venues", regions().stream().findFirst()
                .map(r -> venueCatalog.pickFor(r.id(), null)).orElse(List.of()));
        return "programme/new-seminar";
    }

    @PostMapping("/manage/seminars/{id}/organisers")
    String addOrganiser(@PathVariable long id, @RequestParam(required = false) Long organisationId,
                        @RequestParam(required = false) by.egov.academy.programme.OrganiserRole role,
                        RedirectAttributes redirect) {
        return act(id, redirect, "organiser.added", "#organisers", () -> service.addOrganiser(id, organisationId,
                role == null ? by.egov.academy.programme.OrganiserRole.PARTNER : role));
    }

    @PostMapping("/manage/seminars/{id}/organisers/{organisationId}/role")
    String organiserRole(@PathVariable long id, @PathVariable long organisationId,
                         @RequestParam(required = false) by.egov.academy.programme.OrganiserRole role,
                         RedirectAttributes redirect) {
        return act(id, redirect, "organiser.saved", "#organisers", () -> {
            if (role == null) {
                throw DomainException.invalid("NotNull", "role");
            }
            service.changeOrganiserRole(id, organisationId, role);
        });
    }

    @PostMapping("/manage/seminars/{id}/organisers/{organisationId}/move")
    String moveOrganiser(@PathVariable long id, @PathVariable long organisationId,
                         @RequestParam(defaultValue = "true") boolean up, RedirectAttributes redirect) {
        return act(id, redirect, "organiser.saved", "#organisers", () -> service.moveOrganiser(id, organisationId, up));
    }

    @PostMapping("/manage/seminars/{id}/organisers/{organisationId}/delete")
    String removeOrganiser(@PathVariable long id, @PathVariable long organisationId,
                           jakarta.servlet.http.HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (!Confirmation.given(request)) {
            SeminarView v = views.of(id);
            access.checkManageHost(v.seminar().hostTerritoryId());
            Locale l = LocaleContextHolder.getLocale();
            String name = v.organisers().stream().filter(o -> o.organisationId() == organisationId).findFirst()
                    .map(o -> o.name(l)).orElseThrow(() -> DomainException.notFound("organisation.notFound", organisationId));
            return Confirmation.ask(model, request, "confirm.organiser.title", name, "/manage/seminars/" + id + "#organisers",
                    new Confirmation.Line("confirm.organiser.consequence", v.seminar().title(l)));
        }
        return act(id, redirect, "organiser.removed", "#organisers", () -> service.removeOrganiser(id, organisationId));
    }

    @PostMapping("/manage/seminars/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("command") SeminarCommand command, BindingResult errors,
                  @RequestParam(defaultValue = "false") boolean confirmed, jakarta.servlet.http.HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        errors = FormBinding.rebind(command, errors, model);
        if (!errors.hasErrors() && !confirmed && movesForPeople(service.get(id), command)) {
            return confirm(id, List.of(messages.getMessage("notice.kind.DETAILS", null, LocaleContextHolder.getLocale())),
                    "/manage/seminars/" + id, request, model);
        }
        if (!errors.hasErrors()) {
            try {
                service.update(id, command);
                redirect.addFlashAttribute("flash", "seminar.saved");
                return "redirect:/manage/seminars/" + id;
            } catch (DomainException e) {
                reject(errors, e);
            }
        }
        return seminar(id, null, model);
    }

    @PostMapping("/manage/seminars/{id}/status")
    String status(@PathVariable long id, @RequestParam SeminarStatus status, jakarta.servlet.http.HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        if (status == SeminarStatus.CANCELLED && !Confirmation.given(request)) {
            return cancel(id, model); // cancelling tells everyone invited: never without the confirmation page
        }
        return act(id, redirect, "seminar.statusChanged", () -> service.changeStatus(id, status));
    }

    /** Cancelling is one click away from mails to everyone invited: it says who will be told first. */
    @GetMapping("/manage/seminars/{id}/cancel")
    String cancel(@PathVariable long id, Model model) {
        access.checkManageHost(service.get(id).hostTerritoryId());
        return confirm(id, List.of(messages.getMessage("notice.kind.CANCEL", null, LocaleContextHolder.getLocale())),
                "/manage/seminars/" + id + "/status", List.<String[]>of(new String[]{"status", "CANCELLED"}), model);
    }

    @GetMapping("/manage/seminars/{id}/restore")
    String restoreConfirm(@PathVariable long id, Model model) {
        access.checkManageHost(service.get(id).hostTerritoryId());
        return confirm(id, List.of(messages.getMessage("seminar.restore", null, LocaleContextHolder.getLocale())),
                "/manage/seminars/" + id + "/restore", List.of(), model);
    }

    @PostMapping("/manage/seminars/{id}/restore")
    String restore(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "seminar.restored", () -> service.restore(id));
    }

    /**
     * Whether saving the details would move the seminar, change its venue or take it online after it was announced
     * (when invitations may have gone out): then the organiser confirms first, seeing who will be told.
     */
    private static boolean movesForPeople(Seminar s, SeminarCommand c) {
        if (!s.everAnnounced()) {
            return false;
        }
        return !java.util.Objects.equals(s.startsAt(), c.startsAt()) || !java.util.Objects.equals(s.endsAt(), c.endsAt())
                || !java.util.Objects.equals(s.venueId(), c.venueId())
                || (c.kind() != null && c.kind().online() && !s.kindEnum().online());
    }

    private String confirm(long id, List<String> changes, String action, jakarta.servlet.http.HttpServletRequest request,
                           Model model) {
        List<String[]> params = new java.util.ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_csrf") && !name.equals("confirmed")) {
                for (String v : values) {
                    params.add(new String[]{name, v});
                }
            }
        });
        return confirm(id, changes, action, params, model);
    }

    private String confirm(long id, List<String> changes, String action, List<String[]> params, Model model) {
        model.addAttribute("view", views.of(id));
        model.addAttribute("changes", changes);
        model.addAttribute("reach", service.reach(id));
        model.addAttribute("action", action);
        model.addAttribute("params", params);
        return "programme/confirm-change";
    }

    @PostMapping("/manage/seminars/{id}/talks")
    String addTalk(@PathVariable long id, @Valid @ModelAttribute("talkCommand") TalkCommand talk, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        errors = FormBinding.rebind(talk, errors, model);
        if (!errors.hasErrors()) {
            try {
                agendaService.addTalk(id, talk);
                redirect.addFlashAttribute("flash", "talk.added");
                return "redirect:/manage/seminars/" + id + "#agenda";
            } catch (DomainException e) {
                reject(errors, e);
            }
        }
        return seminar(id, null, model);
    }

    @PostMapping("/manage/seminars/{id}/move")
    String move(@PathVariable long id,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
                @RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
        Seminar s = service.get(id);
        if (!confirmed && start != null && s.everAnnounced()) {
            access.checkManageHost(s.hostTerritoryId());
            return confirm(id, List.of(messages.getMessage("notice.kind.MOVE",
                            new Object[]{start.toString().replace('T', ' ')}, LocaleContextHolder.getLocale())),
                    "/manage/seminars/" + id + "/move", List.<String[]>of(new String[]{"start", start.toString()}), model);
        }
        return act(id, redirect, "seminar.moved", () -> service.move(id, start));
    }

    @PostMapping("/manage/seminars/{id}/outcome")
    String outcome(@PathVariable long id, @RequestParam(required = false) String outcomeRu,
                   @RequestParam(required = false) String outcomeBe, @RequestParam(required = false) String outcomeEn,
                   RedirectAttributes redirect) {
        return act(id, redirect, "seminar.saved", "#outcome",
                () -> service.recordOutcome(id, outcomeRu, outcomeBe, outcomeEn));
    }

    @PostMapping("/manage/seminars/{id}/delete")
    String delete(@PathVariable long id, jakarta.servlet.http.HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        Seminar s = service.get(id);
        if (!Confirmation.given(request)) {
            access.checkManageHost(s.hostTerritoryId());
            SeminarView v = views.of(id);
            return Confirmation.ask(model, request, "confirm.seminar.title", s.title(LocaleContextHolder.getLocale()),
                    "/manage/seminars/" + id,
                    new Confirmation.Line("confirm.seminar.consequence", v.talks().size(), v.remoteSites().size(),
                            materials.ofSeminar(id).size()),
                    new Confirmation.Line("confirm.seminar.invitations", service.reach(id).invitees()),
                    new Confirmation.Line("confirm.irreversible"));
        }
        try {
            service.delete(id);
        } catch (DomainException e) {
            by.egov.academy.platform.Flash.error(redirect, e);
            return "redirect:/manage/seminars/" + id;
        }
        redirect.addFlashAttribute("flash", "seminar.deleted");
        return s.cycleId() == null ? "redirect:/programme" : "redirect:/manage/cycles/" + s.cycleId();
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        return SeminarActions.act(id, redirect, done, "", action);
    }

    private String act(long id, RedirectAttributes redirect, String done, String anchor, Runnable action) {
        return SeminarActions.act(id, redirect, done, anchor, action);
    }

    private static void reject(BindingResult errors, DomainException e) {
        try {
            if (e.field() != null && !e.field().isEmpty()) {
                errors.rejectValue(e.field(), e.messageCode(), e.args(), e.messageCode());
                return;
            }
        } catch (RuntimeException notAFieldOfThisForm) {
            // the refusal concerns something else (a status, another seminar): say it for the whole form
        }
        errors.reject(e.messageCode(), e.args(), e.messageCode());
    }
}

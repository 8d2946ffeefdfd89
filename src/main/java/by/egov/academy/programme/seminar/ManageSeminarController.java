package by.egov.academy.programme.seminar;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import by.egov.academy.directory.Directory;
import by.egov.academy.directory.TerritoryRef;
import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.FormBinding;
import by.egov.academy.programme.SeminarStatus;
import jakarta.validation.Valid;
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
    private final ProgrammeRepository repository;
    private final SeminarViews views;
    private final ProgrammeAccess access;
    private final Directory directory;
    private final by.egov.academy.programme.material.MaterialService materials;

    ManageSeminarController(SeminarService service, ProgrammeRepository repository, SeminarViews views,
                            ProgrammeAccess access, Directory directory,
                            by.egov.academy.programme.material.MaterialService materials) {
        this.materials = materials;
        this.service = service;
        this.repository = repository;
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

    private String cyclePage(ProgrammeRepository.Cycle cycle, Model model) {
        var seminars = repository.seminarsOfCycle(cycle.id()).stream()
                .filter(s -> s.isPublic() || access.canManageHost(s.hostTerritoryId())).toList();
        model.addAttribute("cycle", cycle);
        model.addAttribute("seminars", seminars);
        model.addAttribute("hosts", regions());
        model.addAttribute("regionsById", directory.regions().stream()
                .collect(java.util.stream.Collectors.toMap(TerritoryRef::id, t -> t)));
        model.addAttribute("manageable", seminars.stream().filter(s -> access.canManageHost(s.hostTerritoryId()))
                .map(Seminar::id).toList());
        model.addAttribute("venues", repository.venues());
        return "programme/manage-cycle";
    }

    private List<TerritoryRef> regions() {
        return directory.regions().stream().filter(t -> access.canManageHost(t.id())).toList();
    }

    @PostMapping("/manage/cycles")
    String createCycle(@RequestParam(required = false) String titleRu, RedirectAttributes redirect) {
        access.checkProgrammeOffice();
        if (titleRu == null || titleRu.isBlank() || titleRu.length() > 500) {
            by.egov.academy.platform.Flash.error(redirect, "NotBlank");
            return "redirect:/programme";
        }
        long programme = repository.programmes().stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("programme.notFound")).id();
        long id = repository.insertCycle(programme, titleRu.strip(), null, null);
        redirect.addFlashAttribute("flash", "cycle.created");
        return "redirect:/manage/cycles/" + id;
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
            throw DomainException.notFound("cycle.notFound", command.cycleId());
        }
        return cyclePage(cycle, model);
    }

    @GetMapping("/manage/seminars/{id}")
    String seminar(@PathVariable long id, Model model) {
        SeminarView view = views.of(id);
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
        model.addAttribute("view", view);
        model.addAttribute("materials", materials.ofSeminar(view.seminar().id()));
        model.addAttribute("nextStatuses", view.seminar().status().next());
        model.addAttribute("history", repository.statusChanges(view.seminar().id()));
        model.addAttribute("hosts", regions());
        model.addAttribute("venues", repository.venues());
        model.addAttribute("experts", repository.experts());
        model.addAttribute("topics", repository.topics());
        model.addAttribute("districts", directory.districtsOf(view.host().id()));
        model.addAttribute("cities", directory.citiesOf(view.host().id()));
        model.addAttribute("otherSeminars", repository.search(new ProgrammeRepository.SeminarFilter(null, null, null,
                null, null, false), 200, 0).stream().filter(s -> s.id() != view.seminar().id() && s.startsAt() != null
                        && (s.isPublic() || access.canManageHost(s.hostTerritoryId())))
                .toList());
        return "programme/manage-seminar";
    }

    @PostMapping("/manage/seminars/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("command") SeminarCommand command, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        errors = FormBinding.rebind(command, errors, model);
        if (!errors.hasErrors()) {
            try {
                service.update(id, command);
                redirect.addFlashAttribute("flash", "seminar.saved");
                return "redirect:/manage/seminars/" + id;
            } catch (DomainException e) {
                reject(errors, e);
            }
        }
        return seminar(id, model);
    }

    @PostMapping("/manage/seminars/{id}/status")
    String status(@PathVariable long id, @RequestParam SeminarStatus status, RedirectAttributes redirect) {
        return act(id, redirect, "seminar.statusChanged", () -> service.changeStatus(id, status));
    }

    @PostMapping("/manage/seminars/{id}/talks")
    String addTalk(@PathVariable long id, @Valid @ModelAttribute("talkCommand") TalkCommand talk, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        errors = FormBinding.rebind(talk, errors, model);
        if (!errors.hasErrors()) {
            try {
                service.addTalk(id, talk);
                redirect.addFlashAttribute("flash", "talk.added");
                return "redirect:/manage/seminars/" + id + "#agenda";
            } catch (DomainException e) {
                reject(errors, e);
            }
        }
        return seminar(id, model);
    }

    @PostMapping("/manage/seminars/{id}/talks/{talkId}/delete")
    String deleteTalk(@PathVariable long id, @PathVariable long talkId, RedirectAttributes redirect) {
        return act(id, redirect, "talk.deleted", () -> service.deleteTalk(id, talkId));
    }

    @PostMapping("/manage/seminars/{id}/sites")
    String addSite(@PathVariable long id, @RequestParam long territoryId,
                   @RequestParam(required = false) String address, @RequestParam(required = false) String videoLink,
                   @RequestParam(required = false) Integer expectedAttendees, RedirectAttributes redirect) {
        return act(id, redirect, "site.added",
                () -> service.addRemoteSite(id, territoryId, address, videoLink, expectedAttendees));
    }

    @PostMapping("/manage/seminars/{id}/sites/all")
    String addAllSites(@PathVariable long id, @RequestParam(defaultValue = "false") boolean exceptVenueDistrict,
                       RedirectAttributes redirect) {
        try {
            int added = service.addAllDistricts(id, exceptVenueDistrict);
            redirect.addFlashAttribute("flash", "site.addedAll");
            redirect.addFlashAttribute("flashArgs", new Object[]{added});
        } catch (DomainException e) {
            by.egov.academy.platform.Flash.error(redirect, e);
        }
        return "redirect:/manage/seminars/" + id + "#sites";
    }

    @PostMapping("/manage/seminars/{id}/sites/{siteId}/capacity")
    String siteCapacity(@PathVariable long id, @PathVariable long siteId, @RequestParam(required = false) Integer capacity,
                        RedirectAttributes redirect) {
        return act(id, redirect, "site.capacitySaved", () -> service.setSiteCapacity(id, siteId, capacity));
    }

    @PostMapping("/manage/seminars/{id}/sites/{siteId}/delete")
    String deleteSite(@PathVariable long id, @PathVariable long siteId, RedirectAttributes redirect) {
        return act(id, redirect, "site.deleted", () -> service.deleteRemoteSite(id, siteId));
    }

    @PostMapping("/manage/seminars/{id}/move")
    String move(@PathVariable long id,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
                RedirectAttributes redirect) {
        return act(id, redirect, "seminar.moved", () -> service.move(id, start));
    }

    @PostMapping("/manage/seminars/{id}/copy-agenda")
    String copyAgenda(@PathVariable long id, @RequestParam long from, RedirectAttributes redirect) {
        return act(id, redirect, "seminar.agendaCopied", () -> service.copyAgenda(from, id));
    }

    @PostMapping("/manage/seminars/{id}/outcome")
    String outcome(@PathVariable long id, @RequestParam(required = false) String outcomeRu,
                   @RequestParam(required = false) String outcomeBe, @RequestParam(required = false) String outcomeEn,
                   RedirectAttributes redirect) {
        return act(id, redirect, "seminar.saved", () -> service.recordOutcome(id, outcomeRu, outcomeBe, outcomeEn));
    }

    @PostMapping("/manage/seminars/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        Seminar s = service.get(id);
        try {
            service.delete(id);
        } catch (DomainException e) {
            by.egov.academy.platform.Flash.error(redirect, e);
            return "redirect:/manage/seminars/" + id;
        }
        redirect.addFlashAttribute("flash", "seminar.deleted");
        return s.cycleId() == null ? "redirect:/programme" : "redirect:/manage/cycles/" + s.cycleId();
    }

    @PostMapping("/manage/venues")
    String addVenue(@RequestParam long seminarId, @RequestParam String nameRu, @RequestParam(required = false) String address,
                    @RequestParam long territoryId, RedirectAttributes redirect) {
        Seminar s = service.get(seminarId);
        access.checkManageHost(s.hostTerritoryId());
        if (nameRu == null || nameRu.isBlank() || nameRu.length() > 500) {
            by.egov.academy.platform.Flash.error(redirect, "venue.nameRequired");
            return "redirect:/manage/seminars/" + seminarId;
        }
        TerritoryRef place = directory.territory(territoryId).orElseThrow(() ->
                DomainException.invalid("territory.notFound", "territoryId", territoryId));
        TerritoryRef host = directory.territory(s.hostTerritoryId()).orElseThrow();
        if (place.regionId() != host.regionId()) {
            throw new org.springframework.security.access.AccessDeniedException("venue outside the seminar's region");
        }
        repository.insertVenue(nameRu.strip(), null, address == null || address.isBlank() ? null : address.strip(),
                place.id(), null, null);
        redirect.addFlashAttribute("flash", "venue.added");
        return "redirect:/manage/seminars/" + seminarId;
    }

    /** Expert's own page for a talk: titles only. */
    @GetMapping("/manage/talks/{talkId}")
    String talkForm(@PathVariable long talkId, Model model, Locale locale) {
        long seminarId = repository.talkSeminar(talkId).orElseThrow(() -> DomainException.notFound("talk.notFound", talkId));
        Seminar s = service.get(seminarId);
        if (!access.canEditTalk(s, talkId)) {
            throw new org.springframework.security.access.AccessDeniedException("not your talk");
        }
        model.addAttribute("talk", repository.talks(seminarId).stream().filter(t -> t.id() == talkId).findFirst().orElseThrow());
        model.addAttribute("seminar", s);
        model.addAttribute("materials", materials.ofSeminar(seminarId).stream()
                .filter(m -> m.talkId() != null && m.talkId() == talkId).toList());
        return "programme/talk";
    }

    @PostMapping("/manage/talks/{talkId}")
    String talkTitles(@PathVariable long talkId, @RequestParam(required = false) String titleRu,
                      @RequestParam(required = false) String titleBe, @RequestParam(required = false) String titleEn,
                      RedirectAttributes redirect) {
        try {
            service.updateTalkTitles(talkId, titleRu, titleBe, titleEn);
            redirect.addFlashAttribute("flash", "talk.saved");
        } catch (DomainException e) {
            by.egov.academy.platform.Flash.error(redirect, e);
        }
        return "redirect:/manage/talks/" + talkId;
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (DomainException e) {
            if (e.status().value() == 404 && e.messageCode().equals("seminar.notFound")) {
                throw e;
            }
            by.egov.academy.platform.Flash.error(redirect, e);
        }
        return "redirect:/manage/seminars/" + id;
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

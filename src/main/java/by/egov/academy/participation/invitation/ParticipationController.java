package by.egov.academy.participation.invitation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import by.egov.academy.directory.Directory;
import by.egov.academy.platform.DomainException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisers' participation pages: audience, invitation list, capacity, counts, check-in, site attendance. */
@Controller
class ParticipationController {

    private final AudienceService audience;
    private final RsvpService rsvp;
    private final AttendanceService attendance;
    private final InvitationRepository invitations;
    private final ParticipationAccess access;
    private final Directory directory;

    ParticipationController(AudienceService audience, RsvpService rsvp, AttendanceService attendance,
                            InvitationRepository invitations, ParticipationAccess access, Directory directory) {
        this.audience = audience;
        this.rsvp = rsvp;
        this.attendance = attendance;
        this.invitations = invitations;
        this.access = access;
        this.directory = directory;
    }

    @GetMapping("/manage/seminars/{id}/participation")
    String page(@PathVariable long id, Model model) {
        var seminar = access.manageable(id);
        List<Invitation> list = invitations.ofSeminar(id);
        model.addAttribute("seminar", seminar);
        model.addAttribute("rules", audience.rules(id));
        model.addAttribute("invitations", list);
        model.addAttribute("counts", attendance.counts(id));
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        Map<String, Integer> byOrganisation = new TreeMap<>(by.egov.academy.directory.TerritoryTree.collator(locale));
        Map<String, Integer> byTerritory = new TreeMap<>(by.egov.academy.directory.TerritoryTree.collator(locale));
        list.stream().filter(i -> !i.excluded() && !i.state().equals("CANCELLED")).forEach(i -> {
            byOrganisation.merge(i.organisationName(locale), 1, Integer::sum);
            byTerritory.merge(i.territoryName(locale), 1, Integer::sum);
        });
        model.addAttribute("byOrganisation", byOrganisation);
        model.addAttribute("byTerritory", byTerritory);
        model.addAttribute("categories", List.of("OBLAST_EXECUTIVE_COMMITTEE", "CITY_EXECUTIVE_COMMITTEE",
                "DISTRICT_EXECUTIVE_COMMITTEE", "CITY_DISTRICT_ADMINISTRATION", "HOUSING_UTILITIES", "MINISTRY",
                "PARTNER_IT_COMPANY", "RESEARCH_INSTITUTE", "OTHER"));
        model.addAttribute("scopes", AudienceService.SCOPES);
        model.addAttribute("positions", AudienceService.POSITIONS);
        model.addAttribute("cities", directory.citiesOf(seminar.hostTerritoryId()));
        model.addAttribute("capacity", rsvp.capacity(id));
        return "participation/manage";
    }

    private String back(long id) {
        return "redirect:/manage/seminars/" + id + "/participation";
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (DomainException e) {
            by.egov.academy.platform.Flash.error(redirect, e);
        }
        return back(id);
    }

    @PostMapping("/manage/seminars/{id}/participation/rules")
    String addRule(@PathVariable long id, @RequestParam(required = false) List<String> categories,
                   @RequestParam(required = false) String scope, @RequestParam(required = false) Long territoryId,
                   @RequestParam(required = false) String positions, RedirectAttributes redirect) {
        return act(id, redirect, "audience.ruleAdded", () -> {
            if (scope == null || scope.isBlank() || positions == null || positions.isBlank()) {
                throw DomainException.invalid("NotBlank", scope == null || scope.isBlank() ? "scope" : "positions");
            }
            audience.addRule(id, categories, scope,
                    "CITY".equals(scope) || "CITY_DISTRICTS".equals(scope) ? territoryId : null, positions);
        });
    }

    @PostMapping("/manage/seminars/{id}/participation/rules/{ruleId}/delete")
    String deleteRule(@PathVariable long id, @PathVariable long ruleId, RedirectAttributes redirect) {
        return act(id, redirect, "audience.ruleDeleted", () -> audience.deleteRule(id, ruleId));
    }

    @PostMapping("/manage/seminars/{id}/participation/expand")
    String expand(@PathVariable long id, RedirectAttributes redirect) {
        try {
            int[] r = audience.expand(id);
            redirect.addFlashAttribute("flash", "audience.expanded");
            redirect.addFlashAttribute("flashArgs", new Object[]{r[0], r[1]});
        } catch (DomainException e) {
            by.egov.academy.platform.Flash.error(redirect, e);
        }
        return back(id);
    }

    @PostMapping("/manage/seminars/{id}/participation/add")
    String add(@PathVariable long id, @RequestParam(required = false) Long officialId, RedirectAttributes redirect) {
        return act(id, redirect, "audience.added", () -> {
            if (officialId == null) {
                throw DomainException.invalid("NotNull", "officialId");
            }
            audience.addManually(id, officialId);
        });
    }

    @PostMapping("/manage/seminars/{id}/participation/invitations/{invitationId}/remove")
    String remove(@PathVariable long id, @PathVariable long invitationId, RedirectAttributes redirect) {
        return act(id, redirect, "audience.removed", () -> audience.remove(id, invitationId, rsvp));
    }

    @PostMapping("/manage/seminars/{id}/participation/invitations/{invitationId}/resend")
    String resend(@PathVariable long id, @PathVariable long invitationId, RedirectAttributes redirect) {
        return act(id, redirect, "audience.resent", () -> audience.resend(id, invitationId));
    }

    @PostMapping("/manage/seminars/{id}/participation/send")
    String send(@PathVariable long id, RedirectAttributes redirect) {
        try {
            int n = audience.send(id);
            redirect.addFlashAttribute("flash", "audience.sent");
            redirect.addFlashAttribute("flashArgs", new Object[]{n});
        } catch (DomainException e) {
            by.egov.academy.platform.Flash.error(redirect, e);
        }
        return back(id);
    }

    @PostMapping("/manage/seminars/{id}/participation/capacity")
    String capacity(@PathVariable long id, @RequestParam(required = false) Integer capacity, RedirectAttributes redirect) {
        return act(id, redirect, "capacity.saved", () -> {
            access.manageable(id);
            if (capacity == null) {
                throw DomainException.invalid("NotNull", "capacity");
            }
            rsvp.setCapacity(id, capacity);
        });
    }

    @GetMapping("/manage/seminars/{id}/check-in")
    String checkInPage(@PathVariable long id, Model model) {
        model.addAttribute("seminar", access.manageable(id));
        model.addAttribute("counts", attendance.counts(id));
        return "participation/check-in";
    }

    @PostMapping("/manage/seminars/{id}/check-in")
    String checkIn(@PathVariable long id, @RequestParam(required = false) String code, Model model,
                   jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("seminar", access.manageable(id));
        try {
            model.addAttribute("result", attendance.checkIn(id, code));
        } catch (DomainException e) {
            response.setStatus(e.status().value());
            model.addAttribute("checkInError", e.messageCode());
            model.addAttribute("typed", code);
        }
        model.addAttribute("counts", attendance.counts(id));
        return "participation/check-in";
    }

    static final String[] HEADER = {"ФИО", "Должность", "Организация", "Территория", "E-mail", "Состояние",
            "Место", "Присутствовал"};

    private List<String[]> rows(long id) {
        access.manageable(id);
        return invitations.ofSeminar(id).stream().filter(i -> !i.excluded()).map(i -> new String[]{
                i.fullName(), i.position(), i.organisationNameRu(), i.territoryNameRu(), i.email(), i.state(),
                i.seatNo() != null ? "seat " + i.seatNo() : i.remoteSiteId() != null ? "site " + i.remoteSiteId() : "",
                i.attendedAt() == null ? "" : i.attendedAtMinsk().toLocalDateTime().toString()}).toList();
    }

    @GetMapping("/manage/seminars/{id}/participation/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        return table(id).download("participants-" + id, "csv");
    }

    @GetMapping("/manage/seminars/{id}/participation/export.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return table(id).download("participants-" + id, "xlsx");
    }

    private by.egov.academy.platform.Table table(long id) {
        return new by.egov.academy.platform.Table("Участники", List.of(HEADER),
                rows(id).stream().map(r -> java.util.Arrays.<Object>asList((Object[]) r)).toList());
    }
}

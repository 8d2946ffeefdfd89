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

    /** One step of building the list: its state (DONE, TODO, BLOCKED) and why, as a message code with arguments. */
    record Step(int number, String name, String state, String reason, Object[] args) {
    }

    /** An invitation as the list shows it, with its latest mail's state (NONE, PENDING, SENT, FAILED) and error. */
    record Row(int position, Invitation invitation, String mail, String mailError) {

        /** The error in words: the address refused, the mail server unreachable, or another failure. */
        public String mailReason() {
            if (mailError == null) {
                return null;
            }
            String e = mailError.toLowerCase(java.util.Locale.ROOT);
            return e.startsWith("refused:") ? "audience.mailReason.refused"
                    : e.contains("connect") || e.contains("timed out") || e.contains("timeout") ? "audience.mailReason.unreachable"
                    : "audience.mailReason.other";
        }
    }

    @GetMapping("/manage/seminars/{id}/participation")
    String page(@PathVariable long id, @RequestParam(required = false) String q,
                @RequestParam(required = false) String filter, Model model) {
        var seminar = access.manageable(id);
        List<Invitation> list = invitations.ofSeminar(id);
        List<AudienceRule> rules = audience.rules(id);
        model.addAttribute("seminar", seminar);
        model.addAttribute("rules", rules);
        Map<Long, InvitationRepository.MailStatus> mail = invitations.mailStatuses(id);
        List<Row> rows = new java.util.ArrayList<>();
        for (Invitation i : list) {
            var m = mail.get(i.id());
            String state = i.mailError() != null ? "FAILED" : m == null ? "NONE" : m.state();
            String error = i.mailError() != null ? i.mailError() : m == null ? null : m.error();
            rows.add(new Row(rows.size() + 1, i, state, error));
        }
        String needle = fold(filter);
        model.addAttribute("rows", needle.isEmpty() ? rows : rows.stream().filter(r -> fold(r.invitation().fullName()
                + " " + r.invitation().position() + " " + r.invitation().organisationNameRu()).contains(needle)).toList());
        model.addAttribute("filter", filter);
        model.addAttribute("mailCounts", rows.stream().filter(r -> !r.mail().equals("NONE"))
                .collect(java.util.stream.Collectors.groupingBy(Row::mail, TreeMap::new, java.util.stream.Collectors.counting())));
        var counts = attendance.counts(id);
        model.addAttribute("counts", counts);
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
        int capacity = rsvp.capacity(id);
        boolean unlimited = rsvp.unlimited(id);
        model.addAttribute("capacity", capacity);
        model.addAttribute("unlimited", unlimited);
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("found", found(id, seminar, q, list));
        }
        // the steps: rules → build the list → check (seats) → send
        String closed = seminar.status() == by.egov.academy.programme.SeminarStatus.CANCELLED || seminar.status().isPast()
                ? "audience.closed" : null;
        long live = list.stream().filter(i -> !i.excluded() && !i.state().equals("CANCELLED")).count();
        long drafts = list.stream().filter(i -> !i.excluded() && i.state().equals("CREATED")).count();
        String blocker = audience.sendBlocker(seminar);
        List<Step> steps = List.of(
                new Step(1, "rules", !rules.isEmpty() || live > 0 ? "DONE" : closed != null ? "BLOCKED" : "TODO",
                        !rules.isEmpty() ? "audience.step.rulesDone" : live > 0 ? "audience.step.rulesByName"
                                : closed != null ? closed : "audience.step.rulesTodo",
                        new Object[]{rules.size()}),
                new Step(2, "list", live > 0 ? "DONE" : closed != null ? "BLOCKED" : "TODO",
                        live > 0 ? "audience.step.listDone" : closed != null ? closed : "audience.step.listTodo",
                        new Object[]{live}),
                capacity > 0 || unlimited
                        ? new Step(3, "check", "DONE", unlimited ? "audience.step.checkUnlimited" : "audience.step.checkDone",
                        new Object[]{capacity})
                        : new Step(3, "check", "TODO", "audience.noCapacity", new Object[0]),
                drafts == 0 && live > 0 ? new Step(4, "send", "DONE", "audience.step.sendDone", new Object[]{live})
                        : blocker != null ? new Step(4, "send", "BLOCKED", blocker, new Object[0])
                        : drafts == 0 ? new Step(4, "send", "BLOCKED", "audience.step.sendEmpty", new Object[0])
                        : new Step(4, "send", "TODO", "audience.step.sendTodo", new Object[]{drafts}));
        model.addAttribute("steps", steps);
        model.addAttribute("sendBlocker", blocker != null ? blocker : drafts == 0 ? "audience.step.sendEmpty" : null);
        return "participation/manage";
    }

    /** The typeahead: officials whose name contains the typed text, each a button that adds them to the list. */
    @GetMapping("/manage/seminars/{id}/participation/officials")
    String officials(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        var seminar = access.manageable(id);
        model.addAttribute("seminar", seminar);
        model.addAttribute("q", q);
        model.addAttribute("found", q == null || q.isBlank() ? null : found(id, seminar, q, invitations.ofSeminar(id)));
        return "participation/manage :: found";
    }

    /** A found official and whether they are on the list already (not removed). */
    record Found(by.egov.academy.directory.OfficialRef official, boolean listed) {
    }

    private List<Found> found(long id, by.egov.academy.programme.Seminars.SeminarInfo seminar, String q, List<Invitation> list) {
        // a coordinator's list stays in its own region; the programme office may invite anyone
        Long region = access.isProgrammeOffice() ? null : directory.territory(seminar.hostTerritoryId()).orElseThrow().regionId();
        var listed = list.stream().filter(i -> !i.excluded() && !i.state().equals("CANCELLED"))
                .map(Invitation::officialId).collect(java.util.stream.Collectors.toSet());
        String text = q.strip();
        return directory.searchOfficials(text.length() > 100 ? text.substring(0, 100) : text, region, 20).stream()
                .map(o -> new Found(o, listed.contains(o.id()))).toList();
    }

    /** Lower case with ё as е, for the list's filter. */
    private static String fold(String s) {
        return s == null ? "" : s.strip().toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
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
    String capacity(@PathVariable long id, @RequestParam(required = false) Integer capacity,
                    @RequestParam(defaultValue = "false") boolean unlimited, RedirectAttributes redirect) {
        return act(id, redirect, "capacity.saved", () -> {
            access.manageable(id);
            if (unlimited) {
                rsvp.setUnlimited(id);
                return;
            }
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

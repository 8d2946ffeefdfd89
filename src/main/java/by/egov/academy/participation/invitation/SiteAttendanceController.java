package by.egov.academy.participation.invitation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import by.egov.academy.directory.Directory;
import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.Flash;
import by.egov.academy.programme.Seminars;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A district site's attendance page, for its operator (reached from their home page) and the seminar's organisers:
 * names the seminar, its day and the site; marks the invited present; adds walk-ins, searched among the district's
 * officials not already marked present.
 */
@Controller
class SiteAttendanceController {

    private final AttendanceService attendance;
    private final InvitationRepository invitations;
    private final ParticipationAccess access;
    private final Directory directory;
    private final Seminars seminars;

    SiteAttendanceController(AttendanceService attendance, InvitationRepository invitations, ParticipationAccess access,
                             Directory directory, Seminars seminars) {
        this.attendance = attendance;
        this.invitations = invitations;
        this.access = access;
        this.directory = directory;
        this.seminars = seminars;
    }

    @GetMapping("/manage/seminars/{id}/sites/{siteId}/attendance")
    String site(@PathVariable long id, @PathVariable long siteId, @RequestParam(required = false) String q,
                Model model, Locale locale) {
        var site = access.site(id, siteId);
        model.addAttribute("site", site);
        model.addAttribute("seminar", seminars.find(id).orElseThrow(() -> DomainException.notFound("seminar.notFound", id)));
        model.addAttribute("seminarId", id);
        model.addAttribute("invitations", invitations.ofSite(siteId));
        Set<Long> present = invitations.ofSeminar(id).stream().filter(i -> i.attendedAt() != null)
                .map(Invitation::officialId).collect(Collectors.toSet());
        String query = q == null ? "" : q.strip();
        if (query.length() > 100) {
            query = query.substring(0, 100);
        }
        String needle = normalise(query);
        List<Long> district = directory.subtree(site.territoryId());
        model.addAttribute("q", query);
        model.addAttribute("walkInCandidates", directory.officialsMatching(List.of(), district,
                        List.of("HEAD", "DEPUTY_HEAD", "OTHER")).stream()
                .filter(o -> !present.contains(o.id()))
                .filter(o -> needle.isEmpty() || normalise(o.fullName() + " " + o.organisationNameRu()).contains(needle))
                .toList());
        model.addAttribute("districtOrganisations", directory.organisationsIn(district));
        return "participation/site";
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    @PostMapping("/manage/seminars/{id}/sites/{siteId}/attendance")
    String mark(@PathVariable long id, @PathVariable long siteId, @RequestParam long invitationId,
                @RequestParam(defaultValue = "true") boolean attended, RedirectAttributes redirect) {
        attendance.markAtSite(id, siteId, invitationId, attended);
        redirect.addFlashAttribute("flash", "site.marked");
        return "redirect:/manage/seminars/" + id + "/sites/" + siteId + "/attendance";
    }

    @PostMapping("/manage/seminars/{id}/sites/{siteId}/walk-in")
    String walkIn(@PathVariable long id, @PathVariable long siteId, @RequestParam(required = false) Long officialId,
                  RedirectAttributes redirect) {
        try {
            if (officialId == null) {
                throw DomainException.invalid("NotNull", "officialId");
            }
            attendance.walkIn(id, siteId, officialId);
            redirect.addFlashAttribute("flash", "site.walkInAdded");
        } catch (DomainException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/manage/seminars/" + id + "/sites/" + siteId + "/attendance";
    }

    /** A walk-in who is not in the directory yet: added to an organisation of the district, then marked. */
    @PostMapping("/manage/seminars/{id}/sites/{siteId}/walk-in-new")
    String walkInNew(@PathVariable long id, @PathVariable long siteId, @RequestParam(required = false) String fullName,
                     @RequestParam(required = false) String position, @RequestParam(required = false) String email,
                     @RequestParam(required = false) Long organisationId, RedirectAttributes redirect) {
        try {
            attendance.walkInNew(id, siteId, fullName, position, email, organisationId);
            redirect.addFlashAttribute("flash", "site.walkInAdded");
        } catch (DomainException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/manage/seminars/" + id + "/sites/" + siteId + "/attendance";
    }
}

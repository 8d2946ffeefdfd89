package by.egov.academy.programme.seminar;

import java.util.Locale;

import by.egov.academy.platform.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisers' district videoconference sites of a seminar. */
@Controller
class SiteController {

    private final SiteService siteService;

    SiteController(SiteService siteService) {
        this.siteService = siteService;
    }

    private static String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        return SeminarActions.act(id, redirect, done, "#sites", action);
    }

    @PostMapping("/manage/seminars/{id}/sites")
    String addSite(@PathVariable long id, @RequestParam long territoryId,
                   @RequestParam(required = false) String address, @RequestParam(required = false) String videoLink,
                   @RequestParam(required = false) Integer expectedAttendees, RedirectAttributes redirect) {
        return act(id, redirect, "site.added",
                () -> siteService.addRemoteSite(id, territoryId, address, videoLink, expectedAttendees));
    }

    @PostMapping("/manage/seminars/{id}/sites/all")
    String addAllSites(@PathVariable long id, @RequestParam(defaultValue = "false") boolean exceptVenueDistrict,
                       RedirectAttributes redirect) {
        try {
            int added = siteService.addAllDistricts(id, exceptVenueDistrict);
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
        return act(id, redirect, "site.capacitySaved", () -> siteService.setSiteCapacity(id, siteId, capacity));
    }

    @PostMapping("/manage/seminars/{id}/sites/{siteId}/delete")
    String deleteSite(@PathVariable long id, @PathVariable long siteId, jakarta.servlet.http.HttpServletRequest request,
                      Model model, Locale locale, RedirectAttributes redirect) {
        if (!by.egov.academy.platform.Confirmation.given(request)) {
            RemoteSite site = siteService.site(id, siteId);
            int registered = siteService.registeredAt(id, siteId);
            return by.egov.academy.platform.Confirmation.ask(model, request, "confirm.site.title",
                    site.territoryName(locale), "/manage/seminars/" + id + "#sites",
                    new by.egov.academy.platform.Confirmation.Line(registered == 0 ? "confirm.site.consequence"
                            : "confirm.site.refused", registered));
        }
        return act(id, redirect, "site.deleted", () -> siteService.deleteRemoteSite(id, siteId));
    }
}

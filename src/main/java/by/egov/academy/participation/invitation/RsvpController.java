package by.egov.academy.participation.invitation;

import java.util.Locale;

import by.egov.academy.directory.Directory;
import by.egov.academy.participation.mail.InvitationMails;
import by.egov.academy.participation.mail.QrCodes;
import by.egov.academy.platform.DomainException;
import by.egov.academy.programme.Seminars;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The official's personal page behind the invitation link: no password, the token is the key. */
@Controller
class RsvpController {

    private final RsvpService rsvp;
    private final Seminars seminars;
    private final Directory directory;

    RsvpController(RsvpService rsvp, Seminars seminars, Directory directory) {
        this.rsvp = rsvp;
        this.seminars = seminars;
        this.directory = directory;
    }

    private static final java.util.Set<String> STATES = java.util.Set.of("ACCEPTED_IN_PERSON", "ACCEPTED_REMOTE",
            "DECLINED", "DELEGATED", "WAITING");

    @GetMapping("/rsvp/{token}")
    String page(@PathVariable String token, @org.springframework.web.bind.annotation.RequestParam(required = false) String saved,
                Model model, Locale locale) {
        Invitation inv = rsvp.open(token);
        if (saved != null && STATES.contains(saved)) {
            model.addAttribute("flash", "rsvp.saved." + saved);
        }
        var official = directory.official(inv.officialId()).orElseThrow();
        var sites = seminars.remoteSites(inv.seminarId());
        model.addAttribute("invitation", inv);
        model.addAttribute("greeting", by.egov.academy.participation.mail.Greeting.of(inv.fullName(), locale));
        model.addAttribute("token", token);
        var seminar = seminars.find(inv.seminarId()).orElseThrow();
        model.addAttribute("seminar", seminar);
        model.addAttribute("when", seminar.startsAt() == null ? null : seminar.startsAt().atZone(java.time.ZoneId.of("Europe/Minsk")));
        model.addAttribute("sites", sites);
        // the site of the official's own district is offered first
        model.addAttribute("ownSite", sites.stream().filter(s -> official.districtId() != null
                && s.territoryId() == official.districtId()).findFirst().map(Seminars.SiteInfo::id).orElse(null));
        model.addAttribute("colleagues", directory.officialsOfOrganisation(official.organisationId()).stream()
                .filter(o -> o.id() != official.id()).toList());
        return "participation/rsvp";
    }

    @PostMapping("/rsvp/{token}")
    String respond(@PathVariable String token, @RequestParam(required = false) RsvpService.Choice choice,
                   @RequestParam(required = false) Long siteId, @RequestParam(required = false) Long delegateOfficialId,
                   @RequestParam(required = false) String deputyName, @RequestParam(required = false) String deputyPosition,
                   @RequestParam(required = false) String deputyEmail, RedirectAttributes redirect) {
        // the outcome travels in the address, not in a session: the personal link needs no cookie at all
        try {
            String state = rsvp.respond(token, choice, siteId, delegateOfficialId,
                    new RsvpService.NewDeputy(deputyName, deputyPosition, deputyEmail));
            return "redirect:/rsvp/" + token + "?saved=" + state;
        } catch (DomainException e) {
            if (e.status().value() == 404 || e.status().value() == 410) {
                throw e;
            }
            by.egov.academy.platform.Flash.error(redirect, e);
            return "redirect:/rsvp/" + token;
        }
    }

    @GetMapping("/rsvp/{token}/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable String token) {
        Invitation inv = rsvp.byToken(token);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(QrCodes.png(InvitationMails.qrPayload(inv), 240));
    }
}

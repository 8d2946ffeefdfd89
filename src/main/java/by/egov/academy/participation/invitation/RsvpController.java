package by.egov.academy.participation.invitation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import by.egov.academy.directory.Directory;
import by.egov.academy.participation.mail.Greeting;
import by.egov.academy.participation.mail.InvitationMails;
import by.egov.academy.participation.mail.QrCodes;
import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.FormBinding;
import by.egov.academy.platform.Minsk;
import by.egov.academy.programme.Seminars;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The official's personal page behind the invitation link: no password, the token is the key. Until the seminar
 * starts it holds the answer form (the site choice shows only for the videoconference, the deputy fields only for
 * a delegation, by CSS alone); from its start on, the same address shows that answers are closed, with the
 * seminar's details and no form — after a POST too.
 */
@Controller
class RsvpController {

    private static final java.util.Set<String> STATES = java.util.Set.of("ACCEPTED_IN_PERSON", "ACCEPTED_REMOTE",
            "DECLINED", "DELEGATED", "DELEGATED_PENDING", "WAITING");

    private final RsvpService rsvp;
    private final Seminars seminars;
    private final Directory directory;

    RsvpController(RsvpService rsvp, Seminars seminars, Directory directory) {
        this.rsvp = rsvp;
        this.seminars = seminars;
        this.directory = directory;
    }

    @GetMapping("/rsvp/{token}")
    String page(@PathVariable String token, @RequestParam(required = false) String saved, Model model, Locale locale) {
        // opening the page changes nothing: mail scanners follow links too; the first answer marks it opened
        Invitation inv = rsvp.byToken(token);
        // the waiting list is no success: the page itself warns (in amber) while the official waits, no green box
        if (saved != null && STATES.contains(saved) && !saved.equals("WAITING")) {
            model.addAttribute("flash", "rsvp.saved." + saved);
        }
        return show(inv, token, null, model, locale);
    }

    @PostMapping("/rsvp/{token}")
    String respond(@PathVariable String token, @Valid @ModelAttribute("form") RsvpForm form, BindingResult errors,
                   Model model, Locale locale, HttpServletResponse response) {
        Invitation inv = rsvp.byToken(token);
        errors = FormBinding.rebind(form, errors, model);
        if (!errors.hasErrors() && !rsvp.closed(seminars.find(inv.seminarId()).orElseThrow())) {
            // the outcome travels in the address, not in a session: the personal link needs no cookie at all
            try {
                String state = rsvp.respond(token, form.choice(), form.siteId(), form.delegateOfficialId(), form.deputy());
                return "redirect:/rsvp/" + token + "?saved=" + state;
            } catch (DomainException e) {
                if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.GONE && !e.messageCode().equals("rsvp.closed")) {
                    throw e;
                }
                if (e.field() != null) {
                    errors.rejectValue(e.field(), e.messageCode(), e.args(), e.messageCode());
                } else {
                    errors.reject(e.messageCode(), e.args(), e.messageCode());
                }
                if (e.status() == HttpStatus.CONFLICT) {
                    response.setStatus(HttpStatus.CONFLICT.value());
                }
            }
        }
        return show(rsvp.byToken(token), token, form, model, locale);
    }

    /** The page for the invitation as it stands: the closed page once answers are closed, else the form. */
    private String show(Invitation inv, String token, RsvpForm form, Model model, Locale locale) {
        var seminar = seminars.find(inv.seminarId()).orElseThrow();
        var where = seminars.whereabouts(inv.seminarId()).orElseThrow();
        var sites = seminars.remoteSites(inv.seminarId());
        boolean closed = rsvp.closed(seminar);
        model.addAttribute("invitation", inv);
        model.addAttribute("greeting", Greeting.of(inv.fullName(), locale));
        model.addAttribute("token", token);
        model.addAttribute("seminar", seminar);
        model.addAttribute("where", where);
        model.addAttribute("mapUrl", where.addressRu() == null ? null : "https://www.openstreetmap.org/search?query="
                + URLEncoder.encode(where.addressRu(), StandardCharsets.UTF_8));
        model.addAttribute("when", seminar.startsAt() == null ? null : seminar.startsAt().atZone(Minsk.ZONE));
        model.addAttribute("until", seminar.endsAt() == null ? null : seminar.endsAt().atZone(Minsk.ZONE));
        model.addAttribute("mySite", inv.remoteSiteId() == null ? null
                : sites.stream().filter(s -> s.id() == inv.remoteSiteId()).findFirst().orElse(null));
        model.addAttribute("closed", closed);
        if (closed) {
            // nothing can be corrected any more: the closed page is no refusal, whatever was posted
            model.asMap().keySet().removeIf(k -> k.startsWith(BindingResult.MODEL_KEY_PREFIX));
            model.asMap().remove("flash");
            return "participation/rsvp";
        }
        var official = directory.official(inv.officialId()).orElseThrow();
        model.addAttribute("sites", sites);
        // the site of the official's own district is offered first
        Long ownSite = sites.stream().filter(s -> official.districtId() != null && s.territoryId() == official.districtId())
                .findFirst().map(Seminars.SiteInfo::id).orElse(null);
        model.addAttribute("colleagues", directory.officialsOfOrganisation(official.organisationId()).stream()
                .filter(o -> o.id() != official.id()).toList());
        if (form == null) {
            model.addAttribute("form", current(inv, ownSite));
        }
        return "participation/rsvp";
    }

    /** The form as the invitation stands: the answer given so far chosen, the site given or the own district's. */
    private static RsvpForm current(Invitation inv, Long ownSite) {
        RsvpService.Choice choice = switch (inv.state()) {
            case "ACCEPTED_IN_PERSON", "WAITING" -> RsvpService.Choice.IN_PERSON;
            case "ACCEPTED_REMOTE" -> RsvpService.Choice.REMOTE;
            case "DECLINED" -> RsvpService.Choice.DECLINE;
            default -> null;
        };
        return new RsvpForm(choice, inv.remoteSiteId() != null ? inv.remoteSiteId() : ownSite, null, null, null, null);
    }

    @GetMapping("/rsvp/{token}/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable String token) {
        Invitation inv = rsvp.byToken(token);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(QrCodes.png(InvitationMails.qrPayload(inv), 240));
    }
}

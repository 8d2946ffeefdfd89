package by.egov.academy.workbench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import by.egov.academy.identity.CurrentUser;
import by.egov.academy.identity.CurrentUsers;
import by.egov.academy.participation.PersonalLinks;
import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.Flash;
import by.egov.academy.platform.Minsk;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The home page: a visitor's front page, or the signed-in role's task list (one handler: the page and, for htmx,
 * the task list alone); and a participant account's link to its official.
 */
@Controller
class WorkbenchController {

    /** A coordinator's seminar with its next step and the page where that step is done. */
    public record SeminarTask(WorkbenchQueries.SeminarRow seminar, NextStep step, String link) {
    }

    /** A participant's invitation with its personal link (answer, record) when it may be opened. */
    public record MyInvitation(WorkbenchQueries.InvitationRow invitation, String token) {
    }

    private final CurrentUsers users;
    private final WorkbenchQueries queries;
    private final ParticipantLinks links;
    private final PersonalLinks personalLinks;
    private final Clock clock;

    WorkbenchController(CurrentUsers users, WorkbenchQueries queries, ParticipantLinks links,
                        PersonalLinks personalLinks, Clock clock) {
        this.users = users;
        this.queries = queries;
        this.links = links;
        this.personalLinks = personalLinks;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var user = users.current().orElse(null);
        if (user != null) {
            tasks(user, model);
        }
        return htmx != null && user != null ? "workbench/home :: tasks" : "workbench/home";
    }

    private void tasks(CurrentUser user, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(Minsk.ZONE));
        switch (user.role()) {
            case PROGRAMME_OFFICE -> model.addAttribute("office", queries.office());
            case REGIONAL_COORDINATOR -> model.addAttribute("seminarTasks", seminarTasks(user.territoryId(), today));
            case SITE_OPERATOR -> {
                model.addAttribute("sites", queries.sites(user.territoryId()));
                model.addAttribute("today", today);
            }
            case EXPERT -> model.addAttribute("talks", queries.talks(user.accountId()));
            case PARTICIPANT -> participant(user, model);
        }
    }

    private List<SeminarTask> seminarTasks(Long regionId, LocalDate today) {
        if (regionId == null) {
            return List.of();
        }
        return queries.region(regionId).stream().map(p -> {
            NextStep step = NextStep.of(p, today);
            return new SeminarTask(p.seminar(), step, step.link(p.seminar().id()));
        }).toList();
    }

    private void participant(CurrentUser user, Model model) {
        var linked = links.linkedOfficial(user.accountId());
        model.addAttribute("linked", linked.isPresent());
        if (linked.isPresent()) {
            model.addAttribute("invitations", queries.invitations(linked.get()).stream()
                    .map(i -> new MyInvitation(i, personalLinks.token(i.id()).orElse(null))).toList());
        } else {
            model.addAttribute("match", queries.officialMatching(user.accountId()).orElse(null));
        }
    }

    @PostMapping("/home/link")
    String requestLink(RedirectAttributes redirect, Locale locale) {
        try {
            links.request(users.require(), locale);
            redirect.addFlashAttribute("flash", "home.link.sent");
        } catch (DomainException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/";
    }

    @GetMapping("/home/link/{token}")
    String confirmPage(@PathVariable String token, Model model) {
        model.addAttribute("pending", links.pending(users.require(), token));
        model.addAttribute("token", token);
        return "workbench/link";
    }

    @PostMapping("/home/link/{token}")
    String confirm(@PathVariable String token, RedirectAttributes redirect) {
        links.confirm(users.require(), token);
        redirect.addFlashAttribute("flash", "home.link.confirmed");
        return "redirect:/";
    }
}

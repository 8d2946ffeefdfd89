package by.egov.academy.participation.invitation;

import java.util.Locale;

import by.egov.academy.platform.Confirmation;
import by.egov.academy.platform.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The confirmation step of the invitation list's removals. The list page's buttons post without
 * {@code confirmed=true} and land here (these mappings are the more specific match); the confirmation page's
 * button posts again with it and reaches {@code ParticipationController}, which acts.
 */
@Controller
class ListConfirmationController {

    private final ParticipationAccess access;
    private final AudienceService audience;
    private final InvitationRepository invitations;

    ListConfirmationController(ParticipationAccess access, AudienceService audience, InvitationRepository invitations) {
        this.access = access;
        this.audience = audience;
        this.invitations = invitations;
    }

    @PostMapping(value = "/manage/seminars/{id}/participation/rules/{ruleId}/delete", params = "confirmed!=true")
    String confirmDeleteRule(@PathVariable long id, @PathVariable long ruleId, HttpServletRequest request, Model model,
                             Locale locale) {
        var seminar = access.manageable(id);
        audience.rules(id).stream().filter(r -> r.id() == ruleId).findFirst()
                .orElseThrow(() -> DomainException.notFound("audience.ruleNotFound", ruleId));
        return Confirmation.ask(model, request, "confirm.rule.title", seminar.title(locale),
                "/manage/seminars/" + id + "/participation",
                new Confirmation.Line("confirm.rule.consequence"));
    }

    @PostMapping(value = "/manage/seminars/{id}/participation/invitations/{invitationId}/remove", params = "confirmed!=true")
    String confirmRemove(@PathVariable long id, @PathVariable long invitationId, HttpServletRequest request, Model model) {
        access.manageable(id);
        Invitation inv = invitations.find(invitationId).filter(i -> i.seminarId() == id)
                .orElseThrow(() -> DomainException.notFound("invitation.notFound", invitationId));
        return Confirmation.ask(model, request, "confirm.invitation.title", inv.fullName(),
                "/manage/seminars/" + id + "/participation",
                new Confirmation.Line(inv.state().equals("CREATED") ? "confirm.invitation.draft" : "confirm.invitation.sent"));
    }
}

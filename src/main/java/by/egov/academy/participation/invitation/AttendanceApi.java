package by.egov.academy.participation.invitation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import by.egov.academy.participation.invitation.InvitationApi.InvitationJson;
import by.egov.academy.identity.CurrentUsers;
import by.egov.academy.platform.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who came, as the check-in page and the district sites' pages record it: check-in at the venue by the
 * invitation's code (the seminar's organisers), marks and walk-ins at a district site (its operator or the
 * organisers, on the seminar's day), and the counts. All through {@link AttendanceService}, as the pages.
 */
@RestController
@RequestMapping("/api/v1/seminars/{id}/attendance")
@Tag(name = "Attendance", description = "Check-in at the venue, district sites' marks and walk-ins, attendance counts")
class AttendanceApi {

    record CheckInRequest(@NotBlank @Size(max = 200) String code) {
    }

    record CheckInJson(boolean already, OffsetDateTime at, InvitationJson invitation) {
    }

    record MarkRequest(@NotNull Long invitationId, Boolean attended) {
    }

    record WalkInRequest(@NotNull Long officialId) {
    }

    record SiteJson(long siteId, String territoryName, int confirmed, int attended) {
    }

    record CountsJson(int invited, int inPerson, int remote, int waiting, int declined, int delegated,
                      int attendedInPerson, int attendedRemote, int capacity, List<SiteJson> sites) {
    }

    private final AttendanceService attendance;
    private final InvitationRepository invitations;
    private final ParticipationAccess access;
    private final CurrentUsers users;

    AttendanceApi(AttendanceService attendance, InvitationRepository invitations, ParticipationAccess access,
                  CurrentUsers users) {
        this.users = users;
        this.attendance = attendance;
        this.invitations = invitations;
        this.access = access;
    }

    private InvitationJson json(long seminarId, Invitation i) {
        return InvitationJson.of(i, invitations.mailStates(seminarId).get(i.id()));
    }

    @GetMapping
    @Operation(summary = "Attendance counts: answers, who came in person and at each district site")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
            {"invited":40,"inPerson":22,"remote":15,"waiting":0,"declined":3,"delegated":0,"attendedInPerson":20,
             "attendedRemote":14,"capacity":60,"sites":[{"siteId":301,"territoryName":"Лидский район","confirmed":2,"attended":2}]}""")))
    CountsJson counts(@PathVariable long id) {
        users.require(); // reads under /api/v1/seminars pass the filter chain unsigned: 401 here, not 403
        access.manageable(id);
        var c = attendance.counts(id);
        return new CountsJson(c.invited(), c.inPerson(), c.remote(), c.waiting(), c.declined(), c.delegated(),
                c.attendedInPerson(), c.attendedRemote(), c.capacity(),
                c.sites().stream().map(s -> new SiteJson(s.siteId(), s.territoryNameRu(), s.confirmed(), s.attended())).toList());
    }

    @PostMapping("/check-in")
    @Operation(summary = "Check in at the venue by what the scanner read (EGOV:<seminar>:<code>) or the 8-character code "
            + "typed; checking in twice answers already=true",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "typed", value = "{\"code\":\"ABCD2345\"}"),
                    @ExampleObject(name = "scanned", value = "{\"code\":\"EGOV:12:ABCD2345\"}")})))
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = "{\"already\":false,"
            + "\"at\":\"2030-03-12T09:41:07+03:00\",\"invitation\":" + InvitationApi.INVITATION_EXAMPLE + "}")))
    CheckInJson checkIn(@PathVariable long id, @Valid @RequestBody CheckInRequest request) {
        var r = attendance.checkIn(id, request.code());
        return new CheckInJson(r.already(), InvitationApi.minsk(r.at()), json(id, r.invitation()));
    }

    @GetMapping("/sites/{siteId}")
    @Operation(summary = "The invitations of a district site, as its operator's page lists them")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = "[" + InvitationApi.INVITATION_EXAMPLE + "]")))
    List<InvitationJson> site(@PathVariable long id, @PathVariable long siteId) {
        users.require();
        access.site(id, siteId);
        Map<Long, String> mail = invitations.mailStates(id);
        return invitations.ofSite(siteId).stream().map(i -> InvitationJson.of(i, mail.get(i.id()))).toList();
    }

    @PostMapping("/sites/{siteId}/marks")
    @Operation(summary = "Mark an invitation of the site present (attended true, the default) or not; on the seminar's day "
            + "for the site's operator, from that day on for the organisers",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = "{\"invitationId\":4211,\"attended\":true}"))))
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = InvitationApi.INVITATION_EXAMPLE)))
    InvitationJson mark(@PathVariable long id, @PathVariable long siteId, @Valid @RequestBody MarkRequest request) {
        attendance.markAtSite(id, siteId, request.invitationId(), request.attended() == null || request.attended());
        return json(id, invitations.find(request.invitationId()).orElseThrow(
                () -> DomainException.notFound("invitation.notFound", request.invitationId())));
    }

    @PostMapping("/sites/{siteId}/walk-ins")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Someone who came to the site without an invitation: invited, accepted at the site and present. "
            + "The site's operator only for its own district and never over an answer already given; the organisers "
            + "from the whole oblast",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = "{\"officialId\":377}"))))
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = InvitationApi.INVITATION_EXAMPLE)))
    InvitationJson walkIn(@PathVariable long id, @PathVariable long siteId, @Valid @RequestBody WalkInRequest request) {
        attendance.walkIn(id, siteId, request.officialId());
        return json(id, invitations.ofOfficial(id, request.officialId()).orElseThrow(
                () -> DomainException.notFound("invitation.notFound", request.officialId())));
    }
}

package by.egov.academy.participation.invitation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import by.egov.academy.identity.CurrentUsers;
import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.Minsk;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The participation page's audience and invitation commands as an API: rules, expansion into the draft list,
 * hand-made additions and removals, sending, re-sending and the hall's capacity. Every command goes through the
 * same services as the page ({@link AudienceService}, {@link RsvpService}), so the same rules and refusals apply;
 * the caller must organise the seminar (the programme office, the host oblast's coordinator).
 */
@RestController
@RequestMapping("/api/v1/seminars/{id}/invitations")
@Tag(name = "Invitations", description = "A seminar's audience rules, invitation list and sending (the participation page)")
class InvitationApi {

    static final String INVITATION_EXAMPLE = """
            {"id":4211,"officialId":377,"fullName":"Иванов Иван Иванович","position":"Председатель",
             "organisationId":52,"organisationName":"Лидский районный исполнительный комитет","territoryName":"Лидский район",
             "state":"SENT","source":"RULE","excluded":false,"remoteSiteId":null,"seatNo":null,"attended":false,
             "attendedAt":null,"sentAt":"2030-03-01T10:15:00+03:00","respondedAt":null,"mailState":"SENT"}""";

    record InvitationJson(long id, long officialId, String fullName, String position, long organisationId,
                          String organisationName, String territoryName, String state, String source, boolean excluded,
                          Long remoteSiteId, Long seatNo, boolean attended, OffsetDateTime attendedAt,
                          OffsetDateTime sentAt, OffsetDateTime respondedAt, String mailState) {

        /**
         * {@code mailState}: NONE (nothing sent yet), PENDING (queued in the outbox), SENT (handed to the mail
         * server) or FAILED (the last attempt was refused).
         */
        static InvitationJson of(Invitation i, String outboxState) {
            String mail = i.mailError() != null ? "FAILED" : outboxState != null ? outboxState : "NONE";
            return new InvitationJson(i.id(), i.officialId(), i.fullName(), i.position(), i.organisationId(),
                    i.organisationNameRu(), i.territoryNameRu(), i.state(), i.source(), i.excluded(), i.remoteSiteId(),
                    i.seatNo(), i.attendedAt() != null, minsk(i.attendedAt()), minsk(i.sentAt()), minsk(i.respondedAt()), mail);
        }
    }

    static OffsetDateTime minsk(Instant at) {
        return at == null ? null : at.atZone(Minsk.ZONE).toOffsetDateTime();
    }

    record SummaryJson(int drafts, int excluded, int invited, int inPerson, int remote, int waiting, int declined,
                       int delegated, int cancelled, int attendedInPerson, int attendedRemote, int capacity,
                       Map<String, Integer> byOrganisation, Map<String, Integer> byTerritory) {
    }

    record RuleJson(long id, List<String> categories, String scope, Long territoryId, String positions) {
        static RuleJson of(AudienceRule r) {
            return new RuleJson(r.id(), r.categoryList(), r.scope(), r.territoryId(), r.positions());
        }
    }

    /** {@code territoryId}: the city, for the scopes CITY and CITY_DISTRICTS only. */
    record RuleRequest(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z_]*") String> categories,
                       @NotBlank @Size(max = 20) String scope, Long territoryId, @NotBlank @Size(max = 20) String positions) {
    }

    record ExpandJson(int added, int dropped) {
    }

    record AddRequest(@NotNull Long officialId) {
    }

    record SendJson(int queued) {
    }

    /** A number of seats, or {@code "unlimited": true} for a hall without a limit (then no number is needed). */
    record CapacityRequest(@Min(0) @Max(100_000) Integer capacity, Boolean unlimited) {
    }

    record CapacityJson(int capacity, boolean unlimited) {
    }

    private final AudienceService audience;
    private final RsvpService rsvp;
    private final AttendanceService attendance;
    private final InvitationRepository invitations;
    private final ParticipationAccess access;
    private final CurrentUsers users;

    InvitationApi(AudienceService audience, RsvpService rsvp, AttendanceService attendance, InvitationRepository invitations,
                  ParticipationAccess access, CurrentUsers users) {
        this.users = users;
        this.audience = audience;
        this.rsvp = rsvp;
        this.attendance = attendance;
        this.invitations = invitations;
        this.access = access;
    }

    /**
     * Checks the caller organises the seminar. Reads under /api/v1/seminars pass the filter chain unsigned (the
     * seminars themselves are public), so an anonymous caller is answered 401 here, not 403.
     */
    private void manageable(long seminarId) {
        users.require();
        access.manageable(seminarId);
    }

    /** The invitation of this seminar, or 404. */
    InvitationJson one(long seminarId, long invitationId) {
        Invitation i = invitations.find(invitationId).filter(x -> x.seminarId() == seminarId)
                .orElseThrow(() -> DomainException.notFound("invitation.notFound", invitationId));
        return InvitationJson.of(i, invitations.mailStates(seminarId).get(i.id()));
    }

    @GetMapping
    @Operation(summary = "The invitation list: drafts, removed ones (excluded) and sent ones, with answers, places and attendance")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = "[" + INVITATION_EXAMPLE + "]")))
    List<InvitationJson> list(@PathVariable long id) {
        manageable(id);
        Map<Long, String> mail = invitations.mailStates(id);
        return invitations.ofSeminar(id).stream().map(i -> InvitationJson.of(i, mail.get(i.id()))).toList();
    }

    @GetMapping("/summary")
    @Operation(summary = "Counts of the list as the participation page shows them, by organisation and territory too")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
            {"drafts":0,"excluded":1,"invited":18,"inPerson":12,"remote":4,"waiting":0,"declined":1,"delegated":0,
             "cancelled":0,"attendedInPerson":0,"attendedRemote":0,"capacity":60,
             "byOrganisation":{"Лидский районный исполнительный комитет":1},"byTerritory":{"Лидский район":1}}""")))
    SummaryJson summary(@PathVariable long id) {
        manageable(id);
        List<Invitation> list = invitations.ofSeminar(id);
        Map<String, Integer> byOrganisation = new TreeMap<>();
        Map<String, Integer> byTerritory = new TreeMap<>();
        list.stream().filter(i -> !i.excluded() && !i.state().equals("CANCELLED")).forEach(i -> {
            byOrganisation.merge(i.organisationNameRu(), 1, Integer::sum);
            byTerritory.merge(i.territoryNameRu(), 1, Integer::sum);
        });
        var c = attendance.counts(id);
        int drafts = (int) list.stream().filter(i -> i.state().equals("CREATED") && !i.excluded()).count();
        int excluded = (int) list.stream().filter(Invitation::excluded).count();
        int cancelled = (int) list.stream().filter(i -> i.state().equals("CANCELLED")).count();
        return new SummaryJson(drafts, excluded, c.invited(), c.inPerson(), c.remote(), c.waiting(), c.declined(),
                c.delegated(), cancelled, c.attendedInPerson(), c.attendedRemote(), c.capacity(), byOrganisation, byTerritory);
    }

    @GetMapping("/{invitationId}")
    @Operation(summary = "One invitation of the seminar")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = INVITATION_EXAMPLE)))
    InvitationJson get(@PathVariable long id, @PathVariable long invitationId) {
        manageable(id);
        return one(id, invitationId);
    }

    @GetMapping("/rules")
    @Operation(summary = "The audience rules: which organisations' officials the list is built from")
    List<RuleJson> rules(@PathVariable long id) {
        manageable(id);
        return audience.rules(id).stream().map(RuleJson::of).toList();
    }

    @PostMapping("/rules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an audience rule (scopes HOST_OBLAST, HOST_DISTRICTS, HOST_REGION, CITY, CITY_DISTRICTS, "
            + "COUNTRY — the last for the programme office; positions HEADS, DEPUTIES, HEADS_AND_DEPUTIES, ALL)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "district heads", value = """
                            {"categories":["DISTRICT_EXECUTIVE_COMMITTEE"],"scope":"HOST_DISTRICTS","positions":"HEADS"}"""),
                    @ExampleObject(name = "a city's districts", value = """
                            {"categories":["CITY_DISTRICT_ADMINISTRATION"],"scope":"CITY_DISTRICTS","territoryId":12,"positions":"HEADS_AND_DEPUTIES"}""")})))
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"id":91,"categories":["DISTRICT_EXECUTIVE_COMMITTEE"],"scope":"HOST_DISTRICTS","territoryId":null,"positions":"HEADS"}""")))
    RuleJson addRule(@PathVariable long id, @Valid @RequestBody RuleRequest rule) {
        boolean city = "CITY".equals(rule.scope()) || "CITY_DISTRICTS".equals(rule.scope());
        long ruleId = audience.addRule(id, rule.categories(), rule.scope(), city ? rule.territoryId() : null, rule.positions());
        return audience.rules(id).stream().filter(r -> r.id() == ruleId).map(RuleJson::of).findFirst().orElseThrow();
    }

    @DeleteMapping("/rules/{ruleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an audience rule (the list changes at the next expansion)")
    void deleteRule(@PathVariable long id, @PathVariable long ruleId) {
        if (!audience.deleteRule(id, ruleId)) {
            throw DomainException.notFound("audience.ruleNotFound", ruleId);
        }
    }

    @PostMapping("/expand")
    @Operation(summary = "Bring the draft list in line with the rules: newly selected officials are added, drafts no rule "
            + "selects any more are dropped; hand-made additions, removals and sent invitations stay")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = "{\"added\":17,\"dropped\":0}")))
    ExpandJson expand(@PathVariable long id) {
        int[] r = audience.expand(id);
        return new ExpandJson(r[0], r[1]);
    }

    @PostMapping
    @Operation(summary = "Add one official to the list by hand (or put a removed one back)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = "{\"officialId\":377}"))))
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = INVITATION_EXAMPLE)))
    ResponseEntity<InvitationJson> add(@PathVariable long id, @Valid @RequestBody AddRequest request) {
        access.manageable(id);
        boolean existed = invitations.ofOfficial(id, request.officialId()).isPresent();
        long invitationId = audience.addManually(id, request.officialId());
        return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED).body(one(id, invitationId));
    }

    @DeleteMapping("/{invitationId}")
    @Operation(summary = "Take someone off the list: a draft is marked excluded (a re-expansion keeps them off), "
            + "a sent invitation is cancelled and its seat freed")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = INVITATION_EXAMPLE)))
    InvitationJson remove(@PathVariable long id, @PathVariable long invitationId) {
        audience.remove(id, invitationId, rsvp);
        return one(id, invitationId);
    }

    @PostMapping("/send")
    @Operation(summary = "Send every draft invitation that is not excluded (once the seminar is announced); each is "
            + "queued once, whoever sends at the same time")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = "{\"queued\":17}")))
    SendJson send(@PathVariable long id) {
        return new SendJson(audience.send(id));
    }

    @PostMapping("/{invitationId}/resend")
    @Operation(summary = "Send a sent invitation's mail again")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = INVITATION_EXAMPLE)))
    InvitationJson resend(@PathVariable long id, @PathVariable long invitationId) {
        audience.resend(id, invitationId);
        return one(id, invitationId);
    }

    @PutMapping("/capacity")
    @Operation(summary = "The number of seats in the hall; the waiting list moves up into new seats",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = {@ExampleObject(name = "seats", value = "{\"capacity\":60}"),
                            @ExampleObject(name = "no limit", value = "{\"unlimited\":true}")})))
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = "{\"capacity\":60,\"unlimited\":false}")))
    CapacityJson capacity(@PathVariable long id, @Valid @RequestBody CapacityRequest request) {
        access.manageable(id);
        if (Boolean.TRUE.equals(request.unlimited())) {
            rsvp.setUnlimited(id);
        } else if (request.capacity() == null) {
            throw by.egov.academy.platform.DomainException.invalid("NotNull", "capacity");
        } else {
            rsvp.setCapacity(id, request.capacity());
        }
        return new CapacityJson(rsvp.capacity(id), rsvp.unlimited(id));
    }
}

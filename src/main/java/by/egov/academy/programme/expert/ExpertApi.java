package by.egov.academy.programme.expert;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import by.egov.academy.platform.PageJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/experts")
@Tag(name = "Experts", description = "Speakers of talks and their partner organisations (programme office and regional coordinators)")
class ExpertApi {

    private static final String CREATE_EXAMPLE = """
            {"fullName":"Иван Петрович Сидоров","positionRu":"Директор по цифровой трансформации",
             "positionBe":"Дырэктар па лічбавай трансфармацыі","positionEn":"Director of Digital Transformation",
             "organisationId":42,"email":"sidorov@example.by","language":"ru"}
            """;
    private static final String NEW_ORGANISATION_EXAMPLE = """
            {"fullName":"Anna Kowalska","positionEn":"Senior Consultant","newOrganisationNameRu":"ООО «Облачные решения»",
             "newOrganisationNameBe":"ТАА «Воблачныя рашэнні»","newOrganisationNameEn":"Cloud Solutions LLC",
             "newOrganisationCategory":"PARTNER_IT_COMPANY","email":"anna@example.com","language":"en"}
            """;
    private static final String UPDATE_EXAMPLE = """
            {"fullName":"Иван Петрович Сидоров","positionEn":"Chief Digital Officer"}
            """;
    private static final String DUPLICATE_EXAMPLE = """
            {"type":"about:blank","title":"Conflict","status":409,
             "detail":"Эксперт «Иван Петрович Сидоров» этой организации уже есть (№ 17).","existingExpertId":17,
             "errors":[{"field":"fullName","message":"Эксперт «Иван Петрович Сидоров» этой организации уже есть (№ 17)."}]}
            """;

    @Schema(description = "An expert; position* and organisationName are given in the three languages where recorded")
    record ExpertJson(@Schema(example = "17") long id,
                      @Schema(example = "Иван Петрович Сидоров") String fullName,
                      @Schema(example = "Директор по цифровой трансформации") String positionRu,
                      @Schema(example = "Дырэктар па лічбавай трансфармацыі") String positionBe,
                      @Schema(example = "Director of Digital Transformation") String positionEn,
                      @Schema(example = "42") long organisationId,
                      @Schema(example = "ООО «Облачные решения»") String organisationNameRu,
                      String organisationNameBe, String organisationNameEn,
                      @Schema(example = "PARTNER_IT_COMPANY") String organisationCategory,
                      @Schema(example = "sidorov@example.by") String email,
                      @Schema(example = "ru") String language,
                      @Schema(description = "the expert's own account, once invited") Long accountId,
                      @Schema(description = "set when retired (or merged)") Instant retiredAt,
                      @Schema(description = "the expert this record was merged into") Long mergedInto,
                      @Schema(example = "3") int talkCount) {
        static ExpertJson of(Expert e) {
            return new ExpertJson(e.id(), e.fullName(), e.positionRu(), e.positionBe(), e.positionEn(), e.organisationId(),
                    e.organisationNameRu(), e.organisationNameBe(), e.organisationNameEn(), e.organisationCategory(),
                    e.email(), e.language(), e.accountId(), e.retiredAt(), e.mergedInto(), e.talkCount());
        }
    }

    record MergeRequest(@Schema(description = "the expert that stays", example = "17") Long into) {
    }

    record InvitationJson(@Schema(example = "17") long expertId, @Schema(example = "91") long accountId,
                          @Schema(example = "sidorov@example.by") String username, Instant linkExpiresAt) {
    }

    private final ExpertCatalog catalog;
    private final ExpertAccess access;
    private final MessageSource messages;

    ExpertApi(ExpertCatalog catalog, ExpertAccess access, MessageSource messages) {
        this.catalog = catalog;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Search experts by name or organisation (ё and е alike); retired ones only when asked")
    PageJson<ExpertJson> list(@RequestParam(required = false) String q,
                              @RequestParam(defaultValue = "false") boolean includeRetired,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "50") int size) {
        access.checkEdit();
        int safeSize = PageJson.size(size);
        int safePage = PageJson.page(page);
        List<ExpertJson> items = catalog.search(q, includeRetired, safeSize, safePage * safeSize).stream()
                .map(ExpertJson::of).toList();
        return new PageJson<>(items, catalog.count(q, includeRetired), safePage, safeSize);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One expert")
    ExpertJson one(@PathVariable long id) {
        access.checkEdit();
        return ExpertJson.of(catalog.get(id));
    }

    @PostMapping
    @Operation(summary = "Create an expert, in an existing organisation or in a partner organisation created on the spot (Minsk)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "existing organisation", value = CREATE_EXAMPLE),
                    @ExampleObject(name = "new partner organisation", value = NEW_ORGANISATION_EXAMPLE)})))
    @ApiResponse(responseCode = "201", description = "created")
    @ApiResponse(responseCode = "409", description = "the same name in the same organisation exists: its id is existingExpertId",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(value = DUPLICATE_EXAMPLE)))
    ResponseEntity<ExpertJson> create(@Valid @RequestBody ExpertCommand command) {
        long id = catalog.create(command);
        return ResponseEntity.created(URI.create("/api/v1/experts/" + id)).body(ExpertJson.of(catalog.get(id)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an expert; a position or e-mail left out keeps its value, an empty one clears it",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
                    @ExampleObject(name = "English position only", value = UPDATE_EXAMPLE))))
    ExpertJson update(@PathVariable long id, @Valid @RequestBody ExpertCommand command) {
        catalog.update(id, command);
        return ExpertJson.of(catalog.get(id));
    }

    @PostMapping("/{id}/retire")
    @Operation(summary = "Retire an expert (programme office): kept on old agendas, offered for no new talk")
    ExpertJson retire(@PathVariable long id) {
        catalog.retire(id);
        return ExpertJson.of(catalog.get(id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an expert who never spoke (programme office); 409 once they spoke: retire instead")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        catalog.delete(id);
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Merge a duplicate into the expert that stays (programme office): talks move, this one is retired",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
                    @ExampleObject(value = "{\"into\":17}"))))
    ExpertJson merge(@PathVariable long id, @Valid @RequestBody MergeRequest request) {
        catalog.merge(id, request.into());
        return ExpertJson.of(catalog.get(request.into()));
    }

    @PostMapping("/{id}/invite")
    @Operation(summary = "Give the expert an EXPERT account and mail a link to set its password (programme office); "
            + "calling again sends a new link while the password is not set")
    InvitationJson invite(@PathVariable long id) {
        var a = catalog.invite(id);
        return new InvitationJson(id, a.accountId(), a.username(), a.expiresAt());
    }

    /** The duplicate's id travels in the problem, so a client can use the existing expert. */
    @ExceptionHandler(DuplicateExpertException.class)
    ProblemDetail duplicate(DuplicateExpertException e, Locale locale) {
        String message = messages.getMessage(e.messageCode(), e.args(), e.messageCode(), locale);
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message);
        pd.setType(URI.create("about:blank"));
        pd.setProperty("existingExpertId", e.existingId());
        pd.setProperty("errors", List.of(Map.of("field", "fullName", "message", message)));
        return pd;
    }
}

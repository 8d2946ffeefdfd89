package by.egov.academy.programme.venue;

import java.time.Instant;

import by.egov.academy.platform.PageJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/v1/venues")
@Tag(name = "Venues")
class VenueApi {

    record VenueJson(long id, String nameRu, String nameBe, String nameEn, String addressRu, String addressBe,
                     String addressEn, long territoryId, long regionId, Long hostOrganisationId, Integer capacity,
                     String notesRu, String notesBe, String notesEn, boolean retired, Instant retiredAt, int seminarCount) {
        static VenueJson of(Venue v) {
            return new VenueJson(v.id(), v.nameRu(), v.nameBe(), v.nameEn(), v.addressRu(), v.addressBe(), v.addressEn(),
                    v.territoryId(), v.regionId(), v.hostOrganisationId(), v.capacity(), v.notesRu(), v.notesBe(),
                    v.notesEn(), v.retired(), v.retiredAt(), v.seminarCount());
        }
    }

    private final VenueService service;
    private final by.egov.academy.directory.Directory directory;

    VenueApi(VenueService service, by.egov.academy.directory.Directory directory) {
        this.service = service;
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "Venues matching q in the territory given (and everything under it); retired ones on request")
    PageJson<VenueJson> list(@RequestParam(required = false) String q, @RequestParam(required = false) Long territory,
                             @RequestParam(defaultValue = "false") boolean includeRetired,
                             @RequestParam(defaultValue = "0") int page) {
        int safePage = PageJson.page(page);
        var filter = new VenueRepository.Filter(q, territory == null ? null : directory.subtree(territory), includeRetired);
        return new PageJson<>(service.search(filter, safePage).stream().map(VenueJson::of).toList(), service.count(filter),
                safePage, VenueService.PAGE_SIZE);
    }

    @GetMapping("/{id}")
    VenueJson one(@PathVariable long id) {
        return VenueJson.of(service.get(id));
    }

    @PostMapping
    ResponseEntity<VenueJson> create(@Valid @RequestBody VenueCommand command) {
        long id = service.create(command);
        return ResponseEntity.status(HttpStatus.CREATED).body(VenueJson.of(service.get(id)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Changes a venue: a text left out keeps its value, an empty one is cleared; territoryId left "
            + "out keeps the territory; hostOrganisationId and capacity are replaced as given")
    VenueJson update(@PathVariable long id, @Valid @RequestBody VenueCommand command) {
        service.update(id, command);
        return VenueJson.of(service.get(id));
    }

    @PostMapping("/{id}/retire")
    VenueJson retire(@PathVariable long id) {
        service.retire(id);
        return VenueJson.of(service.get(id));
    }

    @PostMapping("/{id}/unretire")
    VenueJson unretire(@PathVariable long id) {
        service.unretire(id);
        return VenueJson.of(service.get(id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deletes a venue no seminar used; 409 otherwise (retire it instead)")
    void delete(@PathVariable long id) {
        service.delete(id);
    }
}

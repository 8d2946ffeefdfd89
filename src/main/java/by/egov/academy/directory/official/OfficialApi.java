package by.egov.academy.directory.official;

import by.egov.academy.directory.access.DirectoryAccess;
import by.egov.academy.directory.territory.TerritoryRepository;
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
@RequestMapping("/api/v1/officials")
@Tag(name = "Officials")
class OfficialApi {

    record OfficialJson(long id, String fullName, String position, Leadership leadership, long organisationId,
                        String organisationNameRu, long territoryId, long regionId, String email, String phone,
                        String language) {
        static OfficialJson of(Official o) {
            return new OfficialJson(o.id(), o.fullName(), o.position(), o.leadership(), o.organisationId(),
                    o.organisationNameRu(), o.territoryId(), o.regionId(), o.email(), o.phone(), o.language());
        }
    }

    private final OfficialService service;
    private final OfficialRepository officials;
    private final TerritoryRepository territories;
    private final DirectoryAccess access;

    OfficialApi(OfficialService service, OfficialRepository officials, TerritoryRepository territories,
                DirectoryAccess access) {
        this.service = service;
        this.officials = officials;
        this.territories = territories;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "Search officials by name, position or organisation (ё/е- and case-insensitive)")
    PageJson<OfficialJson> search(@RequestParam(required = false) String q,
                              @RequestParam(required = false) Long organisation,
                              @RequestParam(required = false) Leadership leadership,
                              @RequestParam(required = false) Long territory,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "50") int size) {
        int safeSize = PageJson.size(size);
        int safePage = PageJson.page(page);
        var scope = access.readScope();
        var filter = new OfficialRepository.Filter(q, organisation, leadership,
                territory == null ? null : territories.subtreeIds(territory));
        var items = officials.search(filter, scope, safeSize, safePage * safeSize).stream()
                .map(OfficialJson::of).toList();
        return new PageJson<>(items, officials.count(filter, scope), safePage, safeSize);
    }

    @GetMapping("/{id}")
    OfficialJson one(@PathVariable long id) {
        return OfficialJson.of(service.get(id));
    }

    @PostMapping
    ResponseEntity<OfficialJson> create(@Valid @RequestBody OfficialCommand command) {
        long id = service.create(command);
        return ResponseEntity.status(HttpStatus.CREATED).body(OfficialJson.of(service.get(id)));
    }

    @PutMapping("/{id}")
    OfficialJson update(@PathVariable long id, @Valid @RequestBody OfficialCommand command) {
        service.update(id, command);
        return OfficialJson.of(service.get(id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        service.delete(id);
    }
}

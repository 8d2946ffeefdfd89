package by.egov.academy.directory.organisation;

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
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations")
class OrganisationApi {

    record OrganisationJson(long id, String nameRu, String nameBe, String nameEn, OrganisationCategory category, long territoryId,
                            long regionId, String address, int officialCount) {
        static OrganisationJson of(Organisation o) {
            return new OrganisationJson(o.id(), o.nameRu(), o.nameBe(), o.nameEn(), o.category(), o.territoryId(), o.regionId(),
                    o.address(), o.officialCount());
        }
    }

    private final OrganisationService service;
    private final OrganisationRepository organisations;
    private final TerritoryRepository territories;
    private final DirectoryAccess access;

    OrganisationApi(OrganisationService service, OrganisationRepository organisations,
                    TerritoryRepository territories, DirectoryAccess access) {
        this.service = service;
        this.organisations = organisations;
        this.territories = territories;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "Search organisations within the caller's scope")
    PageJson<OrganisationJson> list(@RequestParam(required = false) String q,
                                @RequestParam(required = false) OrganisationCategory category,
                                @RequestParam(required = false) Long territory,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size) {
        int safeSize = PageJson.size(size);
        int safePage = PageJson.page(page);
        var scope = access.readScope();
        var filter = new OrganisationRepository.Filter(q, category,
                territory == null ? null : territories.subtreeIds(territory));
        var items = organisations.search(filter, scope, safeSize, safePage * safeSize).stream()
                .map(OrganisationJson::of).toList();
        return new PageJson<>(items, organisations.count(filter, scope), safePage, safeSize);
    }

    @GetMapping("/{id}")
    OrganisationJson one(@PathVariable long id) {
        return OrganisationJson.of(service.get(id));
    }

    @PostMapping
    ResponseEntity<OrganisationJson> create(@Valid @RequestBody OrganisationCommand command) {
        long id = service.create(command);
        return ResponseEntity.status(HttpStatus.CREATED).body(OrganisationJson.of(service.get(id)));
    }

    @PutMapping("/{id}")
    OrganisationJson update(@PathVariable long id, @Valid @RequestBody OrganisationCommand command) {
        service.update(id, command);
        return OrganisationJson.of(service.get(id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        service.delete(id);
    }
}

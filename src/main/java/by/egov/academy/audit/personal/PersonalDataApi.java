package by.egov.academy.audit.personal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/officials/{id}")
@Tag(name = "Officials")
@PreAuthorize("hasRole('PROGRAMME_OFFICE')")
class PersonalDataApi {

    private final PersonalDataService service;

    PersonalDataApi(PersonalDataService service) {
        this.service = service;
    }

    @GetMapping("/personal-data")
    @Operation(summary = "Everything held about an official (programme office; recorded in the audit log as EXPORT)")
    PersonalData export(@PathVariable long id) {
        return service.export(id);
    }

    @PostMapping("/erasure")
    @Operation(summary = "Erase an official's personal data, keeping anonymous invitations and attendance "
            + "(programme office; recorded as ERASE)")
    PersonalDataService.Erasure erase(@PathVariable long id) {
        return service.erase(id);
    }
}

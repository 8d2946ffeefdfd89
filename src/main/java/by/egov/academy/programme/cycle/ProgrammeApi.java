package by.egov.academy.programme.cycle;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Programmes")
class ProgrammeApi {

    private final ProgrammeService service;

    ProgrammeApi(ProgrammeService service) {
        this.service = service;
    }

    @GetMapping
    List<ProgrammeRow> list() {
        return service.list();
    }

    @GetMapping("/{id}")
    ProgrammeRow one(@PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    ResponseEntity<ProgrammeRow> create(@Valid @RequestBody ProgrammeCommand command) {
        long id = service.create(command);
        return ResponseEntity.status(HttpStatus.CREATED).body(service.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Changes a programme: a text left out keeps its value, an empty one is cleared")
    ProgrammeRow update(@PathVariable long id, @Valid @RequestBody ProgrammeCommand command) {
        service.update(id, command);
        return service.get(id);
    }

    @PostMapping("/{id}/default")
    @Operation(summary = "Makes this programme the default one")
    ProgrammeRow makeDefault(@PathVariable long id) {
        service.makeDefault(id);
        return service.get(id);
    }
}

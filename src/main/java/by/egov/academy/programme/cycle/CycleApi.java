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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cycles")
@Tag(name = "Cycles")
class CycleApi {

    record CycleJson(long id, long programmeId, String titleRu, String titleBe, String titleEn, String descriptionRu,
                     String descriptionBe, String descriptionEn, boolean closed, int seminarCount,
                     List<CycleSeminar> seminars) {
        static CycleJson of(Cycle c, List<CycleSeminar> seminars) {
            return new CycleJson(c.id(), c.programmeId(), c.titleRu(), c.titleBe(), c.titleEn(), c.descriptionRu(),
                    c.descriptionBe(), c.descriptionEn(), c.closed(), c.seminarCount(), seminars);
        }
    }

    private final CycleService service;

    CycleApi(CycleService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Cycles, of one programme if given")
    List<CycleJson> list(@RequestParam(required = false) Long programmeId) {
        return service.list(programmeId).stream().map(c -> CycleJson.of(c, null)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A cycle with its seminars in order")
    CycleJson one(@PathVariable long id) {
        return full(id);
    }

    @PostMapping
    ResponseEntity<CycleJson> create(@Valid @RequestBody CycleCommand command) {
        long id = service.create(command);
        return ResponseEntity.status(HttpStatus.CREATED).body(full(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Changes a cycle: a text left out keeps its value, an empty one is cleared")
    CycleJson update(@PathVariable long id, @Valid @RequestBody CycleCommand command) {
        service.update(id, command);
        return full(id);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Closes a cycle: it takes no new seminars")
    CycleJson close(@PathVariable long id) {
        service.setClosed(id, true);
        return full(id);
    }

    @PostMapping("/{id}/reopen")
    CycleJson reopen(@PathVariable long id) {
        service.setClosed(id, false);
        return full(id);
    }

    @PutMapping("/{id}/order")
    @Operation(summary = "Puts the cycle's seminars in the order given (all of them, each once); ordinals follow")
    CycleJson order(@PathVariable long id, @Valid @RequestBody OrderCommand command) {
        service.reorder(id, command.seminarIds());
        return full(id);
    }

    private CycleJson full(long id) {
        return CycleJson.of(service.get(id), service.seminars(id));
    }
}

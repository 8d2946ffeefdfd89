package by.egov.academy.programme.topic;

import java.time.Instant;
import java.util.List;

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
@RequestMapping("/api/v1/topics")
@Tag(name = "Topics")
class TopicApi {

    record TopicJson(long id, String code, String nameRu, String nameBe, String nameEn, TopicState state,
                     boolean retired, Instant retiredAt, String proposedBy, int talkCount) {
        static TopicJson of(Topic t) {
            return new TopicJson(t.id(), t.code(), t.nameRu(), t.nameBe(), t.nameEn(), t.state(), t.retired(),
                    t.retiredAt(), t.proposedBy(), t.talkCount());
        }
    }

    private final TopicService service;

    TopicApi(TopicService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Topics, proposals first; retired ones only with includeRetired=true")
    List<TopicJson> list(@RequestParam(required = false) String q, @RequestParam(required = false) TopicState state,
                         @RequestParam(defaultValue = "false") boolean includeRetired) {
        return service.search(new TopicRepository.Filter(q, state, includeRetired)).stream().map(TopicJson::of).toList();
    }

    @GetMapping("/{id}")
    TopicJson one(@PathVariable long id) {
        return TopicJson.of(service.get(id));
    }

    @PostMapping
    @Operation(summary = "Creates a topic (programme office: approved) or proposes one (coordinator: proposed)")
    ResponseEntity<TopicJson> create(@Valid @RequestBody TopicCommand command) {
        long id = service.create(command);
        return ResponseEntity.status(HttpStatus.CREATED).body(TopicJson.of(service.get(id)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Changes a topic: a name left out keeps its value, an empty one is cleared")
    TopicJson update(@PathVariable long id, @Valid @RequestBody TopicCommand command) {
        service.update(id, command);
        return TopicJson.of(service.get(id));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approves a proposal, with corrected names if a body is given")
    TopicJson approve(@PathVariable long id, @Valid @RequestBody(required = false) TopicCommand corrections) {
        service.approve(id, corrections);
        return TopicJson.of(service.get(id));
    }

    @PostMapping("/{id}/reject")
    TopicJson reject(@PathVariable long id) {
        service.reject(id);
        return TopicJson.of(service.get(id));
    }

    @PostMapping("/{id}/retire")
    @Operation(summary = "Retires a topic: kept on the talks that have it, not offered for new ones")
    TopicJson retire(@PathVariable long id) {
        service.retire(id);
        return TopicJson.of(service.get(id));
    }

    @PostMapping("/{id}/unretire")
    TopicJson unretire(@PathVariable long id) {
        service.unretire(id);
        return TopicJson.of(service.get(id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deletes a topic no talk carries; 409 for one in use (retire it instead)")
    void delete(@PathVariable long id) {
        service.delete(id);
    }
}

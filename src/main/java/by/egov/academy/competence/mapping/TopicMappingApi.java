package by.egov.academy.competence.mapping;

import java.util.List;

import by.egov.academy.competence.framework.Competence;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Topics")
class TopicMappingApi {

    record CompetencesCommand(@NotNull @Size(max = 200) List<Long> competenceIds) {
    }

    record CompetenceJson(long id, String code, String nameRu, String nameBe, String nameEn) {
        static CompetenceJson of(Competence c) {
            return new CompetenceJson(c.id(), c.code(), c.nameRu(), c.nameBe(), c.nameEn());
        }
    }

    private final TopicMappingService service;

    TopicMappingApi(TopicMappingService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/topics/{topicId}/competences")
    List<CompetenceJson> list(@PathVariable long topicId) {
        return service.competences(topicId).stream().map(CompetenceJson::of).toList();
    }

    @PutMapping("/api/v1/topics/{topicId}/competences")
    @Operation(summary = "Sets the competences (of the current framework version) a topic serves")
    List<CompetenceJson> replace(@PathVariable long topicId, @Valid @RequestBody CompetencesCommand command) {
        service.replace(topicId, command.competenceIds());
        return list(topicId);
    }
}

package by.egov.academy.competence.mapping;

import java.util.LinkedHashSet;
import java.util.List;

import by.egov.academy.competence.CompetenceAccess;
import by.egov.academy.competence.framework.Competence;
import by.egov.academy.competence.framework.FrameworkRepository;
import by.egov.academy.platform.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links topics to the competences of the current framework version they serve; the programme office keeps both
 * the topics and the framework, so it alone links them.
 */
@Service
class TopicMappingService {

    private final TopicCompetenceRepository repository;
    private final FrameworkRepository framework;
    private final CompetenceAccess access;

    TopicMappingService(TopicCompetenceRepository repository, FrameworkRepository framework, CompetenceAccess access) {
        this.repository = repository;
        this.framework = framework;
        this.access = access;
    }

    TopicRef topic(long topicId) {
        access.checkProgrammeOffice();
        return repository.topic(topicId).orElseThrow(() -> DomainException.notFound("topic.notFoundId", topicId));
    }

    List<Competence> competences(long topicId) {
        topic(topicId);
        return repository.competences(topicId);
    }

    @Transactional
    void link(long topicId, Long competenceId) {
        topic(topicId);
        repository.link(topicId, current(competenceId, "competenceId"));
    }

    @Transactional
    boolean unlink(long topicId, long competenceId) {
        topic(topicId);
        return repository.unlink(topicId, competenceId) > 0;
    }

    /** Replaces the topic's competences with those given (all of the current version). */
    @Transactional
    void replace(long topicId, List<Long> competenceIds) {
        topic(topicId);
        if (competenceIds == null) {
            throw DomainException.invalid("competence.tag.competenceRequired", "competenceIds");
        }
        List<Long> checked = new LinkedHashSet<>(competenceIds).stream()
                .map(id -> current(id, "competenceIds")).toList();
        repository.unlinkAll(topicId);
        checked.forEach(id -> repository.link(topicId, id));
    }

    private long current(Long competenceId, String field) {
        if (competenceId == null) {
            throw DomainException.invalid("competence.tag.competenceRequired", field);
        }
        long version = framework.current().orElseThrow(() -> DomainException.notFound("competence.framework.none")).id();
        Competence c = framework.competence(competenceId)
                .orElseThrow(() -> DomainException.invalid("competence.tag.notCurrent", field));
        if (c.versionId() != version) {
            throw DomainException.invalid("competence.tag.notCurrent", field);
        }
        return c.id();
    }
}

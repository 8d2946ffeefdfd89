package by.egov.academy.competence.mapping;

import java.util.List;

import by.egov.academy.competence.CompetenceAccess;
import by.egov.academy.competence.framework.Competence;
import by.egov.academy.competence.framework.FrameworkRepository;
import by.egov.academy.competence.framework.FrameworkVersion;
import by.egov.academy.platform.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tags a talk with competences of the current framework version; the seminar's organisers alone may. */
@Service
class MappingService {

    private final TalkCompetenceRepository repository;
    private final FrameworkRepository framework;
    private final CompetenceAccess access;

    MappingService(TalkCompetenceRepository repository, FrameworkRepository framework, CompetenceAccess access) {
        this.repository = repository;
        this.framework = framework;
        this.access = access;
    }

    /** The talk, once the signed-in user is found to organise its seminar. */
    TalkRef manageable(long talkId) {
        TalkRef talk = repository.talk(talkId).orElseThrow(() -> DomainException.notFound("talk.notFound", talkId));
        access.checkManageSeminar(talk.seminarId());
        return talk;
    }

    @Transactional
    void tag(long talkId, TagCommand command, String who) {
        manageable(talkId);
        tagUnchecked(talkId, command);
        repository.tag(talkId, command.competenceId(), command.targetLevel(), who);
    }

    /** Checks a tag without asking who is signed in (the demo data tags as the system). */
    void tagUnchecked(long talkId, TagCommand command) {
        if (command.competenceId() == null) {
            throw DomainException.invalid("competence.tag.competenceRequired", "competenceId");
        }
        if (command.targetLevel() == null || command.targetLevel() < 1 || command.targetLevel() > 4) {
            throw DomainException.invalid("competence.tag.level.invalid", "targetLevel");
        }
        FrameworkVersion current = framework.current()
                .orElseThrow(() -> DomainException.notFound("competence.framework.none"));
        Competence c = framework.competence(command.competenceId())
                .orElseThrow(() -> DomainException.invalid("competence.tag.notCurrent", "competenceId"));
        if (c.versionId() != current.id()) {
            throw DomainException.invalid("competence.tag.notCurrent", "competenceId");
        }
    }

    @Transactional
    boolean untag(long talkId, long competenceId) {
        manageable(talkId);
        return repository.untag(talkId, competenceId) > 0;
    }

    List<TalkTag> tags(long talkId) {
        return repository.tags(talkId);
    }
}

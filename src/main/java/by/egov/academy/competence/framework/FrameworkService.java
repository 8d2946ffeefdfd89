package by.egov.academy.competence.framework;

import java.time.Clock;

import by.egov.academy.platform.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the framework. A published version is never edited: the programme office starts a draft (a copy
 * of the current version), edits and adds competences in it, then publishes it, and the previous version is
 * kept as superseded so that tags and evidence recorded against it keep their meaning.
 */
@Service
public class FrameworkService {

    private final FrameworkRepository repository;
    private final Clock clock;

    FrameworkService(FrameworkRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The draft, started as a copy of the given version if there is none yet (there is one draft at a time). */
    @Transactional
    public FrameworkVersion startDraft(long fromVersionId, String who) {
        repository.lock();
        FrameworkVersion from = repository.version(fromVersionId)
                .orElseThrow(() -> DomainException.notFound("competence.version.notFound", fromVersionId));
        return repository.draft().orElseGet(() ->
                repository.version(repository.copyAsDraft(from, who, clock.instant())).orElseThrow());
    }

    @Transactional
    public void update(long competenceId, CompetenceCommand command) {
        repository.lock();
        Competence c = editable(competenceId);
        repository.update(c.id(), command);
    }

    @Transactional
    public long add(CompetenceCommand command) {
        repository.lock();
        FrameworkVersion draft = repository.draft()
                .orElseThrow(() -> DomainException.conflict("competence.framework.noDraft", null));
        if (command.areaId() == null) {
            throw DomainException.invalid("competence.area.required", "areaId");
        }
        Area area = repository.areas(draft.id()).stream().filter(a -> a.id() == command.areaId()).findFirst()
                .orElseThrow(() -> DomainException.invalid("competence.area.notInDraft", "areaId"));
        return repository.add(draft.id(), area, command);
    }

    @Transactional
    public FrameworkVersion publish(long versionId) {
        repository.lock();
        FrameworkVersion draft = draft(versionId);
        repository.publish(draft.id(), clock.instant());
        return repository.version(draft.id()).orElseThrow();
    }

    @Transactional
    public void discardDraft(long versionId) {
        repository.lock();
        repository.discard(draft(versionId).id());
    }

    private FrameworkVersion draft(long versionId) {
        FrameworkVersion v = repository.version(versionId)
                .orElseThrow(() -> DomainException.notFound("competence.version.notFound", versionId));
        if (!v.isDraft()) {
            throw DomainException.conflict("competence.framework.published", null, v.versionNo());
        }
        return v;
    }

    /** A competence of the draft; one of a published or superseded version is refused with an explanation. */
    public Competence editable(long competenceId) {
        Competence c = repository.competence(competenceId)
                .orElseThrow(() -> DomainException.notFound("competence.notFound", competenceId));
        FrameworkVersion v = repository.version(c.versionId()).orElseThrow();
        if (!v.isDraft()) {
            throw DomainException.conflict("competence.framework.published", null, v.versionNo());
        }
        return c;
    }
}

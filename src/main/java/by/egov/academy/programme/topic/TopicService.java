package by.egov.academy.programme.topic;

import java.time.Clock;
import java.util.List;

import by.egov.academy.platform.DomainException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Topics: the programme office creates, edits, approves, rejects, retires and deletes them; a coordinator
 * proposes them. A topic a talk carries is never deleted, only retired: it stays on the talks that have it
 * and is no longer offered for new ones.
 */
@Service
public class TopicService {

    private final TopicRepository topics;
    private final TopicAccess access;
    private final Clock clock;

    TopicService(TopicRepository topics, TopicAccess access, Clock clock) {
        this.topics = topics;
        this.access = access;
        this.clock = clock;
    }

    Topic get(long id) {
        access.checkRead();
        return topics.find(id).orElseThrow(() -> DomainException.notFound("topic.notFoundId", id));
    }

    List<Topic> search(TopicRepository.Filter filter) {
        access.checkRead();
        return topics.search(filter, 500);
    }

    /** The office's topics are approved at once; a coordinator's are proposals. */
    @Transactional
    public long create(TopicCommand command) {
        access.checkRead();
        if (command.nameRu() == null || command.nameRu().isBlank()) {
            throw DomainException.invalid("topic.nameRu.required", "nameRu");
        }
        boolean office = access.isOffice();
        String code;
        if (command.code() != null && !command.code().isBlank()) {
            if (!office) { // the code is the office's to choose; a proposal gets one made from its name
                code = free(TopicCodes.fromName(command.nameRu()));
            } else {
                code = TopicCodes.normalise(command.code());
                if (topics.codeTaken(code)) {
                    throw DomainException.conflict("topic.codeTaken", "code", code);
                }
            }
        } else {
            code = free(TopicCodes.fromName(command.nameRu()));
        }
        try {
            return topics.insert(code, command, office ? TopicState.APPROVED : TopicState.PROPOSED,
                    office ? null : access.who(), clock.instant());
        } catch (DuplicateKeyException e) { // two creations raced for one code
            throw DomainException.conflict("topic.codeTaken", "code", code);
        }
    }

    @Transactional
    void update(long id, TopicCommand command) {
        access.checkOffice();
        get(id);
        topics.lock(id);
        if (command.nameRu() != null && command.nameRu().isBlank()) {
            throw DomainException.invalid("topic.nameRu.required", "nameRu");
        }
        TopicCommand normalised = command;
        if (command.code() != null && !command.code().isBlank()) {
            String code = TopicCodes.normalise(command.code());
            Topic current = get(id);
            if (!code.equals(current.code()) && topics.codeTaken(code)) {
                throw DomainException.conflict("topic.codeTaken", "code", code);
            }
            normalised = new TopicCommand(code, command.nameRu(), command.nameBe(), command.nameEn());
        }
        try {
            topics.update(id, normalised);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("topic.codeTaken", "code", normalised.code());
        }
    }

    /** Approves a proposal (or a rejected one after all), with the office's corrections to its names if any. */
    @Transactional
    void approve(long id, TopicCommand corrections) {
        access.checkOffice();
        get(id);
        topics.lock(id);
        if (corrections != null) {
            update(id, corrections);
        }
        topics.setState(id, TopicState.APPROVED);
    }

    @Transactional
    void reject(long id) {
        access.checkOffice();
        get(id);
        topics.lock(id);
        if (get(id).state() != TopicState.PROPOSED) {
            throw DomainException.conflict("topic.notProposed", null);
        }
        topics.setState(id, TopicState.REJECTED);
    }

    /** The topic, once the caller is found to be the programme office (for a confirmation page). */
    Topic forOffice(long id) {
        access.checkOffice();
        return get(id);
    }

    @Transactional
    void retire(long id) {
        access.checkOffice();
        get(id);
        topics.lock(id);
        if (get(id).retiredAt() == null) {
            topics.setRetired(id, clock.instant());
        }
    }

    @Transactional
    void unretire(long id) {
        access.checkOffice();
        get(id);
        topics.setRetired(id, null);
    }

    @Transactional
    void delete(long id) {
        access.checkOffice();
        Topic t = get(id);
        topics.lock(id);
        if (!topics.deleteIfUnused(id)) {
            throw DomainException.conflict("topic.inUse", null, t.talkCount());
        }
    }

    /** The generated code, with _2, _3, ... when another topic has it. */
    private String free(String base) {
        String code = base;
        for (int n = 2; topics.codeTaken(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    boolean isOffice() {
        return access.isOffice();
    }

    void checkRead() {
        access.checkRead();
    }
}

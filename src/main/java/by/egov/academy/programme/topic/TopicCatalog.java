package by.egov.academy.programme.topic;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Topics as the rest of the programme needs them (the seminar page's agenda form, talk display): what a new
 * talk may be given, and any topic by id, retired and rejected ones included, since old talks keep theirs.
 * No access check: it hands out reference data to code that has checked its own.
 */
@Component
public class TopicCatalog {

    private final TopicRepository topics;

    TopicCatalog(TopicRepository topics) {
        this.topics = topics;
    }

    /** Approved and not retired, by Russian name: the choices for a new talk. */
    public List<Topic> forNewTalks() {
        return topics.active();
    }

    /**
     * The choices for a talk that already has {@code current} topics: the active ones plus those of its own that
     * were retired since, so that editing the talk does not silently drop them.
     */
    public List<Topic> forTalk(Collection<Long> current) {
        Map<Long, Topic> all = topics.active().stream()
                .collect(Collectors.toMap(Topic::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        topics.byIds(current).forEach(t -> all.putIfAbsent(t.id(), t));
        return List.copyOf(all.values());
    }

    public Optional<Topic> find(long id) {
        return topics.find(id);
    }

    /** Any topics by id (retired and rejected included), keyed by id. */
    public Map<Long, Topic> byIds(Collection<Long> ids) {
        return topics.byIds(ids).stream().collect(Collectors.toMap(Topic::id, Function.identity()));
    }

    /** Whether a new talk may be given this topic (approved, not retired). */
    public boolean usableForNewTalk(long id) {
        return topics.find(id).map(Topic::active).orElse(false);
    }
}

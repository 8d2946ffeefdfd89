package by.egov.academy.programme.topic;

import java.time.Instant;
import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/** A topic of talks as stored, with the number of talks that carry it (a used topic is retired, never deleted). */
public record Topic(long id, String code, String nameRu, String nameBe, String nameEn, TopicState state,
                    Instant retiredAt, String proposedBy, Instant createdAt, int talkCount) {

    public String name(Locale locale) {
        return LocaleConfiguration.pick(locale, nameRu, nameBe, nameEn);
    }

    public boolean retired() {
        return retiredAt != null;
    }

    /** Offered for new talks: approved and not retired. */
    public boolean active() {
        return state == TopicState.APPROVED && retiredAt == null;
    }
}

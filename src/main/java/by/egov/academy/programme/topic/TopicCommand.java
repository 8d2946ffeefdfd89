package by.egov.academy.programme.topic;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a user submits to create, change or approve a topic (form and API alike). On a change a name that is
 * absent (null) keeps its stored value and an empty one clears it, so a form or client that knows one language
 * never wipes the others; the Russian name is required on creation and can never be cleared.
 */
public record TopicCommand(
        @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9_]*") String code,
        @Size(max = 300) String nameRu,
        @Size(max = 300) String nameBe,
        @Size(max = 300) String nameEn) {

    public static TopicCommand of(Topic t) {
        return new TopicCommand(t.code(), t.nameRu(), t.nameBe(), t.nameEn());
    }
}

package by.egov.academy.publishing.news;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A seminar's news item (or announcement) in one language, with its generated, edited and published texts. */
public record NewsItem(long id, long seminarId, String kind, String language, String status, String generatedTitle,
                String generatedBody, String missing, String generatedBy, Instant generatedAt, String editedTitle,
                String editedBody, String editedBy, Instant editedAt, String publishedTitle, String publishedBody,
                String publishedBy, Instant publishedAt, String requestedBy, Instant requestedAt, String returnedBy,
                Instant returnedAt, String returnComment) {

    /** The current text: the editor's where there is one, else the writer's. */
    public String title() {
        return editedTitle != null ? editedTitle : generatedTitle;
    }

    public String body() {
        return editedBody != null ? editedBody : generatedBody;
    }

    public boolean edited() {
        return editedTitle != null || editedBody != null;
    }

    public boolean published() {
        return publishedAt != null;
    }

    /** A coordinator has asked the programme office to publish, and the office has not answered yet. */
    public boolean publicationRequested() {
        return requestedAt != null;
    }

    public java.time.LocalDateTime requestedLocal() {
        return minsk(requestedAt);
    }

    public java.time.LocalDateTime returnedLocal() {
        return minsk(returnedAt);
    }

    public List<String> missingFacts() {
        return missing == null || missing.isBlank() ? List.of() : Arrays.asList(missing.split(","));
    }

    /** The published body as paragraphs, for the public page. */
    public List<String> publishedParagraphs() {
        return publishedBody == null ? List.of() : Arrays.stream(publishedBody.split("\\R\\s*\\R")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    public java.time.LocalDateTime generatedLocal() {
        return minsk(generatedAt);
    }

    public java.time.LocalDateTime editedLocal() {
        return minsk(editedAt);
    }

    public java.time.LocalDateTime publishedLocal() {
        return minsk(publishedAt);
    }

    /** Times as Minsk wall-clock times, for the pages. */
    static java.time.LocalDateTime minsk(Instant at) {
        return at == null ? null : java.time.LocalDateTime.ofInstant(at, FactsRepository.MINSK);
    }
}

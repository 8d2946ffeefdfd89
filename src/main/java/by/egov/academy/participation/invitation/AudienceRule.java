package by.egov.academy.participation.invitation;

import java.util.Arrays;
import java.util.List;

/** Which organisations' officials a seminar invites: categories × territories × positions. */
public record AudienceRule(long id, long seminarId, String categories, String scope, Long territoryId, String positions) {

    public List<String> categoryList() {
        return categories.isBlank() ? List.of() : Arrays.asList(categories.split(","));
    }

    public List<String> leaderships() {
        return switch (positions) {
            case "HEADS" -> List.of("HEAD");
            case "DEPUTIES" -> List.of("DEPUTY_HEAD");
            case "HEADS_AND_DEPUTIES" -> List.of("HEAD", "DEPUTY_HEAD");
            default -> List.of("HEAD", "DEPUTY_HEAD", "OTHER");
        };
    }
}

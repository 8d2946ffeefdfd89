package by.egov.academy.reporting.gaps;

import java.time.LocalDate;

/** A target official without evidence of a competence, with the last seminar attended (null: never). */
public record MissingOfficial(long id, String fullName, String position, String leadership, String organisation,
                              String territory, LocalDate lastAttended) {
}

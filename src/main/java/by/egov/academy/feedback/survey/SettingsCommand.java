package by.egov.academy.feedback.survey;

import java.time.LocalDateTime;

/** Named or anonymous, and when the survey goes out (Minsk wall-clock time). */
public record SettingsCommand(Boolean anonymous, LocalDateTime sendAt) {
}

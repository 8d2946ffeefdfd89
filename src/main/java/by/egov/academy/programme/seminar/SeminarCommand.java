package by.egov.academy.programme.seminar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A seminar as the form and the API submit it. Times are wall-clock times in Minsk
 * ({@code 2017-09-08T10:00}), the only time zone the programme works in.
 */
public record SeminarCommand(
        Long cycleId,
        @NotNull Long hostTerritoryId,
        @NotBlank @Size(max = 500) String titleRu,
        @Size(max = 500) String titleBe,
        @Size(max = 500) String titleEn,
        @DateTimeFormat(pattern = "yyyy-MM") YearMonth plannedMonth,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime end,
        Long venueId,
        @Size(max = 5000) String audienceRu,
        @Size(max = 5000) String audienceBe,
        @Size(max = 5000) String audienceEn) {

    public Instant startsAt() {
        return start == null ? null : start.atZone(Seminar.MINSK).toInstant();
    }

    public Instant endsAt() {
        return end == null ? null : end.atZone(Seminar.MINSK).toInstant();
    }

    public static SeminarCommand of(Seminar s) {
        return new SeminarCommand(s.cycleId(), s.hostTerritoryId(), s.titleRu(), s.titleBe(), s.titleEn(),
                s.plannedMonth() == null ? null : YearMonth.from(s.plannedMonth()),
                s.start() == null ? null : s.start().toLocalDateTime(),
                s.end() == null ? null : s.end().toLocalDateTime(), s.venueId(),
                s.audienceRu(), s.audienceBe(), s.audienceEn());
    }
}

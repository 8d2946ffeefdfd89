package by.egov.academy.programme.seminar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import by.egov.academy.programme.SeminarKind;
import by.egov.academy.programme.SeminarLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A seminar as the form and the API submit it. Times are wall-clock times in Minsk
 * ({@code 2017-09-08T10:00}), the only time zone the programme works in. A seminar whose day is known but
 * not its hours gives {@code date} (and {@code endDate} when it lasts several days) instead of start and end.
 * A text left out ({@code null}) keeps what is stored; an empty one clears it: a form or a script that does not
 * show a language never erases it.
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
        @Size(max = 5000) String audienceEn,
        SeminarKind kind,
        SeminarLevel level,
        Long programmeId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        @Valid @Size(max = 30) List<OrganiserEntry> organisers) {

    /** The form's and the demo's short shape: a timed (or undated) seminar of the usual kind. */
    public SeminarCommand(Long cycleId, Long hostTerritoryId, String titleRu, String titleBe, String titleEn,
                          YearMonth plannedMonth, LocalDateTime start, LocalDateTime end, Long venueId,
                          String audienceRu, String audienceBe, String audienceEn) {
        this(cycleId, hostTerritoryId, titleRu, titleBe, titleEn, plannedMonth, start, end, venueId, audienceRu,
                audienceBe, audienceEn, null, null, null, null, null, null);
    }

    public boolean allDay() {
        return date != null;
    }

    public Instant startsAt() {
        if (date != null) {
            return date.atStartOfDay(Seminar.MINSK).toInstant();
        }
        return start == null ? null : start.atZone(Seminar.MINSK).toInstant();
    }

    /** An all-day seminar ends at midnight after its last day. */
    public Instant endsAt() {
        if (date != null) {
            return (endDate == null ? date : endDate).plusDays(1).atStartOfDay(Seminar.MINSK).toInstant();
        }
        return end == null ? null : end.atZone(Seminar.MINSK).toInstant();
    }

    public SeminarKind kindOrUsual() {
        return kind == null ? SeminarKind.REGIONAL_SEMINAR : kind;
    }

    public SeminarLevel levelOrUsual() {
        return level != null ? level : kindOrUsual().usualLevel();
    }

    public static SeminarCommand of(Seminar s) {
        boolean allDay = s.allDay() && s.startsAt() != null;
        return new SeminarCommand(s.cycleId(), s.hostTerritoryId(), s.titleRu(), s.titleBe(), s.titleEn(),
                s.plannedMonth() == null ? null : YearMonth.from(s.plannedMonth()),
                allDay || s.start() == null ? null : s.start().toLocalDateTime(),
                allDay || s.end() == null ? null : s.end().toLocalDateTime(), s.venueId(),
                s.audienceRu(), s.audienceBe(), s.audienceEn(), s.kindEnum(), s.levelEnum(), s.programmeId(),
                allDay ? s.start().toLocalDate() : null,
                allDay ? s.end().toLocalDate().minusDays(1) : null, null);
    }
}

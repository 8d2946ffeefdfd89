package by.egov.academy.programme.seminar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;
import by.egov.academy.programme.SeminarKind;
import by.egov.academy.programme.SeminarLevel;
import by.egov.academy.programme.SeminarStatus;

public record Seminar(long id, long programmeId, Long cycleId, Integer ordinal, String level, long hostTerritoryId,
                      String titleRu, String titleBe, String titleEn, LocalDate plannedMonth,
                      Instant startsAt, Instant endsAt, Long venueId, SeminarStatus status,
                      String audienceRu, String audienceBe, String audienceEn,
                      String outcomeRu, String outcomeBe, String outcomeEn,
                      Long nextSeminarId, int icalSequence, String illustrativeNote, boolean everAnnounced,
                      String kind, boolean allDay) {

    public static final ZoneId MINSK = by.egov.academy.platform.Minsk.ZONE;

    public SeminarKind kindEnum() {
        return SeminarKind.valueOf(kind);
    }

    public SeminarLevel levelEnum() {
        return SeminarLevel.valueOf(level);
    }

    /** The last day of an all-day seminar (it ends at the midnight after it). */
    public LocalDate lastDay() {
        return endsAt == null ? null : allDay ? end().toLocalDate().minusDays(1) : end().toLocalDate();
    }

    public String title(Locale locale) {
        return LocaleConfiguration.pick(locale, titleRu, titleBe, titleEn);
    }

    public String audience(Locale locale) {
        return LocaleConfiguration.pick(locale, audienceRu, audienceBe, audienceEn);
    }

    public String outcome(Locale locale) {
        return LocaleConfiguration.pick(locale, outcomeRu, outcomeBe, outcomeEn);
    }

    public ZonedDateTime start() {
        return startsAt == null ? null : startsAt.atZone(MINSK);
    }

    public ZonedDateTime end() {
        return endsAt == null ? null : endsAt.atZone(MINSK);
    }

    /** The public sees a seminar once it has been announced, and keeps seeing it if it is later cancelled. */
    public boolean isPublic() {
        return status != SeminarStatus.PLANNED && (status != SeminarStatus.CANCELLED || everAnnounced);
    }
}

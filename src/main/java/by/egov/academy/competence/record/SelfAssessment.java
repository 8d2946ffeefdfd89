package by.egov.academy.competence.record;

import java.time.Instant;
import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/**
 * The official's own rating of a competence before and after a seminar, from a named post-seminar survey (anonymous
 * answers name nobody and never reach a record); either level may be missing when only one was given.
 */
public record SelfAssessment(String code, String nameRu, String nameBe, String nameEn, long seminarId, String titleRu,
                             String titleBe, String titleEn, Instant startsAt, Integer before, Integer after) {

    public String name(Locale locale) {
        return LocaleConfiguration.pick(locale, nameRu, nameBe, nameEn);
    }

    public String title(Locale locale) {
        return LocaleConfiguration.pick(locale, titleRu, titleBe, titleEn);
    }

    public java.time.LocalDate date() {
        return startsAt == null ? null : startsAt.atZone(java.time.ZoneId.of("Europe/Minsk")).toLocalDate();
    }

    /** "2 → 3", with a dash for a level not given. */
    public String levels() {
        return (before == null ? "—" : before.toString()) + " → " + (after == null ? "—" : after.toString());
    }
}

package by.egov.academy.competence.record;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/** A seminar the official attended, in person or at a district's videoconference site, and what it covered. */
public record AttendedSeminar(long seminarId, String titleRu, String titleBe, String titleEn, Instant startsAt,
                              boolean inPerson, String siteRu, String siteBe, String siteEn,
                              List<CoveredCompetence> competences) {

    public String title(Locale locale) {
        return LocaleConfiguration.pick(locale, titleRu, titleBe, titleEn);
    }

    /** The seminar's day in Minsk. */
    public java.time.LocalDate date() {
        return startsAt == null ? null : startsAt.atZone(java.time.ZoneId.of("Europe/Minsk")).toLocalDate();
    }

    public String site(Locale locale) {
        return LocaleConfiguration.pick(locale, siteRu, siteBe, siteEn);
    }

    AttendedSeminar with(List<CoveredCompetence> list) {
        return new AttendedSeminar(seminarId, titleRu, titleBe, titleEn, startsAt, inPerson, siteRu, siteBe, siteEn, list);
    }
}

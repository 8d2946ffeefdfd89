package by.egov.academy.programme.seminar;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

public record Talk(long id, long seminarId, String kind, String titleRu, String titleBe, String titleEn,
                   Instant startsAt, Instant endsAt, boolean illustrative, List<Speaker> speakers, List<Topic> topics) {

    public record Speaker(long expertId, String fullName, String position, long organisationId,
                          String organisationNameRu, String organisationNameBe, String organisationNameEn,
                          String positionBe, String positionEn) {
        /** The position in the page's language; without a translation the Russian one. */
        public String position(Locale locale) {
            return position == null ? null : LocaleConfiguration.pick(locale, position, positionBe,
                    positionEn == null ? position : positionEn);
        }

        public String organisationName(Locale locale) {
            return LocaleConfiguration.pick(locale, organisationNameRu, organisationNameBe,
                    organisationNameEn == null ? organisationNameRu : organisationNameEn);
        }
    }

    public record Topic(long id, String code, String nameRu, String nameBe, String nameEn) {
        public String name(Locale locale) {
            return LocaleConfiguration.pick(locale, nameRu, nameBe, nameEn);
        }
    }

    public String title(Locale locale) {
        return LocaleConfiguration.pick(locale, titleRu, titleBe, titleEn);
    }

    public ZonedDateTime start() {
        return startsAt.atZone(Seminar.MINSK);
    }

    public ZonedDateTime end() {
        return endsAt.atZone(Seminar.MINSK);
    }
}

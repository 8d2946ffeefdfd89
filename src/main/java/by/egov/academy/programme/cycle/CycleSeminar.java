package by.egov.academy.programme.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/** A seminar of a cycle, in the cycle's order, as the ordering page and API show it. */
public record CycleSeminar(long id, Integer ordinal, String titleRu, String titleBe, String titleEn, String status,
                           LocalDate plannedMonth, Instant startsAt, String hostNameRu, String hostNameBe,
                           String hostNameEn) {

    public String title(Locale locale) {
        return LocaleConfiguration.pick(locale, titleRu, titleBe, titleEn);
    }

    public String hostName(Locale locale) {
        return LocaleConfiguration.pick(locale, hostNameRu, hostNameBe, hostNameEn);
    }
}

package by.egov.academy.programme.cycle;

import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/** A cycle of regional seminars; a closed one takes no new seminars. */
public record Cycle(long id, long programmeId, String titleRu, String titleBe, String titleEn,
                    String descriptionRu, String descriptionBe, String descriptionEn, boolean closed, int seminarCount) {

    public String title(Locale locale) {
        return LocaleConfiguration.pick(locale, titleRu, titleBe, titleEn);
    }

    public String description(Locale locale) {
        return LocaleConfiguration.pick(locale, descriptionRu, descriptionBe, descriptionEn);
    }
}

package by.egov.academy.programme.cycle;

import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/** A programme (the 2016 competence-building project and any later one); one is the default. */
public record ProgrammeRow(long id, String titleRu, String titleBe, String titleEn, int startYear,
                           String descriptionRu, String descriptionBe, String descriptionEn, boolean isDefault,
                           int cycleCount) {

    public String title(Locale locale) {
        return LocaleConfiguration.pick(locale, titleRu, titleBe, titleEn);
    }

    public String description(Locale locale) {
        return LocaleConfiguration.pick(locale, descriptionRu, descriptionBe, descriptionEn);
    }
}

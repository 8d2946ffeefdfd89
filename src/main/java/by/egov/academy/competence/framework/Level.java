package by.egov.academy.competence.framework;

import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/** A proficiency level: 1 awareness, 2 understanding, 3 application, 4 leadership. */
public record Level(int level, String code, String nameRu, String nameBe, String nameEn,
                    String descriptionRu, String descriptionBe, String descriptionEn) {

    public String name(Locale locale) {
        return LocaleConfiguration.pick(locale, nameRu, nameBe, nameEn);
    }

    public String description(Locale locale) {
        return LocaleConfiguration.pick(locale, descriptionRu, descriptionBe, descriptionEn);
    }
}

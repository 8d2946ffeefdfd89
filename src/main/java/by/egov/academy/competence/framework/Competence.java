package by.egov.academy.competence.framework;

import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/** A competence of one framework version; its code stays the same from version to version. */
public record Competence(long id, long versionId, long areaId, String code, int position,
                         String nameRu, String nameBe, String nameEn,
                         String descriptionRu, String descriptionBe, String descriptionEn) {

    public String name(Locale locale) {
        return LocaleConfiguration.pick(locale, nameRu, nameBe, nameEn);
    }

    public String description(Locale locale) {
        return LocaleConfiguration.pick(locale, descriptionRu, descriptionBe, descriptionEn);
    }
}

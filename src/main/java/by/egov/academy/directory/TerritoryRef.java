package by.egov.academy.directory;

import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/** A territory as other modules see it, with the Russian and Belarusian case forms generated text needs. */
public record TerritoryRef(long id, String code, String level, Long parentId, long regionId,
                           String nameRu, String nameBe, String nameEn,
                           String centreRu, String centreBe, String centreEn,
                           String ruGen, String ruPrep, String beGen, String bePrep) {

    public String name(Locale locale) {
        return LocaleConfiguration.pick(locale, nameRu, nameBe, nameEn);
    }

    public String centre(Locale locale) {
        return LocaleConfiguration.pick(locale, centreRu, centreBe, centreEn);
    }
}

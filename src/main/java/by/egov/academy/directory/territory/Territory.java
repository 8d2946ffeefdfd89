package by.egov.academy.directory.territory;

import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/** A unit of the administrative-territorial division, as the directory pages and API show it. */
public record Territory(long id, String code, TerritoryLevel level, Long parentId, Long regionId,
                        String nameRu, String nameBe, String nameEn,
                        String centreRu, String centreBe, String centreEn) {

    public String name(Locale locale) {
        return LocaleConfiguration.pick(locale, nameRu, nameBe, nameEn);
    }

    public String centre(Locale locale) {
        return LocaleConfiguration.pick(locale, centreRu, centreBe, centreEn);
    }
}

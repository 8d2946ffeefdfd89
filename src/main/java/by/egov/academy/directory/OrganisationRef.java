package by.egov.academy.directory;

import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

public record OrganisationRef(long id, String nameRu, String nameBe, String nameEn, String category, long territoryId,
                              String address) {

    public String name(Locale locale) {
        // without a recorded English name the Russian one, never a transliteration
        return LocaleConfiguration.pick(locale, nameRu, nameBe, nameEn == null ? nameRu : nameEn);
    }
}

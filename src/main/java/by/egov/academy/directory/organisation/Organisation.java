package by.egov.academy.directory.organisation;

import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/** An organisation with the names of its territory, as listed. */
public record Organisation(long id, String nameRu, String nameBe, String nameEn, OrganisationCategory category, long territoryId,
                           String address, String territoryNameRu, String territoryNameBe, String territoryNameEn,
                           long regionId, int officialCount) {

    public String name(Locale locale) {
        // an organisation without a recorded English name is shown by its Russian one, never a transliteration
        return LocaleConfiguration.pick(locale, nameRu, nameBe, nameEn == null ? nameRu : nameEn);
    }

    public String territoryName(Locale locale) {
        return LocaleConfiguration.pick(locale, territoryNameRu, territoryNameBe, territoryNameEn);
    }
}

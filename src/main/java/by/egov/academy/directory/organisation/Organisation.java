package by.egov.academy.directory.organisation;

import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/** An organisation with the names of its territory, as listed. */
public record Organisation(long id, String nameRu, String nameBe, OrganisationCategory category, long territoryId,
                           String address, String territoryNameRu, String territoryNameBe, String territoryNameEn,
                           long regionId, int officialCount) {

    public String name(Locale locale) {
        // organisations have no official English names; English pages show the Russian one
        return LocaleConfiguration.pick(locale, nameRu, nameBe, nameRu);
    }

    public String territoryName(Locale locale) {
        return LocaleConfiguration.pick(locale, territoryNameRu, territoryNameBe, territoryNameEn);
    }
}

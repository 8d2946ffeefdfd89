package by.egov.academy.directory.official;

import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

public record Official(long id, String fullName, String position, Leadership leadership, long organisationId,
                       String email, String phone, String language, String organisationNameRu, String organisationNameBe,
                       long territoryId, String territoryNameRu, String territoryNameBe, String territoryNameEn,
                       long regionId) {

    public String organisationName(Locale locale) {
        return LocaleConfiguration.pick(locale, organisationNameRu, organisationNameBe, organisationNameRu);
    }

    public String territoryName(Locale locale) {
        return LocaleConfiguration.pick(locale, territoryNameRu, territoryNameBe, territoryNameEn);
    }
}

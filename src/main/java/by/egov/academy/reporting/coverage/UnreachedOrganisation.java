package by.egov.academy.reporting.coverage;

/** A target organisation no official of which attended a seminar within the filter. */
record UnreachedOrganisation(long id, String nameRu, String category, long territoryId, String territoryNameRu,
                             long invited, String nameBe, String nameEn, String territoryNameBe, String territoryNameEn) {

    public String name(java.util.Locale locale) {
        return by.egov.academy.platform.LocaleConfiguration.pick(locale, nameRu, nameBe, nameEn);
    }

    public String territoryName(java.util.Locale locale) {
        return by.egov.academy.platform.LocaleConfiguration.pick(locale, territoryNameRu, territoryNameBe, territoryNameEn);
    }
}

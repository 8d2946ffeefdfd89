package by.egov.academy.directory;

import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

public record OrganisationRef(long id, String nameRu, String nameBe, String category, long territoryId,
                              String address) {

    public String name(Locale locale) {
        return LocaleConfiguration.pick(locale, nameRu, nameBe, nameRu);
    }
}

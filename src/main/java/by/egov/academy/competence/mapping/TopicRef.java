package by.egov.academy.competence.mapping;

import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/** A topic as this module reads it from the programme's table. */
public record TopicRef(long id, String code, String nameRu, String nameBe, String nameEn) {

    public String name(Locale locale) {
        return LocaleConfiguration.pick(locale, nameRu, nameBe, nameEn);
    }
}

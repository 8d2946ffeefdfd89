package by.egov.academy.competence.mapping;

import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/** A talk as this module reads it from the programme's tables. */
public record TalkRef(long id, long seminarId, String kind, String titleRu, String titleBe, String titleEn) {

    public String title(Locale locale) {
        return LocaleConfiguration.pick(locale, titleRu, titleBe, titleEn);
    }
}

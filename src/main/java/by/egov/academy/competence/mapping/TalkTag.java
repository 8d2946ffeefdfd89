package by.egov.academy.competence.mapping;

import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/** A competence a talk develops, with the framework version the tag was made against and the target level. */
public record TalkTag(long talkId, long competenceId, String code, String nameRu, String nameBe, String nameEn,
                      int versionNo, boolean currentVersion, int targetLevel) {

    public String name(Locale locale) {
        return LocaleConfiguration.pick(locale, nameRu, nameBe, nameEn);
    }
}

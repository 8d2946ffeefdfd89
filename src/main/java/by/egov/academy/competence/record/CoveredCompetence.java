package by.egov.academy.competence.record;

import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/**
 * A competence an official has evidence for: the talks of attended seminars tagged with it, as recorded against
 * framework version {@code versionNo}; {@code level} is the highest target level among them.
 */
public record CoveredCompetence(String code, String nameRu, String nameBe, String nameEn, int versionNo, int level,
                                int seminars) {

    public String name(Locale locale) {
        return LocaleConfiguration.pick(locale, nameRu, nameBe, nameEn);
    }
}

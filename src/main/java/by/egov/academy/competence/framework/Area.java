package by.egov.academy.competence.framework;

import java.util.List;
import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/** A competence area of one version, with the framework it is taken from and its competences. */
public record Area(long id, long versionId, String code, int position, String nameRu, String nameBe, String nameEn,
                   String descriptionRu, String descriptionBe, String descriptionEn, String source,
                   List<Competence> competences) {

    public String name(Locale locale) {
        return LocaleConfiguration.pick(locale, nameRu, nameBe, nameEn);
    }

    public String description(Locale locale) {
        return LocaleConfiguration.pick(locale, descriptionRu, descriptionBe, descriptionEn);
    }

    Area with(List<Competence> list) {
        return new Area(id, versionId, code, position, nameRu, nameBe, nameEn, descriptionRu, descriptionBe,
                descriptionEn, source, list);
    }
}

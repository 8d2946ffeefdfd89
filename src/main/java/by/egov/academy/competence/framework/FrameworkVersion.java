package by.egov.academy.competence.framework;

import java.time.Instant;
import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/** One version of the framework: a draft being edited, the published (current) one, or a superseded one. */
public record FrameworkVersion(long id, int versionNo, String titleRu, String titleBe, String titleEn, String state,
                               Instant publishedAt, String createdBy) {

    public String title(Locale locale) {
        return LocaleConfiguration.pick(locale, titleRu, titleBe, titleEn);
    }

    public boolean isDraft() {
        return "DRAFT".equals(state);
    }
}

package by.egov.academy.programme.expert;

import java.time.Instant;
import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/** An expert with their organisation's names and the number of talks they gave. */
public record Expert(long id, String fullName, String positionRu, String positionBe, String positionEn,
                     long organisationId, String organisationNameRu, String organisationNameBe, String organisationNameEn,
                     String organisationCategory, String email, String language, Long accountId, Instant retiredAt,
                     Long mergedInto, int talkCount) {

    public String position(Locale locale) {
        return LocaleConfiguration.pick(locale, positionRu, positionBe, positionEn);
    }

    public String organisationName(Locale locale) {
        // without a recorded English name the Russian one, never a transliteration
        return LocaleConfiguration.pick(locale, organisationNameRu, organisationNameBe, organisationNameEn);
    }

    public boolean retired() {
        return retiredAt != null;
    }

    public boolean merged() {
        return mergedInto != null;
    }

    /** An expert who spoke keeps their record for the old agendas: retired, never deleted. */
    public boolean deletable() {
        return talkCount == 0;
    }
}

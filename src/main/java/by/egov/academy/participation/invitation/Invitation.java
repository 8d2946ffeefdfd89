package by.egov.academy.participation.invitation;

import java.time.Instant;

public record Invitation(long id, long seminarId, long officialId, String tokenNonce, String shortCode, String state,
                         String source, boolean excluded, Long remoteSiteId, Long delegatedTo, Instant waitingSince,
                         Instant sentAt, Instant respondedAt, Instant attendedAt, String attendedBy, String mailError,
                         String fullName, String position, String email, String language, long organisationId,
                         String organisationNameRu, String territoryNameRu, Long seatNo,
                         String organisationNameBe, String organisationNameEn, String territoryNameBe,
                         String territoryNameEn) {

    public String organisationName(java.util.Locale locale) {
        return by.egov.academy.platform.LocaleConfiguration.pick(locale, organisationNameRu, organisationNameBe,
                organisationNameEn);
    }

    public String territoryName(java.util.Locale locale) {
        return by.egov.academy.platform.LocaleConfiguration.pick(locale, territoryNameRu, territoryNameBe, territoryNameEn);
    }

    public boolean accepted() {
        return state.equals("ACCEPTED_IN_PERSON") || state.equals("ACCEPTED_REMOTE");
    }

    public java.time.ZonedDateTime attendedAtMinsk() {
        return attendedAt == null ? null : attendedAt.atZone(java.time.ZoneId.of("Europe/Minsk"));
    }
}

package by.egov.academy.competence.certificate;

import java.time.Instant;

/** What a certificate says about an attended invitation, read at the moment of issue. */
record Attendee(long invitationId, long seminarId, long officialId, String fullName, String position,
                String organisationRu, String organisationBe, String seminarRu, String seminarBe, Instant startsAt,
                Instant endsAt, String venueRu, String venueBe, String placeRu, String placeBe, String issuerRu,
                String issuerBe, boolean inPerson, String siteRu, String siteBe, Instant attendedAt,
                String mailLanguage) {

    /** The language of a bulk issue that names none: the official's mail language if a certificate has it. */
    String certificateLanguage() {
        return "be".equals(mailLanguage) ? "be" : "ru";
    }

    String pick(String language, String ru, String be) {
        return "be".equals(language) && be != null && !be.isBlank() ? be : ru;
    }
}

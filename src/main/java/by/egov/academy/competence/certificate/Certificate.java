package by.egov.academy.competence.certificate;

import java.time.Instant;

/** A kept certificate of participation (the PDF is read separately). */
public record Certificate(long id, String serial, long invitationId, long seminarId, long officialId, String language,
                          String fullName, String seminarTitle, Instant issuedAt, Instant revokedAt,
                          String revocationReason, String issuer, String signatory) {

    /** The day of issue in Minsk, as printed on the certificate. */
    public java.time.LocalDate issuedOn() {
        return issuedAt.atZone(java.time.ZoneId.of("Europe/Minsk")).toLocalDate();
    }

    public boolean valid() {
        return revokedAt == null;
    }
}

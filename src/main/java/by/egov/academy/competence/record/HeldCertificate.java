package by.egov.academy.competence.record;

import java.time.Instant;

/** A certificate of the official's, as the record lists it (valid or revoked). */
public record HeldCertificate(String serial, long seminarId, String seminarTitle, String language, Instant issuedAt,
                              boolean revoked) {
}

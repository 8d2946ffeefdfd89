package by.egov.academy.competence.record;

import java.util.List;

import by.egov.academy.directory.OfficialRef;

/**
 * An official's record (transcript): the seminars attended, the competences covered, the levels the official
 * rated themselves at in named post-seminar surveys, over the years, and the certificates held.
 */
public record OfficialRecord(OfficialRef official, List<AttendedSeminar> seminars, List<CoveredCompetence> competences,
                             List<SelfAssessment> selfAssessed, List<HeldCertificate> certificates) {
}

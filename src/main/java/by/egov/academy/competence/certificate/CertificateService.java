package by.egov.academy.competence.certificate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import by.egov.academy.competence.CompetenceAccess;
import by.egov.academy.platform.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of participation: one per attended invitation, made once (the PDF is stored and served as made),
 * revocable by the programme office, verifiable by anyone who has the serial number (the QR code's URL).
 */
@Service
class CertificateService {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CertificateRepository repository;
    private final CertificatePdf pdf;
    private final CompetenceAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.springframework.core.env.Environment environment;

    CertificateService(CertificateRepository repository, CertificatePdf pdf, CompetenceAccess access, JdbcClient jdbc,
                       Clock clock, org.springframework.core.env.Environment environment) {
        this.repository = repository;
        this.pdf = pdf;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
        this.environment = environment;
    }

    /** The public address (egov.base-url, read when needed: in tests it names the port chosen at start). */
    String verifyUrl(String serial) {
        String base = environment.getProperty("egov.base-url", "http://localhost:8080");
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/certificates/" + serial;
    }

    /** The invitation's certificate, made now in the given language unless it exists already (then kept as it is). */
    @Transactional
    Certificate issue(long seminarId, Long invitationId, String language) {
        access.checkManageSeminar(seminarId);
        if (invitationId == null) {
            throw DomainException.invalid("competence.certificate.invitationRequired", "invitationId");
        }
        if (!"ru".equals(language) && !"be".equals(language)) {
            throw DomainException.invalid("competence.certificate.language", "language");
        }
        Long seminarOfInvitation = jdbc.sql("select seminar_id from invitation where id = :i").param("i", invitationId)
                .query(Long.class).optional().orElse(null);
        if (seminarOfInvitation == null || seminarOfInvitation != seminarId) {
            throw DomainException.invalid("competence.certificate.notAttended", "invitationId");
        }
        repository.lock(invitationId);
        Optional<Certificate> existing = repository.byInvitation(invitationId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Attendee a = repository.attendee(invitationId)
                .orElseThrow(() -> DomainException.invalid("competence.certificate.notAttended", "invitationId"));
        CertificateRepository.Made made = make(a, language, repository.competences(a.seminarId(), language));
        repository.insert(List.of(made), access.who(), clock.instant());
        // a bulk issue may have stored one meanwhile (it does not wait for the lock): that one is kept
        return repository.byInvitation(invitationId).orElseThrow();
    }

    /** The certificate of one attendee, rendered and not stored: no database work, so bulk workers run it in parallel. */
    CertificateRepository.Made make(Attendee a, String language, List<String> competences) {
        int year = (a.startsAt() != null ? a.startsAt() : clock.instant()).atZone(ZoneId.of("Europe/Minsk")).getYear();
        String serial = serial(year);
        java.time.LocalDate issuedOn = clock.instant().atZone(ZoneId.of("Europe/Minsk")).toLocalDate();
        byte[] document = pdf.render(a, language, serial, verifyUrl(serial), competences, issuedOn);
        return new CertificateRepository.Made(serial, a, language, a.pick(language, a.seminarRu(), a.seminarBe()), document,
                badgeSalt(), CertificatePdf.issuer(a, language), pdf.signatory(language));
    }

    static String badgeSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return java.util.HexFormat.of().formatHex(salt);
    }

    static String serial(int year) {
        StringBuilder sb = new StringBuilder("EGA-").append(year).append('-');
        for (int i = 0; i < 10; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** A certificate by its serial; a malformed or unknown one is simply not found. */
    Certificate find(String serial) {
        if (serial == null || !serial.matches("EGA-[0-9]{4}-[A-Z2-9]{10}")) {
            throw DomainException.notFound("competence.certificate.notFound");
        }
        return repository.bySerial(serial).orElseThrow(() -> DomainException.notFound("competence.certificate.notFound"));
    }

    /** The stored PDF, for the seminar's organisers. */
    byte[] download(String serial) {
        Certificate c = find(serial);
        access.checkManageSeminar(c.seminarId());
        return repository.pdf(c.id());
    }

    @Transactional
    void revoke(String serial, String reason) {
        access.checkProgrammeOffice();
        Certificate c = find(serial);
        if (reason != null && reason.length() > 500) {
            throw DomainException.invalid("competence.certificate.reasonTooLong", "reason");
        }
        if (repository.revoke(c.serial(), access.who(), reason == null || reason.isBlank() ? null : reason.strip(),
                clock.instant()) == 0) {
            throw DomainException.conflict("competence.certificate.alreadyRevoked", null);
        }
    }

    List<Certificate> ofSeminar(long seminarId) {
        access.checkManageSeminar(seminarId);
        return repository.ofSeminar(seminarId);
    }

    List<CertificateRepository.AttendedInvitation> attended(long seminarId) {
        access.checkManageSeminar(seminarId);
        return repository.attended(seminarId);
    }
}

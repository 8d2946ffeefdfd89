package by.egov.academy.competence.badge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.LocaleConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * Each certificate as a hosted Open Badges 2.0 Assertion, each held seminar as a BadgeClass aligned to the
 * competences of its talks, and the programme as their Issuer (https://www.imsglobal.org/spec/ob/v2p0/).
 * Documents are JSON-LD maps in the vocabulary's terms; every id is the URL the document is served at.
 */
@Service
class OpenBadges {

    static final String CONTEXT = "https://w3id.org/openbadges/v2";
    static final java.util.regex.Pattern SERIAL = java.util.regex.Pattern.compile("EGA-[0-9]{4}-[A-Z2-9]{10}");

    private final BadgeRepository repository;
    private final MessageSource messages;
    private final Environment environment;

    OpenBadges(BadgeRepository repository, MessageSource messages, Environment environment) {
        this.repository = repository;
        this.messages = messages;
        this.environment = environment;
    }

    /** egov.base-url, read when needed (in tests it names the port chosen at start). */
    String base() {
        String base = environment.getProperty("egov.base-url", "http://localhost:8080");
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** An assertion; {@code revoked} tells the controller to answer 410 with the short revoked form. */
    record Document(Map<String, Object> body, boolean revoked) {
    }

    Document assertion(String serial) {
        if (serial == null || !SERIAL.matcher(serial).matches()) {
            throw DomainException.notFound("competence.certificate.notFound");
        }
        BadgeRepository.AssertionFacts a = repository.assertion(serial)
                .orElseThrow(() -> DomainException.notFound("competence.certificate.notFound"));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", CONTEXT);
        doc.put("type", "Assertion");
        doc.put("id", base() + "/badges/assertions/" + serial);
        if (a.revokedAt() != null) {
            // the spec's revoked answer: no recipient any more (an erased person's address must not be checkable)
            doc.put("revoked", true);
            doc.put("revocationReason", a.revocationReason() == null ? "revoked" : a.revocationReason());
            return new Document(doc, true);
        }
        doc.put("recipient", Map.of("type", "email", "hashed", true, "salt", a.salt(),
                "identity", identity(a.email(), a.salt())));
        doc.put("badge", base() + "/badges/classes/" + a.seminarId());
        doc.put("verification", Map.of("type", "hosted"));
        doc.put("issuedOn", a.issuedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        doc.put("evidence", base() + "/certificates/" + serial);
        doc.put("revoked", false);
        return new Document(doc, false);
    }

    /** "sha256$" + hex(SHA-256(e-mail + salt)), the e-mail lower-cased as the spec's recipients are compared. */
    static String identity(String email, String salt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((email.strip().toLowerCase(Locale.ROOT) + salt).getBytes(StandardCharsets.UTF_8));
            return "sha256$" + java.util.HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, Object> badgeClass(long seminarId, Locale locale) {
        BadgeRepository.SeminarFacts s = seminar(seminarId);
        String title = LocaleConfiguration.pick(locale, s.titleRu(), s.titleBe(), s.titleEn());
        String url = base() + "/badges/classes/" + seminarId;
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", CONTEXT);
        doc.put("type", "BadgeClass");
        doc.put("id", url);
        doc.put("name", msg("competence.badge.name", locale, title));
        doc.put("description", msg("competence.badge.description", locale, title));
        doc.put("image", url + "/image.svg");
        doc.put("criteria", Map.of("id", base() + "/seminars/" + seminarId,
                "narrative", msg("competence.badge.criteria", locale, title)));
        doc.put("issuer", base() + "/badges/issuer");
        List<Map<String, Object>> alignment = repository.competences(seminarId).stream().map(c -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("type", "AlignmentObject");
            a.put("targetName", LocaleConfiguration.pick(locale, c.nameRu(), c.nameBe(), c.nameEn()));
            a.put("targetUrl", base() + "/competences/" + c.id());
            String description = LocaleConfiguration.pick(locale, c.descriptionRu(), c.descriptionBe(), c.descriptionEn());
            if (description != null && !description.isBlank()) {
                a.put("targetDescription", description);
            }
            a.put("targetFramework", LocaleConfiguration.pick(locale, c.frameworkRu(), c.frameworkBe(), c.frameworkEn())
                    + " · " + msg("competence.version.label", locale, c.versionNo()));
            a.put("targetCode", c.code());
            return a;
        }).toList();
        doc.put("alignment", alignment);
        return doc;
    }

    BadgeRepository.SeminarFacts seminar(long seminarId) {
        return repository.heldSeminar(seminarId).orElseThrow(() -> DomainException.notFound("competence.badge.notFound"));
    }

    Map<String, Object> issuer(Locale locale) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", CONTEXT);
        doc.put("type", "Issuer");
        doc.put("id", base() + "/badges/issuer");
        doc.put("name", msg("competence.badge.issuer", locale));
        doc.put("url", base() + "/programme");
        doc.put("email", environment.getProperty("egov.mail.from", "seminars@egov-academy.example"));
        return doc;
    }

    String msg(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}

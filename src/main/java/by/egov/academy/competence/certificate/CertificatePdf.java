package by.egov.academy.competence.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import by.egov.academy.platform.PdfText;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The certificate of participation as a PDF in Russian or Belarusian: a framed page with the ministry and the
 * programme, the participant and the seminar, the issuing organisation, the date of issue and the serial, the
 * signatory's position, line and name ({@link CertificateProperties}) and a QR code of its verification URL.
 */
@Component
class CertificatePdf {

    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** The page's frame: an outer and an inner rectangle this far from the paper's edge. */
    static final float FRAME = 20;

    private final MessageSource messages;
    private final CertificateProperties properties;

    CertificatePdf(MessageSource messages, CertificateProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    /** The issuing organisation as printed: the seminar's first organiser. */
    static String issuer(Attendee a, String language) {
        return a.pick(language, a.issuerRu(), a.issuerBe());
    }

    /** The signatory as printed: position and name ("Руководитель программы И. О. Фамилия"). */
    String signatory(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String position = properties.signatoryPosition().isBlank()
                ? msg("competence.certificate.signatoryPosition", locale) : properties.signatoryPosition().strip();
        return properties.signatoryName().isBlank() ? position : position + " " + properties.signatoryName().strip();
    }

    byte[] render(Attendee a, String language, String serial, String verifyUrl, List<String> competences,
                  LocalDate issuedOn) {
        Locale locale = Locale.forLanguageTag(language);
        String seminar = a.pick(language, a.seminarRu(), a.seminarBe());
        String organisation = a.pick(language, a.organisationRu(), a.organisationBe());
        String place = join(a.pick(language, a.venueRu(), a.venueBe()), a.pick(language, a.placeRu(), a.placeBe()));
        String site = a.pick(language, a.siteRu(), a.siteBe());
        String issuer = issuer(a, language);
        String ministry = "be".equals(language) ? properties.ministryBe() : properties.ministryRu();
        String position = properties.signatoryPosition().isBlank()
                ? msg("competence.certificate.signatoryPosition", locale) : properties.signatoryPosition().strip();
        // the fixed texts are ours (Cyrillic and punctuation); what the records say decides the fonts
        boolean compact = PdfText.compactCovers(a.fullName(), a.position(), organisation, seminar, place, site, issuer,
                String.join(" ", competences), verifyUrl, ministry, position, properties.signatoryName());
        try (PdfText pdf = new PdfText(msg("competence.certificate.heading", locale) + " " + serial, compact)) {
            frame(pdf.content());
            pdf.heading(ministry, 11);
            pdf.paragraph(msg("competence.certificate.programme", locale), 10);
            pdf.skip(14);
            pdf.heading(msg("competence.certificate.heading", locale), 20);
            pdf.skip(10);
            pdf.paragraph(msg("competence.certificate.certifies", locale), 11);
            pdf.heading(a.fullName(), 16);
            pdf.paragraph(a.position() + ", " + organisation, 11);
            pdf.paragraph(msg("competence.certificate.tookPart." + gender(a.fullName()), locale), 11);
            pdf.heading(seminar, 12);
            pdf.skip(6);
            if (a.startsAt() != null) {
                pdf.paragraph(msg("competence.certificate.date", locale) + ": " + DATE.format(a.startsAt().atZone(MINSK)), 11);
            }
            if (!place.isEmpty()) {
                pdf.paragraph(msg("competence.certificate.place", locale) + ": " + place, 11);
            }
            if (a.startsAt() != null && a.endsAt() != null) {
                pdf.paragraph(msg("competence.certificate.hours", locale) + ": " + hours(a), 11);
            }
            pdf.paragraph(msg("competence.certificate.mode", locale) + ": " + (a.inPerson()
                    ? msg("competence.record.inPerson", locale)
                    : messages.getMessage("competence.record.atSite", new Object[]{site}, locale)), 11);
            if (!competences.isEmpty()) {
                pdf.skip(4);
                pdf.paragraph(msg("competence.record.competences", locale) + ":", 11);
                competences.forEach(c -> pdf.paragraph("• " + c, 10));
            }
            pdf.skip(8);
            if (a.issuerRu() != null) {
                pdf.paragraph(msg("competence.certificate.issuer", locale) + ": " + issuer, 11);
            }
            pdf.paragraph(msg("competence.certificate.issuedOn", locale) + ": " + DATE.format(issuedOn), 11);
            pdf.paragraph(msg("competence.certificate.serial", locale) + ": " + serial, 11);
            // the signature: the position, a line to sign on, the name under it
            pdf.skip(10);
            pdf.paragraph(position, 11);
            pdf.skip(22);
            signatureLine(pdf.content(), pdf.y());
            pdf.paragraph(properties.signatoryName().isBlank() ? "" : properties.signatoryName().strip(), 10);
            pdf.skip(6);
            pdf.paragraph(msg("competence.certificate.verify", locale) + ": " + verifyUrl, 9);
            qr(pdf.content(), verifyUrl, 420, 56); // lower right, clear of the text column's short last lines
            return pdf.bytes();
        }
    }

    /** A double frame around the page, drawn in lines so that it prints on any printer. */
    private static void frame(PDPageContentStream out) {
        try {
            float w = PDRectangle.A4.getWidth();
            float h = PDRectangle.A4.getHeight();
            out.setStrokingColor(new java.awt.Color(0x1f, 0x3a, 0x68));
            out.setLineWidth(2.5f);
            out.addRect(FRAME, FRAME, w - 2 * FRAME, h - 2 * FRAME);
            out.stroke();
            out.setLineWidth(0.8f);
            out.addRect(FRAME + 6, FRAME + 6, w - 2 * FRAME - 12, h - 2 * FRAME - 12);
            out.stroke();
            out.setStrokingColor(java.awt.Color.BLACK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void signatureLine(PDPageContentStream out, float y) {
        try {
            out.setLineWidth(0.6f);
            out.moveTo(56, y);
            out.lineTo(56 + 200, y);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * «принял участие» or «приняла участие» by the patronymic's ending (-вич/-віч, -ич: a man; -вна, -чна, -шна: a
     * woman); a name without one gets the neutral «является участником семинара».
     */
    static String gender(String fullName) {
        String[] parts = fullName == null ? new String[0] : fullName.strip().split("\\s+");
        if (parts.length == 3) {
            String p = parts[2].toLowerCase(Locale.ROOT);
            if (p.endsWith("ич") || p.endsWith("іч")) {
                return "m";
            }
            if (p.endsWith("вна") || p.endsWith("чна") || p.endsWith("шна")) {
                return "f";
            }
        }
        return "n";
    }

    private static String join(String a, String b) {
        return String.join(", ", java.util.stream.Stream.of(a, b).filter(s -> s != null && !s.isBlank()).toList());
    }

    /** Academic hours are not claimed: the seminar's length in hours, to the half hour. */
    private static String hours(Attendee a) {
        long halves = Math.round(Duration.between(a.startsAt(), a.endsAt()).toMinutes() / 30.0);
        return halves % 2 == 0 ? String.valueOf(halves / 2) : (halves / 2) + ",5";
    }

    /**
     * The URL as a QR code of vector squares, 3 points a module, its lower left corner at (x, y). The mask is fixed:
     * any of the eight is valid, and scoring all of them was a sixth of a certificate's time.
     */
    private static void qr(PDPageContentStream out, String url, float x, float y) {
        try {
            BitMatrix m = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 2,
                    EncodeHintType.QR_MASK_PATTERN, 0));
            float module = 3;
            out.setNonStrokingColor(java.awt.Color.BLACK);
            for (int row = 0; row < m.getHeight(); row++) {
                for (int col = 0; col < m.getWidth(); col++) {
                    if (m.get(col, row)) {
                        out.addRect(x + col * module, y + (m.getHeight() - 1 - row) * module, module, module);
                    }
                }
            }
            out.fill();
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}

package by.egov.academy.competence.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
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
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The certificate of participation as a PDF in Russian or Belarusian, with a QR code of its verification URL. */
@Component
class CertificatePdf {

    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messages;

    CertificatePdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(Attendee a, String language, String serial, String verifyUrl, List<String> competences) {
        Locale locale = Locale.forLanguageTag(language);
        String seminar = a.pick(language, a.seminarRu(), a.seminarBe());
        String organisation = a.pick(language, a.organisationRu(), a.organisationBe());
        String place = join(a.pick(language, a.venueRu(), a.venueBe()), a.pick(language, a.placeRu(), a.placeBe()));
        String site = a.pick(language, a.siteRu(), a.siteBe());
        String issuer = a.pick(language, a.issuerRu(), a.issuerBe());
        // the fixed texts are ours (Cyrillic and punctuation); what the records say decides the fonts
        boolean compact = PdfText.compactCovers(a.fullName(), a.position(), organisation, seminar, place, site, issuer,
                String.join(" ", competences), verifyUrl);
        try (PdfText pdf = new PdfText(msg("competence.certificate.heading", locale) + " " + serial, compact)) {
            pdf.heading(msg("competence.certificate.heading", locale), 20);
            pdf.skip(10);
            pdf.paragraph(msg("competence.certificate.certifies", locale), 11);
            pdf.heading(a.fullName(), 16);
            pdf.paragraph(a.position() + ", " + organisation, 11);
            pdf.paragraph(msg("competence.certificate.tookPart", locale), 11);
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
            pdf.paragraph(msg("competence.certificate.serial", locale) + ": " + serial, 11);
            pdf.paragraph(msg("competence.certificate.verify", locale) + ": " + verifyUrl, 9);
            qr(pdf.content(), verifyUrl, 56, 56);
            return pdf.bytes();
        }
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

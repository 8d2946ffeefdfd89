package by.egov.academy.competence.record;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import by.egov.academy.platform.PdfText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An official's record as a PDF in the reader's language. */
@Component
class RecordPdf {

    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messages;

    RecordPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(OfficialRecord record, Locale locale) {
        String title = msg("competence.record.title", locale);
        try (PdfText pdf = new PdfText(title + " — " + record.official().fullName())) {
            pdf.heading(title, 16);
            pdf.heading(record.official().fullName(), 13);
            pdf.paragraph(record.official().position() + ", " + organisation(record, locale), 10);
            pdf.skip(8);
            pdf.heading(msg("competence.record.seminars", locale), 12);
            if (record.seminars().isEmpty()) {
                pdf.paragraph(msg("competence.record.noSeminars", locale), 10);
            }
            for (AttendedSeminar s : record.seminars()) {
                String date = s.startsAt() == null ? "" : DATE.format(s.startsAt().atZone(MINSK)) + " · ";
                pdf.paragraph(date + s.title(locale), 10);
                pdf.paragraph("    " + mode(s, locale), 9);
                s.competences().forEach(c -> pdf.paragraph("    " + c.code() + " " + c.name(locale), 9));
            }
            pdf.skip(8);
            pdf.heading(msg("competence.record.competences", locale), 12);
            if (record.competences().isEmpty()) {
                pdf.paragraph(msg("competence.record.noCompetences", locale), 10);
            }
            for (CoveredCompetence c : record.competences()) {
                pdf.paragraph(c.code() + " " + c.name(locale) + " — " + messages.getMessage("competence.record.evidence",
                        new Object[]{String.valueOf(c.level()), String.valueOf(c.seminars()), String.valueOf(c.versionNo())},
                        locale), 10);
            }
            pdf.skip(8);
            pdf.heading(msg("competence.record.selfAssessed", locale), 12);
            if (record.selfAssessed().isEmpty()) {
                pdf.paragraph(msg("competence.record.noSelfAssessed", locale), 10);
            }
            for (SelfAssessment a : record.selfAssessed()) {
                String date = a.startsAt() == null ? "" : DATE.format(a.startsAt().atZone(MINSK)) + " · ";
                pdf.paragraph(a.code() + " " + a.name(locale) + ": " + messages.getMessage("competence.record.levels",
                        new Object[]{a.before() == null ? "-" : a.before().toString(),
                                a.after() == null ? "-" : a.after().toString()}, locale), 10);
                pdf.paragraph("    " + date + a.title(locale), 9);
            }
            if (!record.certificates().isEmpty()) {
                pdf.skip(8);
                pdf.heading(msg("competence.own.certificates", locale), 12);
                for (HeldCertificate c : record.certificates()) {
                    pdf.paragraph(c.serial() + " · " + c.seminarTitle() + (c.revoked()
                            ? " — " + msg("competence.certificate.revokedShort", locale) : ""), 10);
                }
            }
            return pdf.bytes();
        }
    }

    private static String organisation(OfficialRecord record, Locale locale) {
        String be = record.official().organisationNameBe();
        return "be".equals(locale.getLanguage()) && be != null && !be.isBlank() ? be : record.official().organisationNameRu();
    }

    String mode(AttendedSeminar s, Locale locale) {
        return s.inPerson() ? msg("competence.record.inPerson", locale)
                : messages.getMessage("competence.record.atSite", new Object[]{s.site(locale)}, locale);
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}

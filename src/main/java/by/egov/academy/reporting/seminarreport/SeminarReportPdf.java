package by.egov.academy.reporting.seminarreport;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.LocaleConfiguration;
import by.egov.academy.platform.PdfText;
import by.egov.academy.programme.Seminars;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A seminar's full report as a PDF in the reader's language: agenda, attendance by mode and by district site, the
 * survey's results (response count, averages per question) and the competences covered. A section without records
 * says so rather than disappearing.
 */
@Component
class SeminarReportPdf {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final java.time.ZoneId MINSK = java.time.ZoneId.of("Europe/Minsk");

    private final SeminarReportRepository repository;
    private final Seminars seminars;
    private final MessageSource messages;

    SeminarReportPdf(SeminarReportRepository repository, Seminars seminars, MessageSource messages) {
        this.repository = repository;
        this.seminars = seminars;
        this.messages = messages;
    }

    byte[] render(long seminarId, Locale locale) {
        Seminars.SeminarInfo s = seminars.find(seminarId).orElseThrow(() -> DomainException.notFound("seminar.notFound", seminarId));
        if (!seminars.canManage(seminarId)) {
            throw new AccessDeniedException("not an organiser of seminar " + seminarId);
        }
        try (PdfText pdf = new PdfText(msg("reporting.seminarReport.title", locale) + " — " + s.title(locale))) {
            pdf.heading(msg("reporting.seminarReport.title", locale), 16).heading(s.title(locale), 12);
            pdf.paragraph(msg("reporting.seminarReport.when", locale) + ": " + (s.startsAt() == null ? "—"
                    : DAY_TIME.format(s.startsAt().atZone(MINSK))) + "; " + msg("seminar.status", locale)
                    + ": " + msg("status." + s.status().name(), locale), 10);

            pdf.heading(msg("reporting.seminarReport.agenda", locale), 13);
            var agenda = repository.agenda(seminarId);
            if (agenda.isEmpty()) {
                pdf.paragraph(msg("reporting.seminarReport.noAgenda", locale), 10);
            }
            for (var a : agenda) {
                pdf.paragraph(TIME.format(a.startsAt().atZone(MINSK)) + "–" + TIME.format(a.endsAt().atZone(MINSK)) + "  "
                        + LocaleConfiguration.pick(locale, a.titleRu(), a.titleBe(), a.titleEn())
                        + (a.speakers() == null ? "" : " — " + a.speakers())
                        + (a.illustrative() ? " (" + msg("reporting.seminarReport.toBe", locale) + ")" : ""), 10);
            }

            pdf.heading(msg("reporting.seminarReport.attendance", locale), 13);
            var att = repository.attendance(seminarId);
            pdf.paragraph(msg("reporting.seminarReport.invited", locale) + ": " + att.invited() + "; "
                    + msg("reporting.seminarReport.inPerson", locale) + ": " + att.inPerson() + "; "
                    + msg("reporting.seminarReport.remote", locale) + ": " + att.remote(), 10);
            var sites = repository.sites(seminarId);
            if (sites.isEmpty()) {
                pdf.paragraph(msg("reporting.seminarReport.noSites", locale), 10);
            }
            for (var site : sites) {
                pdf.paragraph(LocaleConfiguration.pick(locale, site.nameRu(), site.nameBe(), site.nameEn()) + ": "
                        + msg("reporting.seminarReport.siteAttended", locale, String.valueOf(site.attended()))
                        + (site.reported() == null ? "" : "; " + msg("reporting.seminarReport.siteReported", locale,
                        String.valueOf(site.reported()))), 10);
            }

            pdf.heading(msg("reporting.seminarReport.survey", locale), 13);
            Integer responses = repository.responses(seminarId);
            if (responses == null) {
                pdf.paragraph(msg("reporting.seminarReport.noSurvey", locale), 10);
            } else {
                pdf.paragraph(msg("reporting.seminarReport.responses", locale) + ": " + responses, 10);
                for (var q : repository.questions(seminarId)) {
                    StringBuilder line = new StringBuilder(q.position() + ". "
                            + LocaleConfiguration.pick(locale, q.textRu(), q.textBe(), q.textEn()) + " — "
                            + msg("reporting.seminarReport.answers", locale) + ": " + q.answers());
                    if (q.average() != null) {
                        line.append("; ").append(msg("reporting.seminarReport.average", locale)).append(": ").append(two(q.average(), locale));
                    }
                    if (q.averageBefore() != null && q.averageAfter() != null) {
                        line.append("; ").append(msg("reporting.seminarReport.levels", locale, two(q.averageBefore(), locale),
                                two(q.averageAfter(), locale)));
                    }
                    pdf.paragraph(line.toString(), 10);
                }
            }

            pdf.heading(msg("reporting.seminarReport.competences", locale), 13);
            var covered = repository.competences(seminarId);
            if (covered.isEmpty()) {
                pdf.paragraph(msg("reporting.seminarReport.noCompetences", locale), 10);
            }
            for (var c : covered) {
                pdf.paragraph(c.code() + " " + LocaleConfiguration.pick(locale, c.nameRu(), c.nameBe(), c.nameEn()) + " — "
                        + msg("reporting.seminarReport.level", locale, String.valueOf(c.level()), String.valueOf(c.talks())), 10);
            }
            return pdf.bytes();
        }
    }

    private static String two(double d, Locale locale) {
        return by.egov.academy.platform.Formats.decimal(d, 2, locale);
    }

    private String msg(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}

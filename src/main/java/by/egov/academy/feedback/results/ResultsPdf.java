package by.egov.academy.feedback.results;

import java.util.Locale;

import by.egov.academy.platform.Formats;
import by.egov.academy.platform.PdfText;
import by.egov.academy.feedback.survey.Attendee;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The results as a PDF (DejaVu Sans, so Belarusian letters print): figures per question, texts, non-responders. */
@Component
class ResultsPdf {

    private final MessageSource messages;

    ResultsPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(Results results, Locale locale) {
        String title = msg("survey.results.title", locale);
        try (PdfText pdf = new PdfText(title + " — " + results.seminar().title(locale))) {
            pdf.heading(title, 16);
            pdf.heading(results.seminar().title(locale), 12);
            pdf.paragraph(msg("survey.results.attendees", locale) + ": " + results.attendees() + "; "
                    + msg("survey.results.answered", locale) + ": " + results.answered()
                    + (results.responseRate() == null ? "" : " (" + Formats.percent(results.responseRate(), locale) + ")") + "; "
                    + msg("survey.results.responses", locale) + ": " + results.responses(), 10);
            pdf.skip(6);
            for (QuestionResult q : results.questions()) {
                pdf.heading(q.question().position() + ". " + q.question().text(locale), 11);
                pdf.paragraph(msg("survey.results.n", locale) + ": " + q.answered(), 9);
                if (q.distribution() != null) {
                    pdf.paragraph(line(q.average(), q.distribution(), msg(q.distributionAfter() == null
                            ? "survey.results.average" : "survey.results.averageBefore", locale), locale), 9);
                }
                if (q.distributionAfter() != null) {
                    pdf.paragraph(line(q.averageAfter(), q.distributionAfter(), msg("survey.results.averageAfter", locale),
                            locale), 9);
                }
                q.topics().forEach(t -> pdf.paragraph("    " + t.code() + " " + t.name() + ": " + t.count(), 9));
                q.texts().forEach(t -> pdf.paragraph("— " + t, 9));
                pdf.skip(4);
            }
            if (!results.survey().anonymous()) {
                pdf.heading(msg("survey.results.nonResponders", locale), 12);
                if (results.nonResponders().isEmpty()) {
                    pdf.paragraph(msg("survey.results.everyoneAnswered", locale), 10);
                }
                for (Attendee a : results.nonResponders()) {
                    pdf.paragraph(a.fullName() + " — " + a.organisation(), 10);
                }
            }
            return pdf.bytes();
        }
    }

    /** "Average 4.33 · 1: 0 · 2: 0 · 3: 1 · 4: 0 · 5: 2" (averages to two places, with the language's separator). */
    static String line(Double average, java.util.List<Long> distribution, String label, Locale locale) {
        StringBuilder sb = new StringBuilder(label).append(' ')
                .append(average == null ? "—" : Formats.decimal(average, 2, locale));
        for (int i = 0; i < distribution.size(); i++) {
            sb.append(" · ").append(i + 1).append(": ").append(distribution.get(i));
        }
        return sb.toString();
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}

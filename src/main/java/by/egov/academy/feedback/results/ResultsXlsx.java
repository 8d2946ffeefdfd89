package by.egov.academy.feedback.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import by.egov.academy.feedback.survey.Attendee;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The results as a workbook: a summary per question, the free texts, and (named surveys) who has not answered. */
@Component
class ResultsXlsx {

    private final MessageSource messages;

    ResultsXlsx(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(Results results, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet summary = book.createSheet(msg("survey.results.sheet.summary", locale));
            row(summary, 0, msg("survey.results.seminar", locale), results.seminar().title(locale));
            row(summary, 1, msg("survey.results.attendees", locale), results.attendees());
            row(summary, 2, msg("survey.results.answered", locale), results.answered());
            row(summary, 3, msg("survey.results.responses", locale), results.responses());
            row(summary, 5, msg("survey.results.question", locale), msg("survey.results.n", locale),
                    msg("survey.results.average", locale), "1", "2", "3", "4", "5",
                    msg("survey.results.averageAfter", locale), "1", "2", "3", "4");
            int r = 6;
            for (QuestionResult q : results.questions()) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(q.question().text(locale));
                row.createCell(1).setCellValue(q.answered());
                if (q.average() != null) {
                    row.createCell(2).setCellValue(q.average());
                }
                if (q.distribution() != null) {
                    for (int i = 0; i < q.distribution().size(); i++) {
                        row.createCell(3 + i).setCellValue(q.distribution().get(i));
                    }
                }
                if (q.averageAfter() != null) {
                    row.createCell(8).setCellValue(q.averageAfter());
                }
                if (q.distributionAfter() != null) {
                    for (int i = 0; i < q.distributionAfter().size(); i++) {
                        row.createCell(9 + i).setCellValue(q.distributionAfter().get(i));
                    }
                }
                for (QuestionResult.Topic t : q.topics()) {
                    Row tr = summary.createRow(r++);
                    tr.createCell(0).setCellValue("    " + t.code() + " " + t.name());
                    tr.createCell(1).setCellValue(t.count());
                }
            }
            summary.setColumnWidth(0, 90 * 256);
            Sheet texts = book.createSheet(msg("survey.results.sheet.texts", locale));
            row(texts, 0, msg("survey.results.question", locale), msg("survey.results.text", locale));
            r = 1;
            for (QuestionResult q : results.questions()) {
                for (String t : q.texts()) {
                    row(texts, r++, q.question().text(locale), t);
                }
            }
            texts.setColumnWidth(0, 60 * 256);
            texts.setColumnWidth(1, 100 * 256);
            if (!results.survey().anonymous()) {
                Sheet non = book.createSheet(msg("survey.results.sheet.nonResponders", locale));
                row(non, 0, msg("survey.results.name", locale), msg("survey.results.organisation", locale), "E-mail");
                r = 1;
                for (Attendee a : results.nonResponders()) {
                    row(non, r++, a.fullName(), a.organisation(), a.email());
                }
                non.setColumnWidth(0, 40 * 256);
                non.setColumnWidth(1, 60 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else {
                row.createCell(i).setCellValue(values[i] == null ? "" : values[i].toString());
            }
        }
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}

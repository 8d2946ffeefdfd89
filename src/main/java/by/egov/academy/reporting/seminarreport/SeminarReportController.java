package by.egov.academy.reporting.seminarreport;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A seminar's report as a PDF, for its organisers. */
@Controller
class SeminarReportController {

    private final SeminarReportPdf pdf;

    SeminarReportController(SeminarReportPdf pdf) {
        this.pdf = pdf;
    }

    @GetMapping("/manage/seminars/{id}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable long id, Locale locale) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("seminar-report-" + id + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(pdf.render(id, locale));
    }
}

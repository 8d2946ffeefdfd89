package by.egov.academy.feedback.results;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The organisers' results: page with SVG charts, XLSX, PDF and JSON. */
@Controller
class ResultsController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ResultsService service;
    private final ResultsXlsx xlsx;
    private final ResultsPdf pdf;

    ResultsController(ResultsService service, ResultsXlsx xlsx, ResultsPdf pdf) {
        this.service = service;
        this.xlsx = xlsx;
        this.pdf = pdf;
    }

    @GetMapping("/manage/seminars/{id}/survey/results")
    String page(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("results", service.results(id, locale));
        return "feedback/results";
    }

    @GetMapping("/manage/seminars/{id}/survey/results.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id, Locale locale) {
        return file(xlsx.render(service.results(id, locale), locale), "survey-" + id + ".xlsx", XLSX);
    }

    @GetMapping("/manage/seminars/{id}/survey/results.pdf")
    ResponseEntity<byte[]> document(@PathVariable long id, Locale locale) {
        return file(pdf.render(service.results(id, locale), locale), "survey-" + id + ".pdf", MediaType.APPLICATION_PDF);
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString()).contentType(type).body(body);
    }
}

package by.egov.academy.competence.record;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An official's record: seminars attended and competences covered, as a page and a PDF. */
@Controller
class RecordController {

    private final RecordService service;
    private final RecordPdf pdf;

    RecordController(RecordService service, RecordPdf pdf) {
        this.service = service;
        this.pdf = pdf;
    }

    @GetMapping("/directory/officials/{id}/record")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("record", service.record(id));
        return "competence/record";
    }

    @GetMapping("/directory/officials/{id}/record/certificates/{serial}.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable String serial) {
        return OwnRecordController.attachment("certificate-" + serial + ".pdf", service.certificate(id, serial));
    }

    @GetMapping("/directory/officials/{id}/record.pdf")
    ResponseEntity<byte[]> download(@PathVariable long id, Locale locale) {
        return OwnRecordController.attachment("record-" + id + ".pdf", pdf.render(service.record(id), locale));
    }
}

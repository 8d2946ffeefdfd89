package by.egov.academy.competence.record;

import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The official's own record behind their personal invitation link (linked from the RSVP page): seminars,
 * competences, certificates to download, the record as PDF. Nothing is cached: the link is a credential.
 */
@Controller
class OwnRecordController {

    private final RecordService service;
    private final RecordPdf pdf;

    OwnRecordController(RecordService service, RecordPdf pdf) {
        this.service = service;
        this.pdf = pdf;
    }

    @GetMapping("/my-record/{token}")
    String page(@PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("record", service.own(token));
        model.addAttribute("token", token);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return "competence/record";
    }

    @GetMapping("/my-record/{token}/record.pdf")
    ResponseEntity<byte[]> recordPdf(@PathVariable String token, Locale locale) {
        return attachment("record.pdf", pdf.render(service.own(token), locale));
    }

    @GetMapping("/my-record/{token}/certificates/{serial}.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable String token, @PathVariable String serial) {
        return attachment("certificate-" + serial + ".pdf", service.ownCertificate(token, serial));
    }

    static ResponseEntity<byte[]> attachment(String filename, byte[] body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(body);
    }
}

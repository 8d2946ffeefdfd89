package by.egov.academy.directory.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import by.egov.academy.directory.access.DirectoryAccess;
import by.egov.academy.identity.CurrentUsers;
import by.egov.academy.platform.DomainException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@Controller
@RequestMapping("/directory/officials/import")
class ImportController {

    static final String TEMPLATE = """
            ФИО;Должность;Руководство;Организация;E-mail;Телефон
            Иванов Иван Иванович;Председатель;HEAD;Лидский районный исполнительный комитет;ivanov@example.by;+375 154 000000
            """;

    private final OfficialRowValidator validator;
    private final ImportJobs jobs;
    private final CurrentUsers currentUsers;
    private final DirectoryAccess access;

    ImportController(OfficialRowValidator validator, ImportJobs jobs, CurrentUsers currentUsers,
                     DirectoryAccess access) {
        this.validator = validator;
        this.jobs = jobs;
        this.currentUsers = currentUsers;
        this.access = access;
    }

    @GetMapping
    String form() {
        checkWriter();
        return "directory/import";
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> template() {
        checkWriter();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"officials-template.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(("\uFEFF" + TEMPLATE).getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping
    String upload(@RequestParam(value = "file", required = false) MultipartFile file, Model model,
                  jakarta.servlet.http.HttpServletResponse response) throws IOException {
        checkWriter();
        if (file == null || file.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("uploadError", "import.file.empty");
            return "directory/import";
        }
        try {
            RawTable table = TableFileReader.read(file.getBytes());
            ImportPreview preview = validator.validate(table, file.getOriginalFilename(),
                    currentUsers.require().accountId());
            jobs.keep(preview);
            model.addAttribute("preview", preview);
            return "directory/import-preview";
        } catch (DomainException e) {
            response.setStatus(400);
            model.addAttribute("uploadError", e.messageCode());
            model.addAttribute("uploadErrorArgs", e.args());
            return "directory/import";
        }
    }

    @PostMapping("/{id}")
    String confirm(@PathVariable String id) {
        checkWriter();
        long accountId = currentUsers.require().accountId();
        var preview = jobs.preview(id, accountId);
        if (preview.isPresent()) {
            jobs.start(preview.get());
        } else if (jobs.job(id, accountId).isEmpty()) {
            throw DomainException.notFound("import.notFound");
        }
        return "redirect:/directory/officials/import/" + id + "/progress";
    }

    /** The progress page, or only the bar when htmx polls it. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable String id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                    Model model) {
        var job = jobs.job(id, currentUsers.require().accountId())
                .orElseThrow(() -> DomainException.notFound("import.notFound"));
        model.addAttribute("job", job);
        return htmx != null ? "directory/import-progress :: bar" : "directory/import-progress";
    }

    private void checkWriter() {
        if (!access.canWriteAnything()) {
            throw new AccessDeniedException("read-only role");
        }
    }
}

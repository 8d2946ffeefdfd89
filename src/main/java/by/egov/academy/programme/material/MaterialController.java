package by.egov.academy.programme.material;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import by.egov.academy.platform.DomainException;
import by.egov.academy.programme.seminar.SeminarRepository;
import by.egov.academy.programme.seminar.Seminar;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class MaterialController {

    private final MaterialService materials;
    private final SeminarRepository programme;

    MaterialController(MaterialService materials, SeminarRepository programme) {
        this.materials = materials;
        this.programme = programme;
    }

    @PostMapping("/manage/seminars/{id}/materials")
    String upload(@PathVariable long id, @RequestParam(required = false) Long talkId,
                  @RequestParam(required = false) String title,
                  @RequestParam(value = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        try {
            materials.upload(id, talkId, title, file);
            redirect.addFlashAttribute("flash", "material.added");
        } catch (DomainException e) {
            if (e.messageCode().equals("seminar.notFound")) {
                throw e;
            }
            by.egov.academy.platform.Flash.error(redirect, e);
        }
        return talkId != null && !redirect.getFlashAttributes().containsKey("flashError")
                ? "redirect:/manage/talks/" + talkId : "redirect:/manage/seminars/" + id + "#materials";
    }

    @PostMapping("/manage/seminars/{id}/materials/{materialId}/delete")
    String delete(@PathVariable long id, @PathVariable long materialId, jakarta.servlet.http.HttpServletRequest request,
                  org.springframework.ui.Model model, RedirectAttributes redirect) {
        if (!by.egov.academy.platform.Confirmation.given(request)) {
            MaterialService.Material m = materials.deletable(id, materialId);
            return by.egov.academy.platform.Confirmation.ask(model, request, "confirm.material.title", m.title(),
                    "/manage/seminars/" + id + "#materials",
                    new by.egov.academy.platform.Confirmation.Line("confirm.material.consequence", m.fileName()),
                    new by.egov.academy.platform.Confirmation.Line("confirm.irreversible"));
        }
        materials.delete(id, materialId);
        redirect.addFlashAttribute("flash", "material.deleted");
        return "redirect:/manage/seminars/" + id + "#materials";
    }

    @GetMapping("/seminars/{id}/materials/{materialId}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long materialId) {
        Seminar s = programme.seminar(id).orElseThrow(() -> DomainException.notFound("seminar.notFound", id));
        var m = materials.find(id, materialId).filter(x -> materials.mayDownload(s, x))
                .orElseThrow(() -> DomainException.notFound("material.notFound", materialId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(m.contentType()))
                .contentLength(m.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(m.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(materials.file(m)));
    }
}

package by.egov.academy.competence.framework;

import by.egov.academy.platform.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A competence of a published (or superseded) framework version for anyone: what an Open Badge's alignment points
 * at. A draft's competences are not public until published.
 */
@Controller
class PublicCompetenceController {

    private final FrameworkRepository repository;

    PublicCompetenceController(FrameworkRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/competences/{competenceId}")
    String competence(@PathVariable long competenceId, Model model) {
        Competence competence = repository.competence(competenceId)
                .orElseThrow(() -> DomainException.notFound("competence.public.notFound"));
        FrameworkVersion version = repository.version(competence.versionId()).orElseThrow();
        if (version.isDraft()) {
            throw DomainException.notFound("competence.public.notFound");
        }
        model.addAttribute("competence", competence);
        model.addAttribute("version", version);
        model.addAttribute("area", repository.areas(version.id()).stream().filter(a -> a.id() == competence.areaId())
                .findFirst().orElseThrow());
        model.addAttribute("levels", repository.levels());
        return "competence/public-competence";
    }
}

package by.egov.academy.programme.publicsite;

import java.util.Locale;

import by.egov.academy.directory.Directory;
import by.egov.academy.platform.DomainException;
import by.egov.academy.programme.seminar.ProgrammeAccess;
import by.egov.academy.programme.seminar.SeminarRepository;
import by.egov.academy.programme.seminar.SeminarView;
import by.egov.academy.programme.seminar.SeminarViews;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The pages anyone can read: the programme, a cycle's timeline and each announced seminar. */
@Controller
class PublicProgrammeController {

    private final org.springframework.core.env.Environment environment;

    /** Read per request: in tests the address names the random port, known only once the server runs. */
    private String baseUrl() {
        return environment.getProperty("egov.base-url", "http://localhost:8080").replaceAll("/+$", "");
    }

    private final SeminarRepository repository;
    private final SeminarViews views;
    private final Directory directory;
    private final EventJsonLd jsonLd;
    private final ProgrammeAccess access;
    private final by.egov.academy.programme.material.MaterialService materials;

    PublicProgrammeController(org.springframework.core.env.Environment environment, SeminarRepository repository, SeminarViews views, Directory directory,
                              EventJsonLd jsonLd, ProgrammeAccess access,
                              by.egov.academy.programme.material.MaterialService materials) {
        this.environment = environment;
        this.materials = materials;
        this.repository = repository;
        this.views = views;
        this.directory = directory;
        this.jsonLd = jsonLd;
        this.access = access;
    }

    @GetMapping("/programme")
    String programme(Model model) {
        var programme = repository.programmes().stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("programme.notFound"));
        model.addAttribute("programme", programme);
        model.addAttribute("cycles", repository.cycles(programme.id()));
        model.addAttribute("republic", repository.republicSeminars(programme.id()).stream()
                .filter(s -> s.isPublic()).toList());
        return "programme/programme";
    }

    @GetMapping("/cycles/{id}")
    String cycle(@PathVariable long id, Model model) {
        var cycle = repository.cycle(id).orElseThrow(() -> DomainException.notFound("cycle.notFound", id));
        model.addAttribute("cycle", cycle);
        model.addAttribute("programme", repository.programme(cycle.programmeId()).orElseThrow());
        // the timeline shows every oblast's slot; a planned seminar only as its month and oblast
        var seminars = repository.seminarsOfCycle(id);
        model.addAttribute("seminars", seminars);
        model.addAttribute("hosts", seminars.stream().map(s -> directory.territory(s.hostTerritoryId()).orElseThrow())
                .collect(java.util.stream.Collectors.toMap(t -> t.id(), t -> t, (a, b) -> a)));
        return "programme/cycle";
    }

    @GetMapping("/seminars/{id}")
    String seminar(@PathVariable long id, Model model, HttpServletRequest request, Locale locale) {
        SeminarView view = views.publicOf(id);
        // absolute links only from the configured address: a forged Host header must not end up in og:url or JSON-LD
        String url = baseUrl() + "/seminars/" + id;
        model.addAttribute("view", view);
        model.addAttribute("pageUrl", url);
        model.addAttribute("jsonLd", jsonLd.of(view, url, locale));
        model.addAttribute("canManage", access.canManageHost(view.seminar().hostTerritoryId()));
        model.addAttribute("materials", materials.mayDownload(view.seminar())
                ? materials.ofSeminar(id) : java.util.List.of());
        model.addAttribute("ogTitle", view.seminar().title(locale));
        model.addAttribute("ogDescription", view.seminar().audience(locale));
        model.addAttribute("ogUrl", url);
        model.addAttribute("icsUrl", url.replace("/seminars/", "/calendar/seminars/") + ".ics");
        return "programme/seminar";
    }
}

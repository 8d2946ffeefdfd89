package by.egov.academy.competence.mapping;

import by.egov.academy.competence.framework.FrameworkRepository;
import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A topic's competences, linked by the programme office. Lives in the competence module (which owns
 * topic_competence and may read the programme's topics), so the programme never depends on competences.
 */
@Controller
class TopicMappingController {

    private final TopicMappingService service;
    private final FrameworkRepository framework;

    TopicMappingController(TopicMappingService service, FrameworkRepository framework) {
        this.service = service;
        this.framework = framework;
    }

    @GetMapping("/manage/topics/{topicId}/competences")
    String show(@PathVariable long topicId, Model model) {
        model.addAttribute("topic", service.topic(topicId));
        model.addAttribute("linked", service.competences(topicId));
        model.addAttribute("version", framework.current().orElse(null));
        model.addAttribute("areas", framework.current().map(v -> framework.areas(v.id())).orElse(java.util.List.of()));
        return "competence/topic-competences";
    }

    @PostMapping("/manage/topics/{topicId}/competences")
    String link(@PathVariable long topicId, @RequestParam(required = false) Long competenceId, RedirectAttributes redirect) {
        try {
            service.link(topicId, competenceId);
            redirect.addFlashAttribute("flash", "competence.topic.linked");
        } catch (DomainException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            Flash.error(redirect, e);
        }
        return "redirect:/manage/topics/" + topicId + "/competences";
    }

    @PostMapping("/manage/topics/{topicId}/competences/remove")
    String unlink(@PathVariable long topicId, @RequestParam(required = false) Long competenceId,
                  RedirectAttributes redirect) {
        service.topic(topicId);
        if (competenceId != null && service.unlink(topicId, competenceId)) {
            redirect.addFlashAttribute("flash", "competence.topic.unlinked");
        } else {
            Flash.error(redirect, "competence.topic.notLinked");
        }
        return "redirect:/manage/topics/" + topicId + "/competences";
    }
}

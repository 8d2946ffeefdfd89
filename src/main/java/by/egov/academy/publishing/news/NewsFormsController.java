package by.egov.academy.publishing.news;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import by.egov.academy.platform.DomainException;

/**
 * The case forms of the names a seminar's news declines (shown, corrected by hand) and the preview of an item before
 * publishing, with its difference from the last published version, its grammar matches and the records'
 * disagreements.
 */
@Controller
class NewsFormsController {

    private final NewsService news;
    private final NewsDrafts drafts;
    private final NameFormService forms;

    NewsFormsController(NewsService news, NewsDrafts drafts, NameFormService forms) {
        this.news = news;
        this.drafts = drafts;
        this.forms = forms;
    }

    @GetMapping("/manage/seminars/{id}/news/forms")
    String forms(@PathVariable long id, Model model) {
        var seminar = news.manageable(id);
        model.addAttribute("seminar", seminar);
        model.addAttribute("names", forms.shown(drafts.facts(id)));
        return "publishing/name-forms";
    }

    /** The editor's forms of one name; accepted as typed, with a warning when the engine does not recognise them. */
    @PostMapping("/manage/seminars/{id}/news/forms")
    String saveForms(@PathVariable long id, @RequestParam(required = false) String entity,
                     @RequestParam(required = false) Long entityId, @RequestParam(defaultValue = "ru") String language,
                     @RequestParam(required = false) String genitive, @RequestParam(required = false) String prepositional,
                     @RequestParam(required = false) String instrumental, Model model, RedirectAttributes redirect,
                     HttpServletResponse response) {
        var seminar = news.manageable(id);
        var facts = drafts.facts(id);
        var name = forms.needed(facts).stream()
                .filter(n -> n.entity().equals(entity) && entityId != null && n.entityId() == entityId && n.language().equals(language))
                .findFirst();
        try {
            if (name.isEmpty()) {
                throw DomainException.invalid("nameForm.notUsed", "entity");
            }
            var warning = forms.edit(entity, entityId, language, name.get().nominative(), genitive, prepositional, instrumental,
                    news.username());
            redirect.addFlashAttribute("flash", warning.isPresent() ? "news.forms.savedWarning" : "news.forms.saved");
            warning.ifPresent(w -> redirect.addFlashAttribute("flashArgs", new Object[]{w}));
        } catch (DomainException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", e.messageCode());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("seminar", seminar);
            model.addAttribute("names", forms.shown(facts));
            model.addAttribute("typed", new String[]{entity, String.valueOf(entityId), language, genitive, prepositional, instrumental});
            if (name.isEmpty()) { // no form on the page is this one's: the typed forms are shown as text
                model.addAttribute("typedElsewhere", java.util.stream.Stream.of(genitive, prepositional, instrumental)
                        .filter(f -> f != null && !f.isBlank()).collect(java.util.stream.Collectors.joining(" · ")));
            }
            return "publishing/name-forms";
        }
        return "redirect:/manage/seminars/" + id + "/news/forms#form-" + entity + "-" + entityId + "-" + language;
    }

    @GetMapping("/manage/seminars/{id}/news/preview")
    String preview(@PathVariable long id, @RequestParam(defaultValue = "ru") String language,
                   @RequestParam(defaultValue = "NEWS") String kind, Model model) {
        var seminar = news.manageable(id);
        NewsItem item = news.item(id, NewsService.kind(kind), NewsService.language(language))
                .orElseThrow(() -> DomainException.notFound("news.notFound", id));
        model.addAttribute("seminar", seminar);
        model.addAttribute("item", item);
        model.addAttribute("kind", kind);
        model.addAttribute("language", language);
        model.addAttribute("action", NewsService.NEWS.equals(kind) ? "news" : "announcement");
        model.addAttribute("paragraphs", java.util.Arrays.stream(item.body().split("\\R\\s*\\R")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList());
        var titleDiff = TextDiff.of(item.publishedTitle(), item.title());
        var bodyDiff = TextDiff.of(item.publishedBody(), item.body());
        model.addAttribute("titleDiff", titleDiff);
        model.addAttribute("bodyDiff", bodyDiff);
        model.addAttribute("unchanged", item.published() && TextDiff.same(titleDiff) && TextDiff.same(bodyDiff));
        var matches = news.check(item);
        model.addAttribute("matches", matches);
        model.addAttribute("disagreements", news.disagreements(id, language));
        model.addAttribute("canPublish", news.isProgrammeOffice());
        return "publishing/news-preview";
    }
}

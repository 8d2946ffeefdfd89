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

/** The editor's page of a seminar's news item: generate from the records, edit, publish. */
@Controller
class ManageNewsController {

    private final NewsService news;

    ManageNewsController(NewsService news) {
        this.news = news;
    }

    @GetMapping("/manage/seminars/{id}/news")
    String page(@PathVariable long id, @RequestParam(defaultValue = "ru") String language, Model model) {
        return page(id, NewsService.language(language), null, null, model);
    }

    private String page(long id, String language, String title, String body, Model model) {
        var seminar = news.manageable(id);
        NewsItem item = news.item(id, language).orElse(null);
        model.addAttribute("seminar", seminar);
        model.addAttribute("language", language);
        model.addAttribute("languages", java.util.List.of("ru", "be", "en"));
        model.addAttribute("item", item);
        model.addAttribute("newsTitle", title != null ? title : item == null ? "" : item.title());
        model.addAttribute("newsBody", body != null ? body : item == null ? "" : item.body());
        model.addAttribute("canPublish", news.isProgrammeOffice());
        model.addAttribute("held", seminar.status().isPast());
        return "publishing/manage-news";
    }

    @PostMapping("/manage/seminars/{id}/news/{language}/generate")
    String generate(@PathVariable long id, @PathVariable String language,
                    @RequestParam(defaultValue = "false") boolean confirm, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        try {
            news.generate(id, language, confirm);
        } catch (DomainException e) {
            return refused(id, language, null, null, e, model, response);
        }
        redirect.addFlashAttribute("flash", "news.generated");
        return "redirect:/manage/seminars/" + id + "/news?language=" + language;
    }

    @PostMapping("/manage/seminars/{id}/news/{language}")
    String edit(@PathVariable long id, @PathVariable String language, @RequestParam(required = false) String title,
                @RequestParam(required = false) String body, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        try {
            news.edit(id, language, title, body);
        } catch (DomainException e) {
            return refused(id, language, title == null ? "" : title, body == null ? "" : body, e, model, response);
        }
        redirect.addFlashAttribute("flash", "news.saved");
        return "redirect:/manage/seminars/" + id + "/news?language=" + language;
    }

    @PostMapping("/manage/seminars/{id}/news/{language}/publish")
    String publish(@PathVariable long id, @PathVariable String language, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        try {
            news.publish(id, language);
        } catch (DomainException e) {
            return refused(id, language, null, null, e, model, response);
        }
        redirect.addFlashAttribute("flash", "news.published");
        return "redirect:/manage/seminars/" + id + "/news?language=" + language;
    }

    /** The page again with the refusal and whatever was typed; not-found goes to the error page. */
    private String refused(long id, String language, String title, String body, DomainException e, Model model,
                           HttpServletResponse response) {
        if (e.status().value() == 404) {
            throw e;
        }
        response.setStatus(e.status().value());
        model.addAttribute("error", e.messageCode());
        model.addAttribute("errorArgs", e.args());
        model.addAttribute("errorField", e.field());
        model.addAttribute("confirmNeeded", "news.confirmRegenerate".equals(e.messageCode()));
        return page(id, language, title, body, model);
    }
}

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
 * The editor's page of a seminar's news item and announcement: write from the records, edit, publish. The
 * news item's commands live under {@code /news}, the announcement's under {@code /announcement}.
 */
@Controller
class ManageNewsController {

    private final NewsService news;

    ManageNewsController(NewsService news) {
        this.news = news;
    }

    @GetMapping("/manage/seminars/{id}/news")
    String page(@PathVariable long id, @RequestParam(defaultValue = "ru") String language,
                @RequestParam(defaultValue = "NEWS") String kind, Model model) {
        return page(id, NewsService.kind(kind), NewsService.language(language), null, null, model);
    }

    @PostMapping("/manage/seminars/{id}/news/generate")
    String generateNews(@PathVariable long id, @RequestParam(defaultValue = "ru") String language,
                        @RequestParam(defaultValue = "false") boolean confirm, Model model, RedirectAttributes redirect,
                        HttpServletResponse response) {
        return generate(id, NewsService.NEWS, language, confirm, model, redirect, response);
    }

    @PostMapping("/manage/seminars/{id}/announcement/generate")
    String generateAnnouncement(@PathVariable long id, @RequestParam(defaultValue = "ru") String language,
                                @RequestParam(defaultValue = "false") boolean confirm, Model model,
                                RedirectAttributes redirect, HttpServletResponse response) {
        return generate(id, NewsService.ANNOUNCEMENT, language, confirm, model, redirect, response);
    }

    @PostMapping("/manage/seminars/{id}/news")
    String editNews(@PathVariable long id, @RequestParam(defaultValue = "ru") String language,
                    @RequestParam(required = false) String title, @RequestParam(required = false) String body, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        return edit(id, NewsService.NEWS, language, title, body, model, redirect, response);
    }

    @PostMapping("/manage/seminars/{id}/announcement")
    String editAnnouncement(@PathVariable long id, @RequestParam(defaultValue = "ru") String language,
                            @RequestParam(required = false) String title, @RequestParam(required = false) String body,
                            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return edit(id, NewsService.ANNOUNCEMENT, language, title, body, model, redirect, response);
    }

    @PostMapping("/manage/seminars/{id}/news/publish")
    String publishNews(@PathVariable long id, @RequestParam(defaultValue = "ru") String language,
                       @RequestParam(defaultValue = "false") boolean confirmMatches, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        return publish(id, NewsService.NEWS, language, confirmMatches, model, redirect, response);
    }

    @PostMapping("/manage/seminars/{id}/announcement/publish")
    String publishAnnouncement(@PathVariable long id, @RequestParam(defaultValue = "ru") String language,
                               @RequestParam(defaultValue = "false") boolean confirmMatches, Model model,
                               RedirectAttributes redirect, HttpServletResponse response) {
        return publish(id, NewsService.ANNOUNCEMENT, language, confirmMatches, model, redirect, response);
    }

    @PostMapping("/manage/seminars/{id}/news/request")
    String requestNews(@PathVariable long id, @RequestParam(defaultValue = "ru") String language, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        return request(id, NewsService.NEWS, language, model, redirect, response);
    }

    @PostMapping("/manage/seminars/{id}/announcement/request")
    String requestAnnouncement(@PathVariable long id, @RequestParam(defaultValue = "ru") String language, Model model,
                               RedirectAttributes redirect, HttpServletResponse response) {
        return request(id, NewsService.ANNOUNCEMENT, language, model, redirect, response);
    }

    @PostMapping("/manage/seminars/{id}/news/return")
    String returnNews(@PathVariable long id, @RequestParam(defaultValue = "ru") String language,
                      @RequestParam(required = false) String comment, Model model, RedirectAttributes redirect,
                      HttpServletResponse response) {
        return giveBack(id, NewsService.NEWS, language, comment, model, redirect, response);
    }

    @PostMapping("/manage/seminars/{id}/announcement/return")
    String returnAnnouncement(@PathVariable long id, @RequestParam(defaultValue = "ru") String language,
                              @RequestParam(required = false) String comment, Model model, RedirectAttributes redirect,
                              HttpServletResponse response) {
        return giveBack(id, NewsService.ANNOUNCEMENT, language, comment, model, redirect, response);
    }

    /** The programme office's list of items coordinators have asked it to publish. */
    @GetMapping("/manage/news")
    String requests(Model model) {
        model.addAttribute("pending", news.pending());
        return "publishing/news-requests";
    }

    private String request(long id, String kind, String language, Model model, RedirectAttributes redirect,
                           HttpServletResponse response) {
        try {
            news.requestPublication(id, kind, language);
        } catch (DomainException e) {
            return refused(id, kind, language, null, null, e, model, response);
        }
        redirect.addFlashAttribute("flash", "news.requested");
        return back(id, kind, language);
    }

    private String giveBack(long id, String kind, String language, String comment, Model model,
                            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            news.giveBack(id, kind, language, comment);
        } catch (DomainException e) {
            model.addAttribute("comment", comment == null ? "" : comment);
            return refused(id, kind, language, null, null, e, model, response);
        }
        redirect.addFlashAttribute("flash", "news.returned");
        return back(id, kind, language);
    }

    private String generate(long id, String kind, String language, boolean confirm, Model model,
                            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            news.generate(id, kind, language, confirm);
        } catch (DomainException e) {
            return refused(id, kind, language, null, null, e, model, response);
        }
        redirect.addFlashAttribute("flash", "news.generated");
        return back(id, kind, language);
    }

    private String edit(long id, String kind, String language, String title, String body, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        try {
            news.edit(id, kind, language, title, body);
        } catch (DomainException e) {
            return refused(id, kind, language, title == null ? "" : title, body == null ? "" : body, e, model, response);
        }
        redirect.addFlashAttribute("flash", "news.saved");
        return back(id, kind, language);
    }

    private String publish(long id, String kind, String language, boolean confirmMatches, Model model,
                           RedirectAttributes redirect, HttpServletResponse response) {
        try {
            news.publish(id, kind, language, confirmMatches);
        } catch (DomainException e) {
            return refused(id, kind, language, null, null, e, model, response);
        }
        redirect.addFlashAttribute("flash", "news.published");
        return back(id, kind, language);
    }

    private static String back(long id, String kind, String language) {
        return "redirect:/manage/seminars/" + id + "/news?language=" + language + "&kind=" + kind;
    }

    private String page(long id, String kind, String language, String title, String body, Model model) {
        var seminar = news.manageable(id);
        NewsItem item = news.item(id, kind, language).orElse(null);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", java.util.List.of(NewsService.NEWS, NewsService.ANNOUNCEMENT));
        model.addAttribute("action", NewsService.NEWS.equals(kind) ? "news" : "announcement");
        model.addAttribute("seminar", seminar);
        model.addAttribute("language", language);
        model.addAttribute("languages", java.util.List.of("ru", "be", "en"));
        model.addAttribute("item", item);
        model.addAttribute("newsTitle", title != null ? title : item == null ? "" : item.title());
        model.addAttribute("newsBody", body != null ? body : item == null ? "" : item.body());
        model.addAttribute("canPublish", news.isProgrammeOffice());
        model.addAttribute("missingFacts", missing(item));
        model.addAttribute("disagreements", news.disagreements(id, language));
        var matches = news.check(item);
        model.addAttribute("matches", matches);
        model.addAttribute("checked", item == null ? java.util.List.of() : Highlight.of(NewsService.checkedText(item), matches));
        model.addAttribute("writable", NewsService.writable(seminar, kind));
        return "publishing/manage-news";
    }

    /** A fact the writer lacked, for the page: a code, or an organisation whose name in a language is missing. */
    record MissingFact(String code, Long organisationId, String organisationName) {
        /** A name whose case form is missing: the editor's forms page has its field. */
        public boolean form() {
            return code.startsWith("form");
        }
    }

    private java.util.List<MissingFact> missing(NewsItem item) {
        if (item == null) {
            return java.util.List.of();
        }
        java.util.List<Long> ids = item.missingFacts().stream().filter(m -> m.contains(":") && !m.startsWith("form"))
                .map(m -> parseId(m.substring(m.indexOf(':') + 1))).filter(java.util.Objects::nonNull).toList();
        java.util.Map<Long, String> names = news.organisationNames(ids);
        return item.missingFacts().stream().map(m -> {
            int colon = m.indexOf(':');
            if (colon < 0 || m.startsWith("form")) {
                return new MissingFact(colon < 0 ? m : m.substring(0, colon), null, null);
            }
            Long org = parseId(m.substring(colon + 1));
            return new MissingFact(m.substring(0, colon), org, org == null ? null : names.get(org));
        }).toList();
    }

    private static Long parseId(String s) {
        try {
            return Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The page again with the refusal and whatever was typed; not-found goes to the error page. */
    private String refused(long id, String kind, String language, String title, String body, DomainException e,
                           Model model, HttpServletResponse response) {
        if (e.status().value() == 404) {
            throw e;
        }
        response.setStatus(e.status().value());
        model.addAttribute("error", e.messageCode());
        model.addAttribute("errorArgs", e.args());
        model.addAttribute("errorField", e.field());
        model.addAttribute("confirmNeeded", "news.confirmRegenerate".equals(e.messageCode()));
        model.addAttribute("confirmMatchesNeeded", "news.confirmMatches".equals(e.messageCode()));
        return page(id, kind, language, title, body, model);
    }
}

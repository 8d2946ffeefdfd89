package by.egov.academy.publishing.news;

import java.util.Locale;

import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import by.egov.academy.platform.DomainException;

/** The public news: a list and an item page in the page's language, and the Atom feed. */
@Controller
class PublicNewsController {

    private final NewsItemRepository items;
    private final NewsFeed feed;
    private final Environment environment;

    PublicNewsController(NewsItemRepository items, NewsFeed feed, Environment environment) {
        this.items = items;
        this.feed = feed;
        this.environment = environment;
    }

    static String languageOf(Locale locale) {
        String l = locale.getLanguage();
        return NewsService.LANGUAGES.contains(l) ? l : "ru";
    }

    @GetMapping("/news")
    String list(Locale locale, Model model) {
        model.addAttribute("items", items.published(languageOf(locale), 100));
        return "publishing/news";
    }

    /**
     * The published text about a seminar in the page's language: its news item, or before that its announcement
     * ({@code kind} picks one).
     */
    @GetMapping("/news/{id}")
    String item(@PathVariable long id, @RequestParam(required = false) String kind, Locale locale, Model model) {
        String language = languageOf(locale);
        java.util.List<String> kinds = kind == null ? java.util.List.of(NewsService.NEWS, NewsService.ANNOUNCEMENT)
                : java.util.List.of(NewsService.kind(kind));
        NewsItem item = kinds.stream().map(k -> items.find(id, k, language).filter(NewsItem::published))
                .flatMap(java.util.Optional::stream).findFirst()
                .orElseThrow(() -> DomainException.notFound("news.notFound", id));
        model.addAttribute("item", item);
        return "publishing/news-item";
    }

    @GetMapping("/news/feed.atom")
    ResponseEntity<String> atom(Locale locale) {
        String baseUrl = environment.getProperty("egov.base-url", "http://localhost:8080");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(feed.atom(languageOf(locale), baseUrl));
    }
}

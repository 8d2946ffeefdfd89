package by.egov.academy.publishing.news;

import java.util.Locale;

import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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

    /** The published news item about a seminar, in the page's language. */
    @GetMapping("/news/{id}")
    String item(@PathVariable long id, Locale locale, Model model) {
        NewsItem item = items.find(id, NewsService.NEWS, languageOf(locale)).filter(NewsItem::published)
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

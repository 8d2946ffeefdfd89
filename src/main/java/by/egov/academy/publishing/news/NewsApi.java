package by.egov.academy.publishing.news;

import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import by.egov.academy.platform.DomainException;
import by.egov.academy.programme.Seminars;

/**
 * {@code GET /api/v1/seminars/{id}/news?lang=ru|be|en&kind=NEWS|ANNOUNCEMENT}: the seminar's organisers get the current text
 * (draft or edited) with its status; anyone else the published text, once published.
 */
@RestController
class NewsApi {

    record NewsText(String title, String body, String status) {
    }

    private final NewsItemRepository items;
    private final Seminars seminars;

    NewsApi(NewsItemRepository items, Seminars seminars) {
        this.items = items;
        this.seminars = seminars;
    }

    @GetMapping("/api/v1/seminars/{id}/news")
    NewsText news(@PathVariable long id, @org.springframework.web.bind.annotation.RequestParam(defaultValue = "NEWS") String kind,
                  Locale locale) {
        NewsItem item = items.find(id, NewsService.kind(kind), PublicNewsController.languageOf(locale))
                .orElseThrow(() -> DomainException.notFound("news.notFound", id));
        if (seminars.find(id).isPresent() && seminars.canManage(id)) {
            return new NewsText(item.title(), item.body(), item.status());
        }
        if (!item.published()) {
            throw DomainException.notFound("news.notFound", id);
        }
        return new NewsText(item.publishedTitle(), item.publishedBody(), "PUBLISHED");
    }
}

package by.egov.academy.publishing.news;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/** The published news of one language as an Atom 1.0 feed (Rome), newest first, 50 entries. */
@Component
class NewsFeed {

    private final NewsItemRepository items;
    private final MessageSource messages;

    NewsFeed(NewsItemRepository items, MessageSource messages) {
        this.items = items;
        this.messages = messages;
    }

    String atom(String language, String baseUrl) {
        java.util.Locale locale = java.util.Locale.forLanguageTag(language);
        List<NewsItem> published = items.published(language, 50);
        Feed feed = new Feed("atom_1.0");
        feed.setId("urn:egov-academy:news:" + language);
        feed.setTitle(messages.getMessage("news.feed.title", null, locale));
        feed.setLanguage(language);
        feed.setUpdated(published.isEmpty() ? new Date(0) : Date.from(published.get(0).publishedAt()));
        feed.setAlternateLinks(List.of(link(baseUrl + "/news?lang=" + language, "alternate")));
        feed.setOtherLinks(List.of(link(baseUrl + "/news/feed.atom?lang=" + language, "self")));
        Person author = new Person();
        author.setName(messages.getMessage("news.feed.author", null, locale));
        feed.setAuthors(List.of(author));
        List<Entry> entries = new ArrayList<>();
        for (NewsItem item : published) {
            Entry e = new Entry();
            e.setId("urn:egov-academy:" + item.kind().toLowerCase(java.util.Locale.ROOT) + ":" + item.seminarId() + ":" + language);
            e.setTitle(item.publishedTitle());
            e.setUpdated(Date.from(item.publishedAt()));
            e.setPublished(Date.from(item.publishedAt()));
            e.setAlternateLinks(List.of(link(baseUrl + "/news/" + item.seminarId() + "?lang=" + language + "&kind=" + item.kind(), "alternate")));
            e.setOtherLinks(List.of(link(baseUrl + "/seminars/" + item.seminarId() + "?lang=" + language, "related")));
            Content content = new Content();
            content.setType("text");
            content.setValue(item.publishedBody());
            e.setContents(List.of(content));
            entries.add(e);
        }
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException ex) {
            throw new IllegalStateException("the Atom feed could not be written", ex);
        }
    }

    private static Link link(String href, String rel) {
        Link l = new Link();
        l.setHref(href);
        l.setRel(rel);
        return l;
    }
}

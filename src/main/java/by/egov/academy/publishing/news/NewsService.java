package by.egov.academy.publishing.news;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import by.egov.academy.identity.CurrentUser;
import by.egov.academy.identity.CurrentUsers;
import by.egov.academy.platform.DomainException;
import by.egov.academy.programme.Seminars;

/**
 * The editorial flow: draft → edited → published. The programme office and the host oblast's coordinator
 * generate and edit; only the programme office publishes. A coordinator asks for publication instead: the office
 * publishes (which answers the request) or returns the item with a comment. Regenerating keeps an edited text
 * unless the editor confirms that it may go.
 */
@Service
class NewsService {

    static final Set<String> LANGUAGES = Set.of("ru", "be", "en");
    static final String NEWS = "NEWS";
    static final String ANNOUNCEMENT = "ANNOUNCEMENT";
    static final Set<String> KINDS = Set.of(NEWS, ANNOUNCEMENT);
    static final int MAX_TITLE = 500;
    static final int MAX_BODY = 20000;
    static final int MAX_COMMENT = 2000;

    private final NewsItemRepository items;
    private final NewsDrafts drafts;
    private final Seminars seminars;
    private final CurrentUsers users;
    private final Clock clock;

    NewsService(NewsItemRepository items, NewsDrafts drafts, Seminars seminars, CurrentUsers users, Clock clock) {
        this.items = items;
        this.drafts = drafts;
        this.seminars = seminars;
        this.users = users;
        this.clock = clock;
    }

    static String language(String language) {
        if (language == null || !LANGUAGES.contains(language)) {
            throw DomainException.notFound("news.language", language);
        }
        return language;
    }

    static String kind(String kind) {
        if (kind == null || !KINDS.contains(kind)) {
            throw DomainException.notFound("news.kind", kind);
        }
        return kind;
    }

    /** Whether the seminar is at the stage the text is about: held for news, announced for an announcement. */
    static boolean writable(Seminars.SeminarInfo s, String kind) {
        return NEWS.equals(kind) ? s.status().isPast()
                : s.status() == by.egov.academy.programme.SeminarStatus.ANNOUNCED
                || s.status() == by.egov.academy.programme.SeminarStatus.REGISTRATION_OPEN;
    }

    /** The seminar, checked to be the caller's to edit. */
    Seminars.SeminarInfo manageable(long seminarId) {
        Seminars.SeminarInfo s = seminars.find(seminarId).orElseThrow(() -> DomainException.notFound("seminar.notFound", seminarId));
        if (!seminars.canManage(seminarId)) {
            throw new AccessDeniedException("not this seminar's organiser");
        }
        return s;
    }

    String username() {
        return users.require().username();
    }

    boolean isProgrammeOffice() {
        return users.current().map(CurrentUser::isProgrammeOffice).orElse(false);
    }

    Optional<NewsItem> item(long seminarId, String kind, String language) {
        return items.find(seminarId, kind(kind), language(language));
    }

    /**
     * Writes the item from the records. An edited text stays unless {@code discardEdits}: then 409 asks the
     * editor to confirm. Returns the text written.
     */
    @Transactional
    Draft generate(long seminarId, String kind, String language, boolean discardEdits) {
        Seminars.SeminarInfo s = manageable(seminarId);
        language(language);
        kind(kind);
        if (!writable(s, kind)) {
            throw DomainException.conflict(NEWS.equals(kind) ? "news.notHeld" : "news.notAnnounced", "seminarId");
        }
        Optional<NewsItem> existing = items.lock(seminarId, kind, language);
        if (existing.isPresent() && existing.get().edited() && !discardEdits) {
            throw DomainException.conflict("news.confirmRegenerate", "confirm");
        }
        Draft draft = drafts.write(seminarId, kind, Locale.forLanguageTag(language));
        items.saveGenerated(seminarId, kind, language, draft, users.require().username(), clock.instant(), discardEdits);
        existing.ifPresent(this::withdrawIfCoordinator);
        return draft;
    }

    /**
     * A coordinator who changes the text after asking for publication takes the request back (and asks again), so
     * the office never publishes a text it was not asked to publish; the office's own corrections keep the request.
     */
    private void withdrawIfCoordinator(NewsItem item) {
        if (item.publicationRequested() && !isProgrammeOffice()) {
            items.withdrawRequest(item.id());
        }
    }

    @Transactional
    void edit(long seminarId, String kind, String language, String title, String body) {
        manageable(seminarId);
        language(language);
        kind(kind);
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE) {
            throw DomainException.invalid("news.titleInvalid", "title", MAX_TITLE);
        }
        if (b.isEmpty() || b.length() > MAX_BODY) {
            throw DomainException.invalid("news.bodyInvalid", "body", MAX_BODY);
        }
        NewsItem item = items.lock(seminarId, kind, language)
                .orElseThrow(() -> DomainException.conflict("news.generateFirst", "body"));
        items.saveEdit(item.id(), t, b.replace("\r\n", "\n"), users.require().username(), clock.instant());
        withdrawIfCoordinator(item);
    }

    /** The coordinator asks the programme office to publish the current text; an empty item is refused. */
    @Transactional
    void requestPublication(long seminarId, String kind, String language) {
        manageable(seminarId);
        NewsItem item = items.lock(seminarId, kind(kind), language(language))
                .orElseThrow(() -> DomainException.invalid("news.empty", "body"));
        if (item.title() == null || item.title().isBlank() || item.body() == null || item.body().isBlank()) {
            throw DomainException.invalid("news.empty", "body");
        }
        items.request(item.id(), users.require().username(), clock.instant());
    }

    /** The programme office returns a requested item to the coordinator with a comment saying what to change. */
    @Transactional
    void giveBack(long seminarId, String kind, String language, String comment) {
        seminars.find(seminarId).orElseThrow(() -> DomainException.notFound("seminar.notFound", seminarId));
        if (!isProgrammeOffice()) {
            throw new AccessDeniedException("the programme office answers requests");
        }
        String c = comment == null ? "" : comment.strip();
        if (c.isEmpty() || c.length() > MAX_COMMENT) {
            throw DomainException.invalid("news.commentInvalid", "comment", MAX_COMMENT);
        }
        NewsItem item = items.lock(seminarId, kind(kind), language(language))
                .filter(NewsItem::publicationRequested)
                .orElseThrow(() -> DomainException.conflict("news.noRequest", "comment"));
        items.giveBack(item.id(), c.replace("\r\n", "\n"), users.require().username(), clock.instant());
    }

    /** Where the records disagree about the remote districts (shown to the editor before publishing). */
    java.util.List<Disagreements.Disagreement> disagreements(long seminarId, String language) {
        return Disagreements.of(drafts.facts(seminarId), Locale.forLanguageTag(language(language)));
    }

    java.util.Map<Long, String> organisationNames(java.util.Collection<Long> ids) {
        return items.organisationNames(ids);
    }

    /** Requests waiting for the programme office, oldest first. */
    java.util.List<NewsItemRepository.Pending> pending() {
        if (!isProgrammeOffice()) {
            throw new AccessDeniedException("the programme office answers requests");
        }
        return items.pending();
    }

    /** LanguageTool's matches in the current text (title, a blank line, the body), outside the allow-list. */
    java.util.List<by.egov.academy.publishing.grammar.GrammarCheck.Match> check(NewsItem item) {
        if (item == null || item.title() == null || item.body() == null) {
            return java.util.List.of();
        }
        return by.egov.academy.publishing.grammar.GrammarCheck.check(checkedText(item), Locale.forLanguageTag(item.language()));
    }

    static String checkedText(NewsItem item) {
        return item.title().strip() + "\n\n" + item.body().strip().replace("\r\n", "\n");
    }

    /**
     * The programme office publishes the current text; an empty item is refused, and a text with grammar matches
     * left needs {@code confirmMatches} (409 otherwise, and the page asks).
     */
    @Transactional
    void publish(long seminarId, String kind, String language, boolean confirmMatches) {
        if (!confirmMatches) {
            NewsItem current = items.find(seminarId, kind(kind), language(language)).orElse(null);
            if (current != null && isProgrammeOffice() && !check(current).isEmpty()) {
                throw DomainException.conflict("news.confirmMatches", "confirmMatches", check(current).size());
            }
        }
        publish(seminarId, kind, language);
    }

    /** The programme office publishes the current text; an empty item is refused. */
    @Transactional
    void publish(long seminarId, String kind, String language) {
        seminars.find(seminarId).orElseThrow(() -> DomainException.notFound("seminar.notFound", seminarId));
        if (!isProgrammeOffice()) {
            throw new AccessDeniedException("the programme office publishes");
        }
        language(language);
        kind(kind);
        NewsItem item = items.lock(seminarId, kind, language).orElseThrow(() -> DomainException.invalid("news.empty", "body"));
        if (item.title() == null || item.title().isBlank() || item.body() == null || item.body().isBlank()) {
            throw DomainException.invalid("news.empty", "body");
        }
        items.publish(item.id(), item.title().strip(), item.body().strip(), users.require().username(), clock.instant());
    }

}

package by.egov.academy.publishing.news;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import by.egov.academy.platform.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editor page's "write from the records" as an API: the seminar's news item (once held) or announcement (once
 * announced) is written by {@link NewsService#generate} exactly as the page writes it, stored as the current draft,
 * and returned. An edited text is kept unless {@code confirm=true} (409 otherwise), as on the page. The programme
 * office and the host oblast's coordinator may do this.
 */
@RestController
@Tag(name = "News", description = "News items and announcements the product writes from a seminar's records")
class NewsDraftApi {

    static final String DRAFT_EXAMPLE = """
            {"seminarId":12,"kind":"NEWS","language":"ru","status":"DRAFT",
             "title":"Состоялся первый семинар цикла региональных семинаров по вопросам развития технологий электронного правительства для руководителей местных исполнительных органов государственного управления",
             "lead":"8 сентября 2017 г. Министерством связи и информатизации совместно с Гродненским областным исполнительным комитетом … проведен первый семинар цикла региональных семинаров по вопросам развития технологий электронного правительства.",
             "body":"8 сентября 2017 г. Министерством связи и информатизации …\\n\\nЦелевой аудиторией семинара стали …",
             "missing":[{"code":"nameEn","text":"no English name of the organisation (the text has the Russian one):","organisationId":17,"organisationName":"ООО «Белорусские облачные технологии»"}]}""";

    /** A fact the records lacked, so its sentence was left out or a name was given in Russian. */
    record MissingJson(String code, String text, Long organisationId, String organisationName) {
    }

    /** {@code body} is the whole text, paragraphs separated by a blank line; {@code lead} is its first paragraph. */
    record DraftJson(long seminarId, String kind, String language, String status, String title, String lead, String body,
                     List<MissingJson> missing) {
    }

    private final NewsService news;
    private final MessageSource messages;

    NewsDraftApi(NewsService news, MessageSource messages) {
        this.news = news;
        this.messages = messages;
    }

    @PostMapping("/api/v1/seminars/{id}/news/drafts")
    @Operation(summary = "Write the news item about a held seminar from its records, in Russian, Belarusian or English, "
            + "as the editor page does; the draft becomes the item's current text")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = DRAFT_EXAMPLE)))
    DraftJson news(@PathVariable long id,
                   @Parameter(description = "ru, be or en") @RequestParam(defaultValue = "ru") String lang,
                   @Parameter(description = "true discards an edited text") @RequestParam(defaultValue = "false") boolean confirm,
                   Locale locale) {
        return draft(id, NewsService.NEWS, lang, confirm, locale);
    }

    @PostMapping("/api/v1/seminars/{id}/announcements/drafts")
    @Operation(summary = "Write the announcement of an announced seminar from its records, as the editor page does; "
            + "the draft becomes the announcement's current text")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
            {"seminarId":14,"kind":"ANNOUNCEMENT","language":"en","status":"DRAFT","title":"…","lead":"…","body":"…","missing":[]}""")))
    DraftJson announcement(@PathVariable long id,
                           @Parameter(description = "ru, be or en") @RequestParam(defaultValue = "ru") String lang,
                           @Parameter(description = "true discards an edited text") @RequestParam(defaultValue = "false") boolean confirm,
                           Locale locale) {
        return draft(id, NewsService.ANNOUNCEMENT, lang, confirm, locale);
    }

    private DraftJson draft(long id, String kind, String lang, boolean confirm, Locale locale) {
        news.manageable(id);
        if (lang == null || !NewsService.LANGUAGES.contains(lang)) {
            throw new DomainException(HttpStatus.BAD_REQUEST, "news.unknownLanguage", "lang", String.valueOf(lang));
        }
        Draft d = news.generate(id, kind, lang, confirm);
        String status = news.item(id, kind, lang).map(NewsItem::status).orElse("DRAFT");
        int end = d.body().indexOf("\n\n");
        String lead = end < 0 ? d.body() : d.body().substring(0, end);
        return new DraftJson(id, kind, lang, status, d.title(), lead, d.body(), missing(d.missing(), locale));
    }

    private List<MissingJson> missing(List<String> codes, Locale locale) {
        List<Long> ids = codes.stream().filter(m -> m.contains(":")).map(m -> parseId(m.substring(m.indexOf(':') + 1)))
                .filter(java.util.Objects::nonNull).toList();
        Map<Long, String> names = ids.isEmpty() ? Map.of() : news.organisationNames(ids);
        return codes.stream().map(m -> {
            int colon = m.indexOf(':');
            String code = colon < 0 ? m : m.substring(0, colon);
            Long org = colon < 0 ? null : parseId(m.substring(colon + 1));
            String text = messages.getMessage("news.missing." + code, null, code, locale);
            return new MissingJson(code, text, org, org == null ? null : names.get(org));
        }).toList();
    }

    private static Long parseId(String s) {
        try {
            return Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

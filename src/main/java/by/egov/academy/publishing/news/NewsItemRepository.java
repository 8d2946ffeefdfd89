package by.egov.academy.publishing.news;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NewsItemRepository {

    private static final String COLUMNS = """
            id, seminar_id, kind, language, status, generated_title, generated_body, missing, generated_by, generated_at,
            edited_title, edited_body, edited_by, edited_at, published_title, published_body, published_by, published_at,
            requested_by, requested_at, returned_by, returned_at, return_comment
            """;

    private final JdbcClient jdbc;

    NewsItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<NewsItem> find(long seminarId, String kind, String language) {
        return jdbc.sql("select " + COLUMNS + " from news_item where seminar_id = :s and kind = :k and language = :l")
                .param("s", seminarId).param("k", kind).param("l", language).query(NewsItem.class).optional();
    }

    /** Locks the row for a change, so two editors' writes follow one another. */
    Optional<NewsItem> lock(long seminarId, String kind, String language) {
        return jdbc.sql("select " + COLUMNS + " from news_item where seminar_id = :s and kind = :k and language = :l for update")
                .param("s", seminarId).param("k", kind).param("l", language).query(NewsItem.class).optional();
    }

    List<NewsItem> ofSeminar(long seminarId) {
        return jdbc.sql("select " + COLUMNS + " from news_item where seminar_id = :s order by kind, language")
                .param("s", seminarId).query(NewsItem.class).list();
    }

    /** Published items of one language, newest first. */
    List<NewsItem> published(String language, int limit) {
        return jdbc.sql("select " + COLUMNS + " from news_item where language = :l and published_at is not null "
                        + "order by published_at desc, id desc limit :n")
                .param("l", language).param("n", limit).query(NewsItem.class).list();
    }

    /** Writes the writer's text; {@code discardEdits} also drops the editor's text (asked for explicitly). */
    void saveGenerated(long seminarId, String kind, String language, Draft draft, String by, Instant at, boolean discardEdits) {
        jdbc.sql("""
                        insert into news_item (seminar_id, kind, language, status, generated_title, generated_body, missing,
                                               generated_by, generated_at)
                        values (:s, :k, :l, 'DRAFT', :t, :b, :m, :by, :at)
                        on conflict (seminar_id, kind, language) do update set
                            generated_title = excluded.generated_title, generated_body = excluded.generated_body,
                            missing = excluded.missing, generated_by = excluded.generated_by, generated_at = excluded.generated_at,
                            status = case when :discard or (news_item.edited_title is null and news_item.edited_body is null)
                                          then 'DRAFT' else 'EDITED' end,
                            edited_title = case when :discard then null else news_item.edited_title end,
                            edited_body = case when :discard then null else news_item.edited_body end,
                            edited_by = case when :discard then null else news_item.edited_by end,
                            edited_at = case when :discard then null else news_item.edited_at end
                        """).param("s", seminarId).param("k", kind).param("l", language).param("t", draft.title())
                .param("b", draft.body()).param("m", String.join(",", draft.missing())).param("by", by)
                .param("at", java.sql.Timestamp.from(at)).param("discard", discardEdits).update();
    }

    void saveEdit(long id, String title, String body, String by, Instant at) {
        jdbc.sql("""
                        update news_item set edited_title = :t, edited_body = :b, edited_by = :by, edited_at = :at,
                               status = 'EDITED' where id = :id""")
                .param("t", title).param("b", body).param("by", by).param("at", java.sql.Timestamp.from(at))
                .param("id", id).update();
    }

    /** Publishing answers a pending request and closes a return. */
    void publish(long id, String title, String body, String by, Instant at) {
        jdbc.sql("""
                        update news_item set published_title = :t, published_body = :b, published_by = :by, published_at = :at,
                               status = 'PUBLISHED', requested_by = null, requested_at = null, returned_by = null,
                               returned_at = null, return_comment = null where id = :id""")
                .param("t", title).param("b", body).param("by", by).param("at", java.sql.Timestamp.from(at))
                .param("id", id).update();
    }

    /** A new request replaces the last return: its comment has been answered by the new text. */
    void request(long id, String by, Instant at) {
        jdbc.sql("""
                        update news_item set requested_by = :by, requested_at = :at, returned_by = null, returned_at = null,
                               return_comment = null where id = :id""")
                .param("by", by).param("at", java.sql.Timestamp.from(at)).param("id", id).update();
    }

    void withdrawRequest(long id) {
        jdbc.sql("update news_item set requested_by = null, requested_at = null where id = :id and requested_at is not null")
                .param("id", id).update();
    }

    void giveBack(long id, String comment, String by, Instant at) {
        jdbc.sql("""
                        update news_item set requested_by = null, requested_at = null, returned_by = :by, returned_at = :at,
                               return_comment = :c where id = :id""")
                .param("by", by).param("at", java.sql.Timestamp.from(at)).param("c", comment).param("id", id).update();
    }

    /** A pending request with its seminar's title, for the programme office's list. */
    record Pending(long seminarId, String kind, String language, String titleRu, String titleBe, String titleEn,
                   String newsTitle, String requestedBy, Instant requestedAt) {
        public String seminarTitle(java.util.Locale locale) {
            String t = switch (locale.getLanguage()) {
                case "be" -> titleBe;
                case "en" -> titleEn;
                default -> titleRu;
            };
            return t == null || t.isBlank() ? titleRu : t;
        }

        public java.time.LocalDateTime requestedLocal() {
            return NewsItem.minsk(requestedAt);
        }
    }

    List<Pending> pending() {
        return jdbc.sql("""
                        select n.seminar_id, n.kind, n.language, s.title_ru, s.title_be, s.title_en,
                               coalesce(n.edited_title, n.generated_title) as news_title, n.requested_by, n.requested_at
                        from news_item n join seminar s on s.id = n.seminar_id
                        where n.requested_at is not null order by n.requested_at, n.id""")
                .query(Pending.class).list();
    }

    /** Russian names of organisations, for the list of names missing in a language. */
    java.util.Map<Long, String> organisationNames(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        jdbc.sql("select id, name_ru from organisation where id in (:ids)").param("ids", ids)
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return names;
    }
}

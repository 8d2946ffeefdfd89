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
            edited_title, edited_body, edited_by, edited_at, published_title, published_body, published_by, published_at
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

    void publish(long id, String title, String body, String by, Instant at) {
        jdbc.sql("""
                        update news_item set published_title = :t, published_body = :b, published_by = :by, published_at = :at,
                               status = 'PUBLISHED' where id = :id""")
                .param("t", title).param("b", body).param("by", by).param("at", java.sql.Timestamp.from(at))
                .param("id", id).update();
    }
}

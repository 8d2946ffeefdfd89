package by.egov.academy.programme.topic;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Topics in explicit SQL; talk_topic is read only to know whether a topic is in use. */
@Repository
class TopicRepository {

    private static final String SELECT = """
            select t.id, t.code, t.name_ru, t.name_be, t.name_en, t.state, t.retired_at, t.proposed_by, t.created_at,
                   (select count(*) from talk_topic tt where tt.topic_id = t.id) as talk_count
            from topic t
            """;

    /** Filters of the list; null means any. */
    record Filter(String query, TopicState state, boolean includeRetired) {
    }

    private final JdbcClient jdbc;

    TopicRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Topic> find(long id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(Topic.class).optional();
    }

    List<Topic> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where t.id in (:ids) order by t.name_ru collate ru_icu").param("ids", ids).query(Topic.class).list();
    }

    List<Topic> search(Filter f, int limit) {
        String q = f.query() == null || f.query().isBlank() ? null : escapeLike(f.query().strip().toLowerCase());
        return jdbc.sql(SELECT + """
                         where (cast(:q as text) is null or lower(t.name_ru || ' ' || coalesce(t.name_be, '') || ' '
                                || coalesce(t.name_en, '') || ' ' || t.code) like '%' || cast(:q as text) || '%')
                           and (cast(:state as text) is null or t.state = cast(:state as text))
                           and (:retired or t.retired_at is null)
                         order by case t.state when 'PROPOSED' then 0 when 'APPROVED' then 1 else 2 end,
                                  t.retired_at nulls first, t.name_ru, t.id
                         limit :limit
                        """)
                .param("q", q).param("state", f.state() == null ? null : f.state().name())
                .param("retired", f.includeRetired()).param("limit", limit)
                .query(Topic.class).list();
    }

    /** Approved, not retired: what a new talk may be given. */
    List<Topic> active() {
        return jdbc.sql(SELECT + " where t.state = 'APPROVED' and t.retired_at is null order by t.name_ru collate ru_icu, t.id")
                .query(Topic.class).list();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("select exists (select 1 from topic where code = :c)").param("c", code).query(Boolean.class).single();
    }

    long insert(String code, TopicCommand c, TopicState state, String proposedBy, Instant now) {
        return jdbc.sql("""
                        insert into topic (code, name_ru, name_be, name_en, state, proposed_by, created_at)
                        values (:code, :ru, :be, :en, :state, :by, :now) returning id
                        """)
                .param("code", code).param("ru", c.nameRu().strip()).param("be", blankToNull(c.nameBe()))
                .param("en", blankToNull(c.nameEn())).param("state", state.name()).param("by", proposedBy)
                .param("now", java.sql.Timestamp.from(now))
                .query(Long.class).single();
    }

    /**
     * Each value left out (null) keeps what is stored, an empty one clears it (the Russian name is checked
     * before it gets here): in one statement, so two people editing two languages at once both keep theirs.
     */
    void update(long id, TopicCommand c) {
        jdbc.sql("""
                        update topic set
                            code = coalesce(cast(:code as text), code),
                            name_ru = coalesce(cast(:ru as text), name_ru),
                            name_be = case when cast(:be as text) is null then name_be else nullif(btrim(cast(:be as text)), '') end,
                            name_en = case when cast(:en as text) is null then name_en else nullif(btrim(cast(:en as text)), '') end
                        where id = :id
                        """)
                .param("code", c.code() == null || c.code().isBlank() ? null : c.code())
                .param("ru", c.nameRu() == null ? null : c.nameRu().strip())
                .param("be", c.nameBe()).param("en", c.nameEn()).param("id", id)
                .update();
    }

    void setState(long id, TopicState state) {
        jdbc.sql("update topic set state = :s where id = :id").param("s", state.name()).param("id", id).update();
    }

    /** Retired at the moment given, or back in use when null. */
    void setRetired(long id, Instant at) {
        if (at == null) {
            jdbc.sql("update topic set retired_at = null where id = :id").param("id", id).update();
        } else {
            jdbc.sql("update topic set retired_at = :at where id = :id").param("at", java.sql.Timestamp.from(at))
                    .param("id", id).update();
        }
    }

    /** Deletes unless a talk carries it; the check and the delete are one statement. */
    boolean deleteIfUnused(long id) {
        return jdbc.sql("""
                        delete from topic t where t.id = :id
                          and not exists (select 1 from talk_topic tt where tt.topic_id = t.id)
                        """).param("id", id).update() == 1;
    }

    /** Serialises changes of one topic (approve against edit, delete against a talk being tagged). */
    void lock(long id) {
        jdbc.sql("select id from topic where id = :id for update").param("id", id).query(Long.class).optional();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

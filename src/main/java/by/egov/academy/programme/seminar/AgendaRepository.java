package by.egov.academy.programme.seminar;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import by.egov.academy.platform.LocaleConfiguration;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Explicit SQL for a seminar's agenda: talks, discussions and breaks, their speakers and topics. */
@Repository
public class AgendaRepository {

    private final JdbcClient jdbc;

    AgendaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Talk> talks(long seminarId) {
        Map<Long, List<Talk.Speaker>> speakers = new HashMap<>();
        jdbc.sql("""
                        select ts.talk_id, e.id, e.full_name, e.position, o.id as org_id, o.name_ru, o.name_be, o.name_en,
                               e.position_be, e.position_en
                        from talk_speaker ts join talk t on t.id = ts.talk_id join expert e on e.id = ts.expert_id
                        join organisation o on o.id = e.organisation_id
                        where t.seminar_id = :s order by ts.position
                        """).param("s", seminarId)
                .query((RowCallbackHandler) rs -> speakers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Talk.Speaker(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10))));
        Map<Long, List<Talk.Topic>> topics = new HashMap<>();
        jdbc.sql("""
                        select tt.talk_id, tp.id, tp.code, tp.name_ru, tp.name_be, tp.name_en from talk_topic tt
                        join talk t on t.id = tt.talk_id join topic tp on tp.id = tt.topic_id
                        where t.seminar_id = :s order by tp.id
                        """).param("s", seminarId)
                .query((RowCallbackHandler) rs -> topics.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Talk.Topic(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6))));
        return jdbc.sql("""
                        select id, seminar_id, kind, title_ru, title_be, title_en, starts_at, ends_at, illustrative
                        from talk where seminar_id = :s order by starts_at
                        """).param("s", seminarId)
                .query((rs, n) -> new Talk(rs.getLong("id"), rs.getLong("seminar_id"), rs.getString("kind"),
                        rs.getString("title_ru"), rs.getString("title_be"), rs.getString("title_en"),
                        rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                        rs.getBoolean("illustrative"),
                        speakers.getOrDefault(rs.getLong("id"), List.of()), topics.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    public long insertTalk(long seminarId, TalkCommand c, boolean illustrative) {
        long id = jdbc.sql("""
                        insert into talk (seminar_id, kind, title_ru, title_be, title_en, starts_at, ends_at, illustrative)
                        values (:s, :kind, :ru, :be, :en, :starts, :ends, :ill) returning id
                        """)
                .param("s", seminarId).param("kind", c.kind()).param("ru", c.titleRu().strip())
                .param("be", SeminarRepository.blank(c.titleBe())).param("en", SeminarRepository.blank(c.titleEn()))
                .param("starts", Timestamp.from(c.startsAt())).param("ends", Timestamp.from(c.endsAt()))
                .param("ill", illustrative).query(Long.class).single();
        setSpeakersAndTopics(id, c.expertIds(), c.topicIds());
        return id;
    }

    public void updateTalkTitles(long talkId, String ru, String be, String en) {
        jdbc.sql("update talk set title_ru = :ru, title_be = :be, title_en = :en where id = :id")
                .param("ru", ru.strip()).param("be", SeminarRepository.blank(be)).param("en", SeminarRepository.blank(en)).param("id", talkId).update();
    }

    private void setSpeakersAndTopics(long talkId, List<Long> experts, List<Long> topics) {
        int i = 0;
        for (Long e : experts == null ? List.<Long>of() : experts) {
            jdbc.sql("insert into talk_speaker (talk_id, expert_id, position) values (:t, :e, :p) on conflict do nothing")
                    .param("t", talkId).param("e", e).param("p", i++).update();
        }
        for (Long tp : topics == null ? List.<Long>of() : topics) {
            jdbc.sql("insert into talk_topic (talk_id, topic_id) values (:t, :p) on conflict do nothing")
                    .param("t", talkId).param("p", tp).update();
        }
    }

    public Optional<Long> talkSeminar(long talkId) {
        return jdbc.sql("select seminar_id from talk where id = :id").param("id", talkId).query(Long.class).optional();
    }

    public void deleteTalk(long talkId) {
        jdbc.sql("delete from talk where id = :id").param("id", talkId).update();
    }

    /** Copies the agenda of another seminar, each talk at the same time of day relative to the seminar start. */
    public int copyAgenda(long fromSeminar, long toSeminar, java.time.Duration shift) {
        List<Talk> source = talks(fromSeminar);
        for (Talk t : source) {
            long id = jdbc.sql("""
                            insert into talk (seminar_id, kind, title_ru, title_be, title_en, starts_at, ends_at, illustrative)
                            values (:s, :k, :ru, :be, :en, :st, :en2, :ill) returning id
                            """)
                    .param("s", toSeminar).param("k", t.kind()).param("ru", t.titleRu()).param("be", t.titleBe())
                    .param("en", t.titleEn()).param("st", Timestamp.from(t.startsAt().plus(shift)))
                    .param("en2", Timestamp.from(t.endsAt().plus(shift))).param("ill", t.illustrative())
                    .query(Long.class).single();
            setSpeakersAndTopics(id, t.speakers().stream().map(Talk.Speaker::expertId).toList(),
                    t.topics().stream().map(Talk.Topic::id).toList());
        }
        return source.size();
    }

    public boolean isSpeaker(long talkId, long expertId) {
        return jdbc.sql("select exists(select 1 from talk_speaker where talk_id = :t and expert_id = :e)")
                .param("t", talkId).param("e", expertId).query(Boolean.class).single();
    }
}

package by.egov.academy.competence.mapping;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Talks (read from the programme's table) and their competence tags, in explicit SQL. */
@Repository
class TalkCompetenceRepository {

    private final JdbcClient jdbc;

    TalkCompetenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TalkRef> talk(long talkId) {
        return jdbc.sql("select id, seminar_id, kind, title_ru, title_be, title_en from talk where id = :id")
                .param("id", talkId)
                .query((rs, n) -> new TalkRef(rs.getLong("id"), rs.getLong("seminar_id"), rs.getString("kind"),
                        rs.getString("title_ru"), rs.getString("title_be"), rs.getString("title_en")))
                .optional();
    }

    List<TalkTag> tags(long talkId) {
        return jdbc.sql("""
                        select tc.talk_id, c.id, c.code, c.name_ru, c.name_be, c.name_en, v.version_no,
                               v.state = 'PUBLISHED' as current, tc.target_level
                        from talk_competence tc
                        join competence c on c.id = tc.competence_id
                        join competence_framework_version v on v.id = c.version_id
                        where tc.talk_id = :t order by c.code, v.version_no
                        """).param("t", talkId)
                .query((rs, n) -> new TalkTag(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getBoolean(8), rs.getInt(9)))
                .list();
    }

    void tag(long talkId, long competenceId, int level, String who) {
        jdbc.sql("""
                insert into talk_competence (talk_id, competence_id, target_level, tagged_by) values (:t, :c, :l, :who)
                on conflict (talk_id, competence_id) do update set target_level = excluded.target_level,
                    tagged_by = excluded.tagged_by, tagged_at = now()
                """).param("t", talkId).param("c", competenceId).param("l", level).param("who", who).update();
    }

    int untag(long talkId, long competenceId) {
        return jdbc.sql("delete from talk_competence where talk_id = :t and competence_id = :c")
                .param("t", talkId).param("c", competenceId).update();
    }

    /** The talks of the demo's Grodno seminar of 8 September 2017, by Russian title. */
    List<TalkRef> demoGrodnoTalks() {
        return jdbc.sql("""
                        select t.id, t.seminar_id, t.kind, t.title_ru, t.title_be, t.title_en
                        from talk t join seminar s on s.id = t.seminar_id join territory h on h.id = s.host_territory_id
                        where h.code = 'BY-HR' and (s.starts_at at time zone 'Europe/Minsk')::date = date '2017-09-08'
                        order by t.starts_at
                        """)
                .query((rs, n) -> new TalkRef(rs.getLong("id"), rs.getLong("seminar_id"), rs.getString("kind"),
                        rs.getString("title_ru"), rs.getString("title_be"), rs.getString("title_en")))
                .list();
    }

    boolean anyTagged(List<Long> talkIds) {
        return !talkIds.isEmpty() && jdbc.sql("select exists (select 1 from talk_competence where talk_id in (:ids))")
                .param("ids", talkIds).query(Boolean.class).single();
    }

    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(727017)").query((rs, n) -> 1).single();
    }
}

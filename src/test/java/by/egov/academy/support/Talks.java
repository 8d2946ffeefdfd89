package by.egov.academy.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Talks given by a named expert account, for tests of what the expert sees. */
public final class Talks {

    private Talks() {
    }

    /** A 40-minute talk at the seminar's start, spoken by the expert of the account named. */
    public static long byExpertAccount(JdbcClient jdbc, long seminar, String username, String title) {
        long expert = jdbc.sql("select e.id from expert e join account a on a.id = e.account_id where a.username = :u")
                .param("u", username).query(Long.class).single();
        long talk = jdbc.sql("""
                        insert into talk (seminar_id, kind, title_ru, starts_at, ends_at)
                        select id, 'TALK', :t, starts_at, starts_at + interval '40 minutes' from seminar where id = :s returning id
                        """).param("t", title).param("s", seminar).query(Long.class).single();
        jdbc.sql("insert into talk_speaker (talk_id, expert_id) values (:t, :e)").param("t", talk).param("e", expert).update();
        return talk;
    }
}

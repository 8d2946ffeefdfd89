package by.egov.academy.participation.invitation;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In-person seats as rows. Taking one claims a single free row with FOR UPDATE SKIP LOCKED: concurrent
 * acceptances each get a different row or none, without queueing behind one lock.
 */
@Component
class Seats {

    private final JdbcClient jdbc;

    Seats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Integer> take(long seminarId, long invitationId) {
        return jdbc.sql("""
                        update seat set invitation_id = :inv
                        where id = (select id from seat where seminar_id = :s and invitation_id is null
                                    order by seat_no limit 1 for update skip locked)
                        returning seat_no
                        """).param("inv", invitationId).param("s", seminarId).query(Integer.class).optional();
    }

    /**
     * An in-person acceptance in one statement (the hot path of a mass registration): a free seat if there is
     * one, else a place on the waiting list. Returns the invitation's new state.
     */
    String takeOrWait(long seminarId, long invitationId) {
        if (unlimited(seminarId)) {
            // no limit: a seat is added for whoever comes (a concurrent answer may take the added one: add again)
            for (int attempt = 0; attempt < 50; attempt++) {
                addFreeSeat(seminarId);
                if (take(seminarId, invitationId).isPresent()) {
                    return jdbc.sql("""
                                    update invitation set state = 'ACCEPTED_IN_PERSON', waiting_since = null,
                                           remote_site_id = null, responded_at = now(), opened_at = coalesce(opened_at, now())
                                    where id = :inv returning state
                                    """).param("inv", invitationId).query(String.class).single();
                }
            }
        }
        return jdbc.sql("""
                        with taken as (
                            update seat set invitation_id = :inv
                            where id = (select id from seat where seminar_id = :s and invitation_id is null
                                        order by seat_no limit 1 for update skip locked)
                            returning seat_no)
                        update invitation
                        set state = case when exists (select 1 from taken) then 'ACCEPTED_IN_PERSON' else 'WAITING' end,
                            waiting_since = case when exists (select 1 from taken) then null else now() end,
                            remote_site_id = null, responded_at = now(), opened_at = coalesce(opened_at, now())
                        where id = :inv
                        returning state
                        """).param("inv", invitationId).param("s", seminarId).query(String.class).single();
    }

    boolean release(long invitationId) {
        return jdbc.sql("update seat set invitation_id = null where invitation_id = :inv").param("inv", invitationId)
                .update() > 0;
    }

    boolean holds(long invitationId) {
        return jdbc.sql("select exists(select 1 from seat where invitation_id = :inv)").param("inv", invitationId)
                .query(Boolean.class).single();
    }

    int capacity(long seminarId) {
        return jdbc.sql("select count(*) from seat where seminar_id = :s").param("s", seminarId).query(Integer.class).single();
    }

    int taken(long seminarId) {
        return jdbc.sql("select count(*) from seat where seminar_id = :s and invitation_id is not null")
                .param("s", seminarId).query(Integer.class).single();
    }

    /** Grows to {@code n} seats, or shrinks by dropping free seats from the end; never below those taken. */
    boolean resize(long seminarId, int n) {
        int current = capacity(seminarId);
        if (n > current) {
            jdbc.sql("""
                            insert into seat (seminar_id, seat_no)
                            select :s, g from generate_series(
                                (select coalesce(max(seat_no), 0) + 1 from seat where seminar_id = :s),
                                (select coalesce(max(seat_no), 0) from seat where seminar_id = :s) + :add) g
                            """).param("s", seminarId).param("add", n - current).update();
            return true;
        }
        if (n < taken(seminarId)) {
            return false;
        }
        jdbc.sql("""
                        delete from seat where id in (select id from seat where seminar_id = :s and invitation_id is null
                                                      order by seat_no desc limit :drop)
                        """).param("s", seminarId).param("drop", current - n).update();
        return true;
    }

    /** Whether the hall takes everyone who answers "in person" (the organiser chose "no limit"). */
    boolean unlimited(long seminarId) {
        return jdbc.sql("select exists(select 1 from seat_unlimited where seminar_id = :s)").param("s", seminarId)
                .query(Boolean.class).single();
    }

    void setUnlimited(long seminarId, boolean unlimited) {
        if (unlimited) {
            jdbc.sql("insert into seat_unlimited (seminar_id) values (:s) on conflict do nothing").param("s", seminarId).update();
        } else {
            jdbc.sql("delete from seat_unlimited where seminar_id = :s").param("s", seminarId).update();
        }
    }

    /** With no limit: one more free seat unless one is free already. */
    void addFreeSeat(long seminarId) {
        jdbc.sql("""
                        insert into seat (seminar_id, seat_no)
                        select :s, coalesce(max(seat_no), 0) + 1 from seat where seminar_id = :s
                        having not exists (select 1 from seat where seminar_id = :s and invitation_id is null)
                        on conflict do nothing
                        """).param("s", seminarId).update();
    }
}

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

/** Explicit SQL for a seminar's district videoconference sites. */
@Repository
public class SiteRepository {

    private final JdbcClient jdbc;

    SiteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RemoteSite> remoteSites(long seminarId) {
        return jdbc.sql("""
                        select r.id, r.seminar_id, r.territory_id, t.name_ru as territory_name_ru,
                               t.name_be as territory_name_be, t.name_en as territory_name_en, r.address, r.video_link,
                               r.operator_account_id, r.expected_attendees, r.actual_attendees, r.capacity
                        from remote_site r join territory t on t.id = r.territory_id
                        where r.seminar_id = :s order by t.sort_order, t.name_ru collate ru_icu
                        """).param("s", seminarId).query(RemoteSite.class).list();
    }

    /** How many invitations name the site as where the official takes part (or took part). */
    public int registeredAt(long seminarId, long siteId) {
        return jdbc.sql("select count(*) from invitation where seminar_id = :s and remote_site_id = :r")
                .param("s", seminarId).param("r", siteId).query(Integer.class).single();
    }

    /** Adds a site unless the district already has one; true when added. */
    public boolean insertRemoteSite(long seminarId, long territoryId, String address, String videoLink,
                                    Integer expected) {
        return insertRemoteSite(seminarId, territoryId, address, videoLink, expected, null);
    }

    public boolean insertRemoteSite(long seminarId, long territoryId, String address, String videoLink,
                                    Integer expected, Long operatorAccountId) {
        return jdbc.sql("""
                        insert into remote_site (seminar_id, territory_id, address, video_link, expected_attendees,
                                                 operator_account_id)
                        values (:s, :t, :a, :v, :e, :o) on conflict on constraint remote_site_one_per_district do nothing
                        """)
                .param("o", operatorAccountId, Types.BIGINT)
                .param("s", seminarId).param("t", territoryId).param("a", SeminarRepository.blank(address)).param("v", SeminarRepository.blank(videoLink))
                .param("e", expected, Types.INTEGER).update() == 1;
    }

    public int setSiteCapacity(long seminarId, long siteId, Integer capacity) {
        return jdbc.sql("update remote_site set capacity = :c where id = :id and seminar_id = :s")
                .param("c", capacity, Types.INTEGER).param("id", siteId).param("s", seminarId).update();
    }

    public int deleteRemoteSite(long seminarId, long siteId) {
        int n = jdbc.sql("delete from remote_site where id = :id and seminar_id = :s").param("id", siteId)
                .param("s", seminarId).update();
        bumpSequence(seminarId);
        return n;
    }

    /** Sites are part of what calendars show: a change raises the seminar's iCalendar SEQUENCE. */
    private void bumpSequence(long seminarId) {
        jdbc.sql("update seminar set ical_sequence = ical_sequence + 1 where id = :id").param("id", seminarId).update();
    }
}

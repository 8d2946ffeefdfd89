package by.egov.academy.participation.invitation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class InvitationRepository {

    static final String SELECT = """
            select i.id, i.seminar_id, i.official_id, i.token_nonce, i.short_code, i.state, i.source, i.excluded,
                   i.remote_site_id, i.delegated_to, i.waiting_since, i.sent_at, i.responded_at, i.attended_at,
                   i.attended_by, i.mail_error, f.full_name, f.position, f.email, f.language, o.id as organisation_id,
                   o.name_ru as organisation_name_ru, t.name_ru as territory_name_ru,
                   (select s.seat_no from seat s where s.invitation_id = i.id) as seat_no,
                   o.name_be as organisation_name_be, o.name_en as organisation_name_en,
                   t.name_be as territory_name_be, t.name_en as territory_name_en
            from invitation i join official f on f.id = i.official_id
            join organisation o on o.id = f.organisation_id join territory t on t.id = o.territory_id
            """;

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Invitation> byTokenHash(String hash) {
        // an erased official's links open nothing (their invitations stay only as anonymous counts)
        return jdbc.sql(SELECT + " where i.token_hash = :h and f.erased_at is null").param("h", hash)
                .query(Invitation.class).optional();
    }

    public Optional<Invitation> find(long id) {
        return jdbc.sql(SELECT + " where i.id = :id").param("id", id).query(Invitation.class).optional();
    }

    /** Locks the invitation: one person's clicks on one invitation happen one after another. */
    public Optional<Invitation> lock(long id) {
        jdbc.sql("select id from invitation where id = :id for update").param("id", id).query(Long.class).optional();
        return find(id);
    }

    public Optional<Invitation> byShortCode(long seminarId, String code) {
        return jdbc.sql(SELECT + " where i.seminar_id = :s and i.short_code = :c").param("s", seminarId)
                .param("c", code).query(Invitation.class).optional();
    }

    public List<Invitation> ofSeminar(long seminarId) {
        return jdbc.sql(SELECT + " where i.seminar_id = :s order by t.region_id, o.name_ru collate ru_icu, f.full_name collate ru_icu")
                .param("s", seminarId).query(Invitation.class).list();
    }

    public Optional<Invitation> ofOfficial(long seminarId, long officialId) {
        return jdbc.sql(SELECT + " where i.seminar_id = :s and i.official_id = :o").param("s", seminarId)
                .param("o", officialId).query(Invitation.class).optional();
    }

    /**
     * The state of the latest mail queued for each invitation of the seminar (PENDING, SENT, FAILED), by
     * invitation id; invitations without a mail are absent.
     */
    public Map<Long, String> mailStates(long seminarId) {
        Map<Long, String> states = new java.util.HashMap<>();
        mailStatuses(seminarId).forEach((id, m) -> states.put(id, m.state()));
        return states;
    }

    /** The latest mail of an invitation: PENDING (queued, maybe retrying), SENT or FAILED, with the last error. */
    public record MailStatus(String state, String error) {
    }

    /** The latest mail queued for each invitation of the seminar, by invitation id; invitations without mail are absent. */
    public Map<Long, MailStatus> mailStatuses(long seminarId) {
        Map<Long, MailStatus> states = new java.util.HashMap<>();
        jdbc.sql("""
                        select distinct on (m.invitation_id) m.invitation_id, m.state, m.last_error
                        from (select case when o.cause_key ~ '^invitation:[0-9]{1,18}:'
                                          then cast(split_part(o.cause_key, ':', 2) as bigint) end as invitation_id,
                                     o.state, o.last_error, o.created_at, o.id
                              from outbox_message o where o.cause_key like 'invitation:%') m
                        join invitation i on i.id = m.invitation_id
                        where i.seminar_id = :s
                        order by m.invitation_id, m.created_at desc, m.id desc
                        """).param("s", seminarId)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs ->
                        states.put(rs.getLong(1), new MailStatus(rs.getString(2), rs.getString(3))));
        return states;
    }

    public List<Invitation> ofSite(long siteId) {
        return jdbc.sql(SELECT + " where i.remote_site_id = :r order by f.full_name collate ru_icu").param("r", siteId)
                .query(Invitation.class).list();
    }

    /** Inserts unless the official is already invited; returns the new id, or empty. */
    public Optional<Long> insert(long seminarId, long officialId, String source, String nonce, String tokenHash,
                                 String state) {
        while (true) {
            Optional<Long> id = jdbc.sql("""
                            insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, source, state)
                            values (:s, :o, :n, :h, :c, :src, :st)
                            on conflict do nothing
                            returning id
                            """)
                    .param("s", seminarId).param("o", officialId).param("n", nonce).param("h", tokenHash)
                    .param("c", InvitationTokens.newShortCode()).param("src", source).param("st", state)
                    .query(Long.class).optional();
            boolean invited = id.isEmpty() && jdbc.sql("""
                            select exists(select 1 from invitation where seminar_id = :s and official_id = :o)
                            """).param("s", seminarId).param("o", officialId).query(Boolean.class).single();
            if (id.isPresent() || invited) {
                return id;
            }
            // else: the drawn short code was taken in this seminar (1 in 2^40 per pair); draw again
        }
    }

    public void setState(long id, String state) {
        jdbc.sql("update invitation set state = :s, responded_at = now(), opened_at = coalesce(opened_at, now()) where id = :id").param("s", state)
                .param("id", id).update();
    }
}

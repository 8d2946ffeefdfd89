package by.egov.academy.audit.personal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what the directory, participation and the audit log hold about one official, and overwrites it on
 * erasure. Mails belong to an official through their invitations (cause keys {@code invitation:<id>:…} and
 * {@code survey:<survey>:<invitation>…}) or their address.
 */
@Repository
class PersonalDataRepository {

    /** The audit keys of an official's and an invitation's rows that are personal. */
    static final String[] OFFICIAL_KEYS = {"full_name", "position", "email", "phone"};
    static final String[] INVITATION_KEYS = {"mail_error"};

    private static final String MAILS_OF = """
            from outbox_message m
            where lower(m.recipient) = lower(:email)
               or exists (select 1 from invitation i
                          where i.official_id = :id
                            and (m.cause_key like 'invitation:' || i.id || ':%'
                                 or m.cause_key ~ ('^survey:[0-9]+:' || i.id || '(:|$)')))
            """;

    private final JdbcClient jdbc;

    PersonalDataRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PersonalData.Person> person(long id, boolean lock) {
        return jdbc.sql("""
                        select f.id, f.full_name, f.position, f.leadership, f.organisation_id, o.name_ru, f.email,
                               f.phone, f.language, f.created_at, f.updated_at, f.erased_at
                        from official f join organisation o on o.id = f.organisation_id
                        where f.id = :id
                        """ + (lock ? " for update of f" : ""))
                .param("id", id)
                .query((rs, n) -> new PersonalData.Person(rs.getLong("id"), rs.getString("full_name"),
                        rs.getString("position"), rs.getString("leadership"), rs.getLong("organisation_id"),
                        rs.getString("name_ru"), rs.getString("email"), rs.getString("phone"), rs.getString("language"),
                        instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "erased_at")))
                .optional();
    }

    List<PersonalData.InvitationRecord> invitations(long id) {
        return jdbc.sql("""
                        select i.*, s.title_ru, s.starts_at
                        from invitation i join seminar s on s.id = i.seminar_id
                        where i.official_id = :id order by i.id
                        """)
                .param("id", id)
                .query((rs, n) -> new PersonalData.InvitationRecord(rs.getLong("id"), rs.getLong("seminar_id"),
                        rs.getString("title_ru"), instant(rs, "starts_at"), rs.getString("state"),
                        rs.getString("source"), rs.getBoolean("excluded"), (Long) rs.getObject("remote_site_id", Long.class),
                        rs.getObject("delegated_to", Long.class), instant(rs, "waiting_since"), instant(rs, "sent_at"),
                        instant(rs, "opened_at"), instant(rs, "responded_at"), instant(rs, "attended_at"),
                        rs.getString("attended_by"), rs.getString("mail_error"), instant(rs, "created_at")))
                .list();
    }

    /** Their answers to named surveys (anonymous ones name nobody and cannot be found, which is their point). */
    List<PersonalData.SurveyAnswer> surveyAnswers(long id) {
        return jdbc.sql("""
                        select r.id as response_id, sv.seminar_id, r.submitted_at, q.kind, q.text_ru, a.score, a.text_value,
                               c.code as competence_code, a.level_before, a.level_after
                        from survey_response r
                        join survey sv on sv.id = r.survey_id
                        join survey_answer a on a.response_id = r.id
                        join survey_question q on q.id = a.question_id
                        left join competence c on c.id = coalesce(a.competence_id, q.competence_id)
                        where r.official_id = :id
                        order by r.submitted_at, q.position, a.id
                        """)
                .param("id", id)
                .query((rs, n) -> new PersonalData.SurveyAnswer(rs.getString("response_id"), rs.getLong("seminar_id"),
                        instant(rs, "submitted_at"), rs.getString("kind"), rs.getString("text_ru"),
                        rs.getObject("score", Integer.class), rs.getString("text_value"), rs.getString("competence_code"),
                        rs.getObject("level_before", Integer.class), rs.getObject("level_after", Integer.class)))
                .list();
    }

    /**
     * Named survey answers become anonymous ones: the figures they add to a seminar's results stay, the link to the
     * person and the moment go, and free texts (which may name or describe the person) are deleted.
     */
    int eraseSurveyAnswers(long id) {
        jdbc.sql("""
                        delete from survey_answer a using survey_response r
                        where r.id = a.response_id and r.official_id = :id and a.text_value is not null
                          and a.score is null and a.competence_id is null and a.level_before is null and a.level_after is null
                        """).param("id", id).update();
        jdbc.sql("""
                        update survey_answer a set text_value = null from survey_response r
                        where r.id = a.response_id and r.official_id = :id and a.text_value is not null
                        """).param("id", id).update();
        return jdbc.sql("update survey_response set official_id = null, invitation_id = null, submitted_at = null "
                        + "where official_id = :id").param("id", id).update();
    }

    List<PersonalData.Mail> mails(long id, String email) {
        return jdbc.sql("select m.id, m.cause_key, m.message_id, m.recipient, m.subject, m.state, m.attempts, "
                        + "m.created_at, m.sent_at " + MAILS_OF + " order by m.id")
                .param("id", id).param("email", email)
                .query((rs, n) -> new PersonalData.Mail(rs.getLong("id"), rs.getString("cause_key"),
                        rs.getString("message_id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("state"), rs.getInt("attempts"), instant(rs, "created_at"), instant(rs, "sent_at")))
                .list();
    }

    /** Entries about the official's own row and about their invitations. */
    List<PersonalData.AuditRecord> auditEntries(long id) {
        return jdbc.sql("""
                        select l.id, l.at, l.actor, l.address, l.entity, l.entity_id, l.action,
                               l.before::text as before, l.after::text as after, l.diff::text as diff
                        from audit_log l
                        where (l.entity = 'official' and l.entity_id = :idText)
                           or (l.entity = 'invitation' and l.entity_id in
                                   (select i.id::text from invitation i where i.official_id = :id))
                        order by l.id
                        """)
                .param("id", id).param("idText", String.valueOf(id))
                .query((rs, n) -> new PersonalData.AuditRecord(rs.getLong("id"), instant(rs, "at"),
                        rs.getString("actor"), rs.getString("address"), rs.getString("entity"),
                        rs.getString("entity_id"), rs.getString("action"), rs.getString("before"),
                        rs.getString("after"), rs.getString("diff")))
                .list();
    }

    long record(String entity, long entityId, String action, String detailsJson) {
        return jdbc.sql("select audit_record(:entity, :entityId, :action, cast(:details as jsonb))")
                .param("entity", entity).param("entityId", String.valueOf(entityId)).param("action", action)
                .param("details", detailsJson)
                .query(Long.class).single();
    }

    /** The tombstone: the row stays (its invitations and attendance stay countable), the person is gone. */
    void tombstone(long id, long requestId) {
        jdbc.sql("""
                        update official set full_name = 'Удалено по запросу #' || :request, position = '—',
                               email = 'erased-' || id || '@erased.invalid', phone = null,
                               erased_at = now(), updated_at = now()
                        where id = :id
                        """)
                .param("id", id).param("request", requestId).update();
    }

    /**
     * Invitations to seminars still to come are cancelled and their seats freed (the person will not come, and
     * their link must not take a seat); past ones stay as they were, anonymous, so attendance counts stay true.
     * Every personal link of an erased official is refused where it is read (invitation, survey, own record).
     */
    int eraseInvitations(long id) {
        jdbc.sql("""
                        update seat set invitation_id = null where invitation_id in (
                            select i.id from invitation i join seminar s on s.id = i.seminar_id
                            where i.official_id = :id and (s.starts_at is null or s.starts_at > now()))
                        """).param("id", id).update();
        jdbc.sql("""
                        update invitation i set state = 'CANCELLED', remote_site_id = null, waiting_since = null
                        from seminar s where s.id = i.seminar_id and i.official_id = :id and i.state <> 'CANCELLED'
                          and (s.starts_at is null or s.starts_at > now())
                        """).param("id", id).update();
        return jdbc.sql("update invitation set mail_error = null where official_id = :id and mail_error is not null")
                .param("id", id).update();
    }

    /** Mails keep their cause, Message-ID, state and times; address and content go; unsent ones are not sent. */
    int eraseMails(long id, String email) {
        return jdbc.sql("""
                        update outbox_message set recipient = 'erased-' || :id || '@erased.invalid', subject = '—',
                               text_body = '', html_body = '', ics = null, qr_payload = null,
                               last_error = case when state = 'PENDING' then 'erased' else last_error end,
                               state = case when state = 'PENDING' then 'FAILED' else state end
                        where id in (select m.id\s""" + MAILS_OF + ")")
                .param("id", id).param("email", email).update();
    }

    /**
     * Certificates stay as rows (a seminar's count of certificates stays true) but lose the name and the PDF
     * that prints it, and are revoked, so the public verification page says "revoked" and names nobody.
     */
    int eraseCertificates(long id, long requestId) {
        return jdbc.sql("""
                        update certificate set full_name = 'Удалено по запросу #' || :request, pdf = ''::bytea,
                               revoked_at = coalesce(revoked_at, now()),
                               revoked_by = coalesce(revoked_by, 'erasure'),
                               revocation_reason = coalesce(revocation_reason, 'personal data erased on request')
                        where official_id = :id
                        """).param("id", id).param("request", requestId).update();
    }

    int redactAudit(long id) {
        return jdbc.sql("""
                        select cast(coalesce(sum(n), 0) as integer) from (
                            select audit_redact('official', :idText, cast(:officialKeys as text[]), '[erased]') as n
                            union all
                            select audit_redact('invitation', i.id::text, cast(:invitationKeys as text[]), '[erased]')
                            from invitation i where i.official_id = :id
                            union all
                            select audit_redact('certificate', c.id::text, array['full_name'], '[erased]')
                            from certificate c where c.official_id = :id) r
                        """)
                .param("id", id).param("idText", String.valueOf(id))
                .param("officialKeys", "{" + String.join(",", OFFICIAL_KEYS) + "}")
                .param("invitationKeys", "{" + String.join(",", INVITATION_KEYS) + "}")
                .query(Integer.class).single();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}

package by.egov.academy.workbench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import by.egov.academy.identity.CurrentUser;
import by.egov.academy.identity.Role;
import by.egov.academy.participation.mail.Greeting;
import by.egov.academy.participation.mail.Outbox;
import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.Minsk;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * A participant account becomes its official's when the account's e-mail is the official's and the person opens
 * the personal link mailed to that address while signed in as that account. The token is kept only as a hash,
 * works once, expires after two days; a newer link replaces the older ones.
 */
@Service
class ParticipantLinks {

    static final Duration VALID_FOR = Duration.ofDays(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final WorkbenchQueries queries;
    private final Outbox outbox;
    private final MessageSource messages;
    private final SpringTemplateEngine templates;
    private final Environment environment;
    private final Clock clock;

    ParticipantLinks(JdbcClient jdbc, WorkbenchQueries queries, Outbox outbox, MessageSource messages,
                     SpringTemplateEngine templates, Environment environment, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.outbox = outbox;
        this.messages = messages;
        this.templates = templates;
        this.environment = environment;
        this.clock = clock;
    }

    /** A pending link the person is asked to confirm. */
    record Pending(long id, long officialId, String fullName) {
    }

    /** The official the account is linked to, if confirmed. */
    Optional<Long> linkedOfficial(long accountId) {
        return jdbc.sql("select official_id from participant_link where account_id = :a and confirmed_at is not null")
                .param("a", accountId).query(Long.class).optional();
    }

    /** Mails a personal link to the matching official's address; refused when nothing matches or already linked. */
    @Transactional
    void request(CurrentUser user, Locale locale) {
        requireParticipant(user);
        if (linkedOfficial(user.accountId()).isPresent()) {
            throw DomainException.conflict("home.link.already", "account");
        }
        var official = queries.officialMatching(user.accountId())
                .orElseThrow(() -> DomainException.conflict("home.link.noMatch", "account"));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = clock.instant().plus(VALID_FOR);
        jdbc.sql("delete from participant_link where account_id = :a and confirmed_at is null")
                .param("a", user.accountId()).update();
        long id = jdbc.sql("""
                        insert into participant_link (account_id, official_id, token_hash, expires_at)
                        values (:a, :o, :h, :e) returning id
                        """).param("a", user.accountId()).param("o", official.id()).param("h", hash(token))
                .param("e", java.sql.Timestamp.from(expires)).query(Long.class).single();
        String link = environment.getProperty("egov.base-url", "http://localhost:8080") + "/home/link/" + token;
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(Minsk.ZONE).format(expires);
        String name = Greeting.of(official.fullName(), locale);
        Object[] args = {name, link, until};
        Context ctx = new Context(locale);
        ctx.setVariable("name", name);
        ctx.setVariable("link", link);
        ctx.setVariable("until", until);
        outbox.enqueue(new Outbox.Mail("participant-link:" + id, official.email(),
                messages.getMessage("home.link.mail.subject", args, locale),
                messages.getMessage("home.link.mail.text", args, locale),
                templates.process("mail/participant-link", ctx), null, null));
    }

    /** The link behind a token, for this account, unused and not expired; otherwise a clear refusal. */
    Pending pending(CurrentUser user, String token) {
        requireParticipant(user);
        if (token == null || token.length() > 100) {
            throw DomainException.notFound("home.link.unknown");
        }
        var row = jdbc.sql("""
                        select l.id, l.account_id, l.official_id, f.full_name, l.expires_at, l.confirmed_at
                        from participant_link l join official f on f.id = l.official_id where l.token_hash = :h
                        """).param("h", hash(token))
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6)})
                .optional()
                // another account's link is as unknown to this one as a made-up token
                .filter(r -> (long) r[1] == user.accountId())
                .orElseThrow(() -> DomainException.notFound("home.link.unknown"));
        if (row[5] != null) {
            throw new DomainException(HttpStatus.GONE, "home.link.used", null);
        }
        if (!((Instant) row[4]).isAfter(clock.instant())) {
            throw new DomainException(HttpStatus.GONE, "home.link.expired", null);
        }
        return new Pending((long) row[0], (long) row[2], (String) row[3]);
    }

    @Transactional
    void confirm(CurrentUser user, String token) {
        if (linkedOfficial(user.accountId()).isPresent()) {
            throw DomainException.conflict("home.link.already", "account");
        }
        var pending = pending(user, token);
        int updated = jdbc.sql("update participant_link set confirmed_at = :now where id = :id and confirmed_at is null")
                .param("now", java.sql.Timestamp.from(clock.instant())).param("id", pending.id()).update();
        if (updated != 1) {
            throw new DomainException(HttpStatus.GONE, "home.link.used", null);
        }
        jdbc.sql("delete from participant_link where account_id = :a and confirmed_at is null")
                .param("a", user.accountId()).update();
    }

    private static void requireParticipant(CurrentUser user) {
        if (user.role() != Role.PARTICIPANT) {
            throw new AccessDeniedException("only a participant account links to an official");
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

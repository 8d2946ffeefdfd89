package by.egov.academy.audit.log;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit log; nothing in the application updates or deletes it (the database forbids it too). */
@Repository
class AuditRepository {

    static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditEntry> search(AuditFilter f, int limit, int offset) {
        Map<String, Object> params = params(f);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("""
                        select l.id, l.at, l.actor, l.address, l.entity, l.entity_id, l.action,
                               (select coalesce(json_agg(json_build_array(d.key, d.value -> 0, d.value -> 1) order by d.key), '[]')
                                from jsonb_each(coalesce(l.diff, (select jsonb_object_agg(k, jsonb_build_array(null, v))
                                                                  from jsonb_each(l.after) a(k, v)))) d)::text as changes
                        from audit_log l
                        """ + where(f) + " order by l.id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"), rs.getString("address"), rs.getString("entity"),
                        rs.getString("entity_id"), rs.getString("action"), changes(rs.getString("changes"))))
                .list();
    }

    long count(AuditFilter f) {
        return jdbc.sql("select count(*) from audit_log l " + where(f)).params(params(f)).query(Long.class).single();
    }

    private static String where(AuditFilter f) {
        List<String> c = new ArrayList<>();
        if (f.entity() != null) {
            c.add("l.entity = :entity");
        }
        if (f.entityId() != null) {
            c.add("l.entity_id = :entityId");
        }
        if (f.actor() != null) {
            c.add("lower(l.actor) = lower(:actor)");
        }
        if (f.from() != null) {
            c.add("l.at >= :from");
        }
        if (f.to() != null) {
            c.add("l.at < :to");
        }
        if (f.q() != null) {
            c.add("(l.before::text ilike :q or l.after::text ilike :q or l.actor ilike :q or l.address ilike :q)");
        }
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }

    private static Map<String, Object> params(AuditFilter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("entity", f.entity());
        p.put("entityId", f.entityId());
        p.put("actor", f.actor());
        p.put("from", f.from() == null ? null : java.sql.Timestamp.from(f.from().atStartOfDay(MINSK).toInstant()));
        p.put("to", f.to() == null ? null : java.sql.Timestamp.from(f.to().plusDays(1).atStartOfDay(MINSK).toInstant()));
        p.put("q", f.q() == null ? null : "%" + f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        return p;
    }

    /** [["key", old, new], ...] as JSON text into changes; values stay JSON text, shortened for the page. */
    private static List<AuditEntry.Change> changes(String json) {
        List<AuditEntry.Change> out = new ArrayList<>();
        if (json == null) {
            return out;
        }
        tools.jackson.databind.JsonNode root = MAPPER.readTree(json);
        for (tools.jackson.databind.JsonNode triple : root) {
            out.add(new AuditEntry.Change(triple.get(0).asString(), text(triple.get(1)), text(triple.get(2))));
        }
        return out;
    }

    private static String text(tools.jackson.databind.JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.isString() ? v.asString() : v.toString();
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static final tools.jackson.databind.ObjectMapper MAPPER = new tools.jackson.databind.json.JsonMapper();
}

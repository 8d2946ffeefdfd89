package by.egov.academy.competence.certificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of bulk issues: the progress every node reads (and the htmx bar polls). */
@Repository
class BatchRepository {

    private static final String SELECT = """
            select id, seminar_id, language, state, total, made, skipped, failed, started_by, started_at, updated_at,
                   finished_at from certificate_batch""";

    private final JdbcClient jdbc;

    BatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static CertificateBatch batch(ResultSet rs, int n) throws SQLException {
        return new CertificateBatch(rs.getLong("id"), rs.getLong("seminar_id"), rs.getString("language"),
                rs.getString("state"), rs.getInt("total"), rs.getInt("made"), rs.getInt("skipped"), rs.getInt("failed"),
                rs.getString("started_by"), instant(rs, "started_at"), instant(rs, "updated_at"), instant(rs, "finished_at"));
    }

    Optional<CertificateBatch> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(BatchRepository::batch).optional();
    }

    Optional<CertificateBatch> latest(long seminarId) {
        return jdbc.sql(SELECT + " where seminar_id = :s order by id desc limit 1").param("s", seminarId)
                .query(BatchRepository::batch).optional();
    }

    long insert(long seminarId, String language, int total, int skipped, String who, Instant now) {
        Timestamp at = Timestamp.from(now);
        return jdbc.sql("""
                        insert into certificate_batch (seminar_id, language, state, total, skipped, started_by, started_at,
                                                       updated_at, finished_at)
                        values (:s, :l, case when :todo then 'RUNNING' else 'DONE' end, :total, :skipped, :who, :at, :at,
                                case when :todo then null else cast(:at as timestamptz) end)
                        returning id
                        """).param("s", seminarId).param("l", language).param("total", total).param("skipped", skipped)
                .param("todo", skipped < total).param("who", who).param("at", at).query(Long.class).single();
    }

    void progress(long id, int made, int skipped, int failed, Instant now) {
        jdbc.sql("""
                        update certificate_batch set made = made + :m, skipped = skipped + :s, failed = failed + :f,
                                                     updated_at = :now where id = :id
                        """).param("id", id).param("m", made).param("s", skipped).param("f", failed)
                .param("now", Timestamp.from(now)).update();
    }

    void finish(long id, Instant now) {
        jdbc.sql("update certificate_batch set state = 'DONE', finished_at = :now, updated_at = :now where id = :id")
                .param("id", id).param("now", Timestamp.from(now)).update();
    }
}

package by.egov.academy.reporting.synthetic;

import java.util.Map;

import by.egov.academy.support.IntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national dataset's generator at a hundredth of its size over two years, in a database of its own on the test
 * server (migrated by Flyway, dropped afterwards), so the shared test database is untouched: it loads, every
 * reference holds (the load runs without foreign-key triggers, so this is where they are checked), the derived
 * tables equal what the triggers would have made, the triggers work afterwards, and a second run with the same seed
 * makes the same data.
 */
@IntegrationTest
class SyntheticDatasetTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void loadsAConsistentDatasetAtAHundredthOfTheScale() throws Exception {
        Map<String, Long> first = load("synthetic_a");
        Map<String, Long> second = load("synthetic_b");
        assertThat(second).isEqualTo(first);
    }

    private Map<String, Long> load(String database) throws Exception {
        jdbc.sql("drop database if exists " + database).update();
        jdbc.sql("create database " + database).update();
        String url = ((HikariDataSource) dataSource).getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(url);
            ds.setUsername(((HikariDataSource) dataSource).getUsername());
            ds.setMaximumPoolSize(2);
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            SyntheticDataset.Result r = new SyntheticDataset(ds, SyntheticDataset.Scale.fraction(100, 2), 42).generate();
            JdbcClient db = JdbcClient.create(ds);
            assertThat(r.officials()).isEqualTo(500);
            assertThat(count(db, "select count(*) from official")).isEqualTo(500);
            assertThat(count(db, "select count(*) from organisation")).isEqualTo(200);
            assertThat(r.seminars()).isEqualTo(18); // 7 regional and 2 republic-level a year
            assertThat(r.invitations()).isEqualTo(count(db, "select count(*) from invitation")).isGreaterThan(500);
            assertThat(r.attended()).isEqualTo(count(db, "select count(*) from invitation where attended_at is not null"))
                    .isGreaterThan(r.invitations() / 4).isLessThan(r.invitations());
            assertThat(r.evidence()).isGreaterThan(r.attended());
            assertThat(r.responses()).isPositive();
            assertThat(r.answers()).isGreaterThan(r.responses());

            // every reference the load could not have checked holds
            assertThat(count(db, "select count(*) from invitation i left join official o on o.id = i.official_id where o.id is null")).isZero();
            assertThat(count(db, "select count(*) from invitation i left join seminar s on s.id = i.seminar_id where s.id is null")).isZero();
            assertThat(count(db, """
                    select count(*) from invitation i left join remote_site r on r.id = i.remote_site_id
                    where i.remote_site_id is not null and (r.id is null or r.seminar_id <> i.seminar_id)""")).isZero();
            assertThat(count(db, "select count(*) from official f left join organisation o on o.id = f.organisation_id where o.id is null")).isZero();
            assertThat(count(db, """
                    select count(*) from survey_answer a left join survey_response r on r.id = a.response_id
                    left join survey_question q on q.id = a.question_id where r.id is null or q.id is null""")).isZero();
            assertThat(count(db, """
                    select count(*) from survey_response r join invitation i on i.id = r.invitation_id
                    join survey s on s.id = r.survey_id where i.seminar_id <> s.seminar_id or i.attended_at is null""")).isZero();
            assertThat(count(db, "select count(*) from survey_receipt")).isEqualTo(r.responses());
            // a remote attendance is at a site of the official's own district
            assertThat(count(db, """
                    select count(*) from invitation i join remote_site r on r.id = i.remote_site_id
                    join official f on f.id = i.official_id join organisation o on o.id = f.organisation_id
                    where r.territory_id <> o.territory_id""")).isZero();
            // the audit log took none of it
            assertThat(count(db, "select count(*) from audit_log where entity = 'invitation'")).isZero();

            // the derived tables are what the triggers would have made
            assertThat(count(db, """
                    select count(*) from (
                        select distinct i.id, tc.competence_id from invitation i join talk t on t.seminar_id = i.seminar_id
                        join talk_competence tc on tc.talk_id = t.id where i.attended_at is not null) x""")).isEqualTo(r.evidence());
            assertThat(summaryMismatches(db)).isZero();

            // and the triggers, back on, keep them so
            long inv = count(db, "select min(id) from invitation where attended_at is null");
            db.sql("update invitation set attended_at = now(), state = 'ACCEPTED_IN_PERSON' where id = :id").param("id", inv).update();
            assertThat(summaryMismatches(db)).isZero();
            assertThat(count(db, "select count(*) from competence_evidence where invitation_id = " + inv)).isPositive();
            db.sql("update invitation set attended_at = null, state = 'SENT' where id = :id").param("id", inv).update();
            assertThat(summaryMismatches(db)).isZero();

            return Map.of("officials", count(db, "select sum(hashtext(full_name || position || email)) from official"),
                    "invitations", count(db, "select sum(hashtext(seminar_id || ':' || official_id || ':' || state)) from invitation"),
                    "evidence", r.evidence(), "answers", r.answers());
        } finally {
            jdbc.sql("drop database if exists " + database + " with (force)").update();
        }
    }

    private static long summaryMismatches(JdbcClient db) {
        return count(db, """
                select count(*) from (
                    select i.seminar_id, o.organisation_id,
                           count(*) filter (where i.state not in ('CREATED', 'CANCELLED') or i.attended_at is not null) as invited,
                           count(*) filter (where i.attended_at is not null and i.remote_site_id is null) as in_person,
                           count(*) filter (where i.attended_at is not null and i.remote_site_id is not null) as remote
                    from invitation i join official o on o.id = i.official_id group by 1, 2) x
                full join coverage_org_seminar c on c.seminar_id = x.seminar_id and c.organisation_id = x.organisation_id
                where coalesce(x.invited, 0) <> coalesce(c.invited, 0) or coalesce(x.in_person, 0) <> coalesce(c.attended_in_person, 0)
                   or coalesce(x.remote, 0) <> coalesce(c.attended_remote, 0)""");
    }

    private static long count(JdbcClient db, String sql) {
        Long v = db.sql(sql).query(Long.class).single();
        return v == null ? 0 : v;
    }
}

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Data and figures of the certificate benchmark (bench/certificates/run.sh); the certificates themselves are made by
 * the running application's bulk path. Not part of the test suite.
 *
 * setup jdbcUrl [count]         a held Grodno seminar with 5,000 (or count) attendees (4,000 in person, 1,000 at the Lida site,
 *                               a third of them reading Belarusian), tagged talks, venue and organiser; prints its id
 * wait jdbcUrl batchId         returns once the batch row says DONE (polled every 100 ms; gives up after 10 minutes)
 * result jdbcUrl batchId gcLog cpuSeconds cores loadAverage
 *                               checks the database and prints the figures, the last line one JSON object
 */
public class CertificateBench {

    static final int ATTENDEES = 5_000;

    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection(args[1], "postgres", "")) {
            switch (args[0]) {
                case "setup" -> System.out.println(setUp(db, args.length > 2 ? Integer.parseInt(args[2]) : ATTENDEES));
                case "wait" -> waitDone(db, Long.parseLong(args[2]));
                case "result" -> result(db, Long.parseLong(args[2]), Path.of(args[3]), Double.parseDouble(args[4]),
                        Integer.parseInt(args[5]), args[6]);
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
    }

    static long one(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void waitDone(Connection db, long batch) throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        try (Statement st = db.createStatement()) {
            while (System.nanoTime() < deadline) {
                if (one(st, "select count(*) from certificate_batch where id = %d and state = 'DONE'".formatted(batch)) == 1) {
                    return;
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("batch " + batch + " not done in 10 minutes");
    }

    static long setUp(Connection db, int attendees) throws Exception {
        try (Statement st = db.createStatement()) {
            long org = one(st, "select id from organisation where territory_id = (select id from territory where code = 'BY-HR') order by id limit 1");
            long venue = one(st, """
                    insert into venue (name_ru, name_be, territory_id) values ('Гродненский облисполком (нагрузочный тест)',
                    'Гродзенскі аблвыканкам (нагрузачны тэст)', (select id from territory where code = 'BY-HR')) returning id""");
            long seminar = one(st, """
                    insert into seminar (programme_id, level, host_territory_id, title_ru, title_be, starts_at, ends_at, venue_id, status)
                    values ((select min(id) from programme), 'REGIONAL', (select id from territory where code = 'BY-HR'),
                            'Семинар по вопросам развития электронного правительства (нагрузочный тест)',
                            'Семінар па пытаннях развіцця электроннага ўрада (нагрузачны тэст)',
                            timestamptz '2017-11-10 10:00:00+03', timestamptz '2017-11-10 14:00:00+03', %d, 'HELD')
                    returning id""".formatted(venue));
            st.execute("insert into seminar_organiser (seminar_id, organisation_id, position) values (%d, %d, 0)".formatted(seminar, org));
            // four talks, each tagged with two competences of the published framework
            st.execute("""
                    insert into talk (seminar_id, kind, title_ru, starts_at, ends_at)
                    select %d, 'TALK', 'Доклад ' || g, timestamptz '2017-11-10 10:00:00+03' + (g - 1) * interval '1 hour',
                           timestamptz '2017-11-10 10:50:00+03' + (g - 1) * interval '1 hour' from generate_series(1, 4) g
                    """.formatted(seminar));
            st.execute("""
                    insert into talk_competence (talk_id, competence_id, target_level)
                    select t.id, c.id, 2 from (select id, row_number() over (order by id) as n from talk where seminar_id = %d) t
                    join (select c.id, row_number() over (order by c.code) as n from competence c
                          join competence_framework_version v on v.id = c.version_id where v.state = 'PUBLISHED') c
                      on c.n in (t.n * 2 - 1, t.n * 2)
                    """.formatted(seminar));
            long site = one(st, "insert into remote_site (seminar_id, territory_id) values (%d, (select id from territory where code = 'BY-HR-LIDA')) returning id"
                    .formatted(seminar));
            st.execute("""
                    insert into official (full_name, position, leadership, organisation_id, email, language)
                    select 'Нагрузочный Участник Сертификатов ' || g, 'Начальник отдела цифрового развития', 'HEAD', %d,
                           'cert-bench-' || g || '-%d@load.example', case when g %% 3 = 0 then 'be' else 'ru' end
                    from generate_series(1, %d) g
                    """.formatted(org, seminar, attendees));
            st.execute("""
                    insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, source, state,
                                            remote_site_id, attended_at, attended_by)
                    select %d, f.id, n.nonce, encode(sha256(convert_to(n.nonce, 'UTF8')), 'hex'), 'C' || lpad(f.rn::text, 7, '0'),
                           'MANUAL', case when f.rn %% 5 = 0 then 'ACCEPTED_REMOTE' else 'ACCEPTED_IN_PERSON' end,
                           case when f.rn %% 5 = 0 then %d end, timestamptz '2017-11-10 09:55:00+03', 'bench'
                    from (select id, row_number() over (order by id) as rn from official where email like 'cert-bench-%%-%d@load.example') f,
                         lateral (select md5(f.id::text || random()::text) as nonce) n
                    """.formatted(seminar, site, seminar));
            return seminar;
        }
    }

    static void result(Connection db, long batch, Path gcLog, double cpuSeconds, int cores, String load) throws Exception {
        try (Statement st = db.createStatement()) {
            String row;
            double seconds;
            long made, failed, seminar;
            try (ResultSet rs = st.executeQuery("""
                    select seminar_id, state, total, made, skipped, failed, extract(epoch from finished_at - started_at)
                    from certificate_batch where id = %d""".formatted(batch))) {
                rs.next();
                seminar = rs.getLong(1);
                made = rs.getLong(4);
                failed = rs.getLong(6);
                seconds = rs.getDouble(7);
                row = "batch " + batch + ": " + rs.getString(2) + ", total " + rs.getLong(3) + ", made " + made
                        + ", skipped " + rs.getLong(5) + ", failed " + failed;
            }
            System.out.println(row);
            long stored = one(st, "select count(*) from certificate where seminar_id = " + seminar);
            long distinct = one(st, "select count(distinct invitation_id) from certificate where seminar_id = " + seminar);
            long pdfs = one(st, "select count(*) from certificate where seminar_id = %d and substring(pdf from 1 for 5) = '%%PDF-'::bytea"
                    .formatted(seminar));
            long be = one(st, "select count(*) from certificate where seminar_id = %d and language = 'be'".formatted(seminar));
            long avgBytes = one(st, "select avg(length(pdf))::bigint from certificate where seminar_id = " + seminar);
            System.out.printf("stored %d certificates for %d invitations, %d of them PDFs, %d in Belarusian, %d bytes each on average%n",
                    stored, distinct, pdfs, be, avgBytes);
            if (stored != ATTENDEES || distinct != ATTENDEES || pdfs != ATTENDEES || failed != 0) {
                throw new IllegalStateException("the batch did not make exactly one PDF certificate per attendee");
            }
            double rate = made / seconds;
            // G1's log line per collection: "... Pause Young (Normal) (G1 Evacuation Pause) 210M->35M(512M) 5.123ms";
            // the heap before a collection is the highest it was since the last one
            Pattern gc = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
            long peak = 0, maxLive = 0, committed = 0, collections = 0;
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = gc.matcher(line);
                if (m.find()) {
                    collections++;
                    peak = Math.max(peak, Long.parseLong(m.group(1)));
                    maxLive = Math.max(maxLive, Long.parseLong(m.group(2)));
                    committed = Math.max(committed, Long.parseLong(m.group(3)));
                }
            }
            System.out.printf(java.util.Locale.ROOT, "%d certificates in %.2f s = %.1f certificates/s; heap before a collection at most %d MB, after one at most"
                    + " %d MB, committed at most %d MB (-Xmx512m, %d collections)%n", made, seconds, rate, peak, maxLive, committed, collections);
            double cpuMs = cpuSeconds * 1000 / made;
            System.out.printf("CPU: %.1f s of the application and its PostgreSQL for %d certificates = %.2f ms each; %d cores"
                    + " given to nothing else would allow about %.0f certificates/s (load average at the end: %s)%n",
                    cpuSeconds, made, cpuMs, cores, cores * 1000 / cpuMs, load);
            System.out.printf(java.util.Locale.ROOT, "{\"certificates_per_s\":%.1f,\"peak_heap_mb\":%d,\"count\":%d,"
                    + "\"cpu_ms_per_certificate\":%.2f,\"cores\":%d,\"load_average\":%s}%n", rate, peak, stored, cpuMs, cores, load);
        }
    }
}

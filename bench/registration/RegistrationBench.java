import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RSVP load against a running EGov Academy: a republic-level seminar with 5,000 invitations and 1,000
 * in-person seats, every invitee accepting in person at once, at the given client counts. Prints RSVPs
 * per second and latency percentiles, then checks the database for overbooking, duplicates and lost
 * acknowledged answers. Run by bench/registration/run.sh; not part of the test suite.
 *
 * args: baseUrl jdbcUrl clients... (e.g. http://127.0.0.1:18081 jdbc:postgresql://127.0.0.1:5432/postgres 16 64)
 */
public class RegistrationBench {

    static final int INVITATIONS = 5_000;
    static final int SEATS = 1_000;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "setup" -> { // jdbcUrl tokensFile: prints the seminar id, writes one token per line
                try (Connection db = DriverManager.getConnection(args[1], "postgres", "")) {
                    long seminar = setUp(db);
                    java.nio.file.Files.write(java.nio.file.Path.of(args[2]), tokens(db, seminar));
                    System.out.println(seminar);
                }
                return;
            }
            case "reset" -> { // jdbcUrl seminar
                try (Connection db = DriverManager.getConnection(args[1], "postgres", "")) {
                    reset(db, Long.parseLong(args[2]));
                }
                return;
            }
            case "answered" -> { // jdbcUrl seminar: how many invitations have answered so far
                try (Connection db = DriverManager.getConnection(args[1], "postgres", "");
                     Statement st = db.createStatement()) {
                    System.out.println(count(st, "select count(*) from invitation where seminar_id = " + args[2]
                            + " and state in ('ACCEPTED_IN_PERSON', 'WAITING')"));
                }
                return;
            }
            case "check" -> { // jdbcUrl seminar clients acks p50 p99 (figures from wrk)
                checkWrk(args);
                return;
            }
            case "split" -> { // tokensFile ackFile clients baseUrl... : token i goes to baseUrl[i % n]
                split(args);
                return;
            }
            case "verify" -> { // jdbcUrl seminar tokensFile ackFile: every acknowledged answer stored once, no overbooking
                verify(args);
                return;
            }
            default -> javaDriver(args);
        }
    }

    /**
     * After a wrk run: RSVPs per second over the server's own answer window (first to last responded_at; wrk
     * itself reports its fixed duration, not the time the tokens took), and the database checks.
     */
    static void checkWrk(String[] args) throws Exception {
        long seminar = Long.parseLong(args[2]);
        int clients = Integer.parseInt(args[3]);
        int acks = Integer.parseInt(args[4]);
        try (Connection db = DriverManager.getConnection(args[1], "postgres", "");
             Statement st = db.createStatement()) {
            double seconds;
            try (ResultSet rs = st.executeQuery("select extract(epoch from max(responded_at) - min(responded_at)), count(*)"
                    + " from invitation where seminar_id = " + seminar + " and responded_at is not null")) {
                rs.next();
                seconds = rs.getDouble(1);
            }
            double perSecond = (INVITATIONS - 1) / seconds;
            List<Long> acknowledged = new ArrayList<>();
            for (long i = 0; i < Math.min(acks, INVITATIONS); i++) {
                acknowledged.add(i);
            }
            int[] check = check(db, seminar, acknowledged);
            System.out.printf("clients=%d  rsvp/s=%.0f  p50=%s ms  p99=%s ms  confirmed=%d waiting=%d (wrk)%n",
                    clients, perSecond, args[5], args[6], check[3], check[4]);
            System.out.printf("RESULT \"rsvp_per_s_%d\":%.1f,\"p50_ms_%d\":%s,\"p99_ms_%d\":%s,\"overbooked_%d\":%d,"
                    + "\"duplicates_%d\":%d,\"lost_%d\":%d%n", clients, perSecond, clients, args[5], clients, args[6],
                    clients, check[0], clients, check[1], clients, check[2]);
        }
    }

    static void javaDriver(String[] args) throws Exception {
        String base = args[0];
        String jdbcUrl = args[1];
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            long seminar = setUp(db);
            List<String> tokens = tokens(db, seminar);
            // warm-up: one unmeasured round, so the JIT has compiled the hot path before anything is timed
            reset(db, seminar);
            drive(base, tokens, 16);
            StringBuilder json = new StringBuilder();
            int overbooked = 0, duplicates = 0, lost = 0;
            for (int i = 2; i < args.length; i++) {
                int clients = Integer.parseInt(args[i]);
                reset(db, seminar);
                Result r = drive(base, tokens, clients);
                int[] check = check(db, seminar, r.acknowledged);
                overbooked += check[0];
                duplicates += check[1];
                lost += check[2];
                System.out.printf("clients=%d  rsvp/s=%.0f  p50=%.1f ms  p99=%.1f ms  errors=%d  confirmed=%d waiting=%d%n",
                        clients, r.perSecond, r.p50, r.p99, r.errors, check[3], check[4]);
                json.append(String.format("\"rsvp_per_s_%d\":%.1f,\"p50_ms_%d\":%.2f,\"p99_ms_%d\":%.2f,", clients, r.perSecond,
                        clients, r.p50, clients, r.p99));
            }
            System.out.println("RESULT " + json + "\"overbooked\":" + overbooked + ",\"duplicates\":" + duplicates
                    + ",\"lost\":" + lost);
        }
    }

    /**
     * Answers every token once, in person, spread over several nodes (token i to node i mod n); writes the
     * index of each acknowledged answer (HTTP 302) to ackFile as it arrives, so that the list survives a
     * killed node. Connection errors (a node down) are counted, not retried.
     */
    static void split(String[] args) throws Exception {
        List<String> tokens = java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[1]));
        List<String> bases = List.of(args).subList(4, args.length);
        try (java.io.PrintWriter ackOut = new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(java.nio.file.Path.of(args[2])))) {
            Result r = drive(bases, tokens, Integer.parseInt(args[3]), i -> {
                synchronized (ackOut) {
                    ackOut.println(i);
                    ackOut.flush();
                }
            });
            System.out.println("acknowledged=" + r.acknowledged.size() + " errors=" + r.errors + " nodes=" + bases.size());
        }
    }

    /** After a load (and a crash): each acknowledged answer is stored once; seats never exceed capacity. */
    static void verify(String[] args) throws Exception {
        long seminar = Long.parseLong(args[2]);
        List<String> tokens = java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[3]));
        List<String> acked = java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[4]));
        try (Connection db = DriverManager.getConnection(args[1], "postgres", "");
             Statement st = db.createStatement();
             PreparedStatement byHash = db.prepareStatement("select state from invitation where token_hash = ? and seminar_id = ?")) {
            int stored = 0;
            for (String line : acked) {
                byHash.setString(1, sha256(tokens.get(Integer.parseInt(line.trim()))));
                byHash.setLong(2, seminar);
                try (ResultSet rs = byHash.executeQuery()) {
                    if (rs.next() && (rs.getString(1).equals("ACCEPTED_IN_PERSON") || rs.getString(1).equals("WAITING"))) {
                        stored++;
                    }
                }
            }
            int capacity = count(st, "select count(*) from seat where seminar_id = " + seminar);
            int seated = count(st, "select count(*) from seat where seminar_id = " + seminar + " and invitation_id is not null");
            int confirmed = count(st, "select count(*) from invitation where seminar_id = " + seminar + " and state = 'ACCEPTED_IN_PERSON'");
            int waiting = count(st, "select count(*) from invitation where seminar_id = " + seminar + " and state = 'WAITING'");
            int answered = count(st, "select count(*) from invitation where seminar_id = " + seminar
                    + " and state in ('ACCEPTED_IN_PERSON', 'WAITING')");
            int duplicates = count(st, "select count(*) - count(distinct official_id) from invitation where seminar_id = " + seminar)
                    + count(st, "select count(*) - count(distinct invitation_id) from seat where seminar_id = " + seminar
                    + " and invitation_id is not null")
                    + count(st, "select count(*) from invitation i where i.seminar_id = " + seminar
                    + " and i.state = 'ACCEPTED_IN_PERSON' and not exists (select 1 from seat where invitation_id = i.id)");
            int overbooked = Math.max(0, Math.max(seated, confirmed) - capacity);
            int lost = acked.size() - stored;
            System.out.printf("acknowledged=%d stored=%d lost=%d duplicates=%d overbooked=%d"
                            + " (capacity=%d confirmed=%d waiting=%d answered in database=%d of %d)%n",
                    acked.size(), stored, lost, duplicates, overbooked, capacity, confirmed, waiting, answered, tokens.size());
            System.out.printf("RESULT {\"acknowledged\":%d,\"stored\":%d,\"lost\":%d,\"duplicates\":%d,\"overbooked\":%d,"
                    + "\"capacity\":%d,\"confirmed\":%d,\"waiting\":%d}%n",
                    acked.size(), stored, lost, duplicates, overbooked, capacity, confirmed, waiting);
            if (lost > 0 || duplicates > 0 || overbooked > 0) {
                System.exit(1);
            }
        }
    }

    record Result(double perSecond, double p50, double p99, int errors, List<Long> acknowledged) {
    }

    static long setUp(Connection db) throws Exception {
        try (Statement st = db.createStatement()) {
            st.execute("insert into server_secret (name, value) values ('invitation-token', '"
                    + HexFormat.of().formatHex(random(32)) + "') on conflict do nothing");
            ResultSet rs = st.executeQuery("""
                    insert into seminar (programme_id, level, host_territory_id, title_ru, starts_at, ends_at, status)
                    select (select min(id) from programme), 'REPUBLIC', (select id from territory where code = 'BY-HM'),
                           'Республиканский семинар (нагрузочный тест)', now() + interval '30 days',
                           now() + interval '30 days 4 hours', 'REGISTRATION_OPEN'
                    returning id""");
            rs.next();
            long seminar = rs.getLong(1);
            long org;
            try (ResultSet o = st.executeQuery("select id from organisation where category = 'CITY_EXECUTIVE_COMMITTEE' order by id limit 1")) {
                o.next();
                org = o.getLong(1);
            }
            st.execute("insert into seat (seminar_id, seat_no) select " + seminar + ", g from generate_series(1, " + SEATS + ") g");
            byte[] secret = secret(db);
            try (PreparedStatement off = db.prepareStatement("""
                    insert into official (full_name, position, leadership, organisation_id, email)
                    values (?, 'Руководитель', 'HEAD', ?, ?) returning id""");
                 PreparedStatement inv = db.prepareStatement("""
                    insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, source, state, sent_at)
                    values (?, ?, ?, ?, ?, 'MANUAL', 'SENT', now())""")) {
                for (int i = 0; i < INVITATIONS; i++) {
                    off.setString(1, "Нагрузочный Участник " + i);
                    off.setLong(2, org);
                    off.setString(3, "bench-" + seminar + "-" + i + "@load.example");
                    long official;
                    try (ResultSet r = off.executeQuery()) {
                        r.next();
                        official = r.getLong(1);
                    }
                    String nonce = HexFormat.of().formatHex(random(16));
                    inv.setLong(1, seminar);
                    inv.setLong(2, official);
                    inv.setString(3, nonce);
                    inv.setString(4, sha256(token(secret, nonce)));
                    inv.setString(5, String.format("B%07d", i));
                    inv.addBatch();
                }
                inv.executeBatch();
            }
            return seminar;
        }
    }

    static List<String> tokens(Connection db, long seminar) throws Exception {
        byte[] secret = secret(db);
        List<String> tokens = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("select token_nonce from invitation where seminar_id = ? order by id")) {
            ps.setLong(1, seminar);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tokens.add(token(secret, rs.getString(1)));
                }
            }
        }
        return tokens;
    }

    static void reset(Connection db, long seminar) throws Exception {
        try (Statement st = db.createStatement()) {
            st.execute("update seat set invitation_id = null where seminar_id = " + seminar);
            st.execute("update invitation set state = 'SENT', waiting_since = null, remote_site_id = null, responded_at = null where seminar_id = " + seminar);
            st.execute("delete from outbox_message where cause_key like 'invitation:%:promoted%'");
        }
    }

    static Result drive(String base, List<String> tokens, int clients) throws Exception {
        return drive(List.of(base), tokens, clients, i -> { });
    }

    /** Token i goes to bases[i mod n]; onAck hears of every acknowledged answer as it arrives. */
    static Result drive(List<String> bases, List<String> tokens, int clients, java.util.function.IntConsumer onAck) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        // a short warm-up on a few tokens is folded in: every token is answered exactly once
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            new Thread(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < tokens.size()) {
                        HttpRequest req = HttpRequest.newBuilder(URI.create(bases.get(i % bases.size()) + "/rsvp/" + tokens.get(i)))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("choice=IN_PERSON")).build();
                        long t0 = System.nanoTime();
                        try {
                            int status = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
                            latencies.add(System.nanoTime() - t0);
                            if (status == 302) {
                                acknowledged.add((long) i);
                                onAck.accept(i);
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        sorted.sort(null);
        return new Result(sorted.size() / seconds, pct(sorted, 50), pct(sorted, 99), errors.get(), new ArrayList<>(acknowledged));
    }

    static int[] check(Connection db, long seminar, List<Long> acknowledged) throws Exception {
        try (Statement st = db.createStatement()) {
            int taken = count(st, "select count(*) from seat where seminar_id = " + seminar + " and invitation_id is not null");
            int confirmed = count(st, "select count(*) from invitation where seminar_id = " + seminar + " and state = 'ACCEPTED_IN_PERSON'");
            int waiting = count(st, "select count(*) from invitation where seminar_id = " + seminar + " and state = 'WAITING'");
            int overbooked = Math.max(0, Math.max(taken, confirmed) - SEATS);
            int duplicates = count(st, "select count(*) - count(distinct official_id) from invitation where seminar_id = " + seminar)
                    + count(st, "select count(*) - count(distinct invitation_id) from seat where seminar_id = " + seminar + " and invitation_id is not null");
            // every acknowledged acceptance is stored as a seat or a place on the waiting list
            int stored = count(st, "select count(*) from invitation where seminar_id = " + seminar
                    + " and state in ('ACCEPTED_IN_PERSON', 'WAITING')");
            int lost = Math.max(0, acknowledged.size() - stored);
            return new int[]{overbooked, duplicates, lost, confirmed, waiting};
        }
    }

    static int count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int idx = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, idx)) / 1e6;
    }

    static byte[] secret(Connection db) throws Exception {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select value from server_secret where name = 'invitation-token'")) {
            rs.next();
            return HexFormat.of().parseHex(rs.getString(1));
        }
    }

    static String token(byte[] secret, String nonce) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(nonce.getBytes(StandardCharsets.UTF_8)));
    }

    static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] random(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }
}

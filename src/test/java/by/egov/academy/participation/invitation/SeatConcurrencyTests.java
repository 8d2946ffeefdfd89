package by.egov.academy.participation.invitation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 500 officials accept in person at the same moment, over real HTTP, for 100 seats: exactly 100 get a
 * seat, 400 wait, nobody holds two seats and nobody is registered twice; a freed seat goes to the first
 * who waited.
 */
@IntegrationTest
class SeatConcurrencyTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    InvitationTokens tokens;
    @Autowired
    Seats seats;

    @Test
    void fiveHundredAcceptancesForOneHundredSeats() throws Exception {
        long venue = jdbc.sql("select id from venue order by id limit 1").query(Long.class).single();
        var admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
        String body = mvc.perform(post("/api/v1/seminars").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"hostTerritoryId":%d,"titleRu":"%s","start":"2031-01-20T09:00","end":"2031-01-20T17:00","venueId":%d}
                        """.formatted(TestData.territory(jdbc, "BY-HM"), TestData.unique("Республиканский семинар "), venue)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long seminar = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        long org = TestData.organisation(jdbc, "Минский городской исполнительный комитет");
        seats.resize(seminar, 100);

        List<String> links = new ArrayList<>();
        String prefix = TestData.unique("load");
        for (int i = 0; i < 500; i++) {
            long official = TestData.official(jdbc, org, "Участник " + i, prefix + "-" + i + "@t.by");
            String nonce = InvitationTokens.newNonce();
            long id = jdbc.sql("""
                            insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, source, state, sent_at)
                            values (:s, :o, :n, :h, :c, 'MANUAL', 'SENT', now()) returning id
                            """).param("s", seminar).param("o", official).param("n", nonce)
                    .param("h", InvitationTokens.hash(tokens.token(nonce))).param("c", String.format("L%07d", i))
                    .query(Long.class).single();
            links.add("http://localhost:" + port + "/rsvp/" + tokens.token(nonce));
        }

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(64);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (String link : links) {
            calls.add(() -> {
                start.await();
                HttpRequest request = HttpRequest.newBuilder(URI.create(link))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("choice=IN_PERSON")).build();
                return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            });
        }
        List<Future<Integer>> results = new ArrayList<>();
        for (Callable<Integer> c : calls) {
            results.add(pool.submit(c));
        }
        start.countDown();
        for (Future<Integer> f : results) {
            assertThat(f.get()).as("every answer is acknowledged").isEqualTo(302);
        }
        pool.shutdown();

        assertThat(count("select count(*) from invitation where seminar_id = :s and state = 'ACCEPTED_IN_PERSON'", seminar)).isEqualTo(100);
        assertThat(count("select count(*) from invitation where seminar_id = :s and state = 'WAITING'", seminar)).isEqualTo(400);
        assertThat(count("select count(*) from seat where seminar_id = :s and invitation_id is not null", seminar)).isEqualTo(100);
        assertThat(count("""
                select count(*) from invitation i where i.seminar_id = :s and i.state = 'ACCEPTED_IN_PERSON'
                and not exists (select 1 from seat where invitation_id = i.id)
                """, seminar)).as("every confirmed official holds a seat").isZero();
        assertThat(count("select count(*) - count(distinct official_id) from invitation where seminar_id = :s", seminar)).isZero();

        // the first in the waiting list gets the next free seat
        long firstWaiting = jdbc.sql("select id from invitation where seminar_id = :s and state = 'WAITING' order by waiting_since, id limit 1")
                .param("s", seminar).query(Long.class).single();
        String seated = links.get(jdbc.sql("""
                        select cast(substring(i.short_code from 2) as int) from invitation i
                        where i.seminar_id = :s and i.state = 'ACCEPTED_IN_PERSON' limit 1
                        """).param("s", seminar).query(Integer.class).single());
        int status = http.send(HttpRequest.newBuilder(URI.create(seated)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("choice=DECLINE")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        assertThat(status).isEqualTo(302);
        assertThat(jdbc.sql("select state from invitation where id = :id").param("id", firstWaiting).query(String.class).single())
                .isEqualTo("ACCEPTED_IN_PERSON");
        assertThat(count("select count(*) from seat where seminar_id = :s and invitation_id is not null", seminar)).isEqualTo(100);
    }

    private long count(String sql, long seminar) {
        return jdbc.sql(sql).param("s", seminar).query(Long.class).single();
    }
}

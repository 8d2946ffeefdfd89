package by.egov.academy.programme;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Absolute links (og:url, JSON-LD, the calendar's URL) come from the configured base URL, never the Host header. */
@IntegrationTest
class HostHeaderTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void aForgedHostIsNotReflectedIntoLinks() throws Exception {
        long seminar = TestData.demoGrodnoSeminar(jdbc);
        String page = mvc.perform(get("/seminars/{id}", seminar).header("Host", "evil.example"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("evil.example");
        var doc = org.jsoup.Jsoup.parse(page);
        assertThat(doc.select("meta[property=og:url]").attr("content"))
                .isEqualTo("http://localhost:" + port + "/seminars/" + seminar);
        String ics = mvc.perform(get("/calendar/seminars/{id}.ics", seminar).header("Host", "evil.example"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ics).doesNotContain("evil.example").contains("URL:http://localhost:" + port + "/seminars/" + seminar);
    }
}

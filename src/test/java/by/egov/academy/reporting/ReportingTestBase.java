package by.egov.academy.reporting;

import by.egov.academy.participation.invitation.InvitationTokens;
import by.egov.academy.support.Sessions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The Mogilev data set loaded once per test class and removed after it, and the programme office's session. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportingTestBase {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InvitationTokens tokens;

    ReportingFixture f;
    MockHttpSession admin;

    @BeforeAll
    void load() throws Exception {
        f = new ReportingFixture(jdbc, tokens).load();
        admin = Sessions.admin(mvc);
    }

    @AfterAll
    void unload() {
        f.unload();
    }
}

package by.egov.academy.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import by.egov.academy.platform.EgovProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import by.egov.academy.support.SessionCookies;
import by.egov.academy.support.Sessions;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A first start without EGOV_ADMIN_PASSWORD: admin gets a printed one-time password that must be
 * changed before anything else; no demo data; HTTP Basic switched off by configuration.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = {"egov.admin.password=", "egov.demo.enabled=false", "egov.api.basic-auth-enabled=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(SessionCookies.class)
class FirstStartTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EgovProperties properties;

    @Test
    void oneTimeAdminPasswordMustBeChangedAtFirstSignIn(CapturedOutput output) throws Exception {
        assertThat(properties.demo().enabled()).isFalse();
        assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from official").query(Long.class).single()).isZero();
        String printed = jdbc.sql("select must_change_password from account where username = 'admin'")
                .query(Boolean.class).single() ? "yes" : "no";
        assertThat(printed).isEqualTo("yes");

        // the banner was printed while the context started, before this method; the capture holds it
        Matcher m = Pattern.compile("password: (\\S{16})").matcher(output.getAll());
        assertThat(m.find()).as("the one-time password is in the log").isTrue();
        String oneTime = m.group(1);

        MvcResult login = mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", oneTime))
                .andExpect(status().is3xxRedirection()).andReturn();
        MockHttpSession session = Sessions.of(login);
        mvc.perform(get("/directory/territories").session(session)).andExpect(redirectedUrl("/account/password"));

        String refused = mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", oneTime).param("newPassword", "short").param("confirmPassword", "short"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Допустимая длина — от 10 до 200 символов.");

        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", oneTime).param("newPassword", "a-long-new-password")
                        .param("confirmPassword", "a-long-new-password"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/directory/territories").session(session)).andExpect(status().isOk());
        mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", oneTime))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void basicAuthenticationCanBeSwitchedOff() throws Exception {
        mvc.perform(get("/api/v1/organisations").with(httpBasic("admin", "anything")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/territories").param("level", "OBLAST")).andExpect(status().isOk());
    }
}

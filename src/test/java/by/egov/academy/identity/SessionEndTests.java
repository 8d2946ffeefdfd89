package by.egov.academy.identity;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A session ends when its account changes under it: a password change ends the account's other sessions (review
 * finding 10), and a disabled account's session reads nothing more, actuator included (finding 11).
 */
@IntegrationTest
class SessionEndTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /** A programme-office account with its own password set (no pending first change). */
    private String officeAccount(String password) throws Exception {
        String username = TestData.unique("ends").replaceAll("[^A-Za-z0-9._-]", "");
        mvc.perform(post("/admin/accounts").session(Sessions.admin(mvc)).with(csrf()).param("username", username)
                        .param("displayName", "Session End").param("role", "PROGRAMME_OFFICE")
                        .param("initialPassword", "temporary-pass-1"))
                .andExpect(status().is3xxRedirection());
        MockHttpSession first = Sessions.login(mvc, username, "temporary-pass-1");
        mvc.perform(post("/account/password").session(first).with(csrf()).param("currentPassword", "temporary-pass-1")
                .param("newPassword", password).param("confirmPassword", password)).andExpect(status().is3xxRedirection());
        return username;
    }

    @Test
    void changingThePasswordEndsTheAccountsOtherSessions() throws Exception {
        String username = officeAccount("Erste-Passwort-2031");
        MockHttpSession laptop = Sessions.login(mvc, username, "Erste-Passwort-2031");
        MockHttpSession phone = Sessions.login(mvc, username, "Erste-Passwort-2031");
        mvc.perform(get("/account").session(phone)).andExpect(status().isOk());
        mvc.perform(post("/account/password").session(laptop).with(csrf()).param("currentPassword", "Erste-Passwort-2031")
                .param("newPassword", "Zweite-Passwort-2032").param("confirmPassword", "Zweite-Passwort-2032"))
                .andExpect(status().is3xxRedirection());
        // the session that changed it stays; the other one is signed out
        mvc.perform(get("/account").session(laptop)).andExpect(status().isOk());
        mvc.perform(get("/account").session(phone)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aDisabledAccountsSessionReadsNothingMoreNotEvenActuator() throws Exception {
        String username = officeAccount("Dritte-Passwort-2033");
        MockHttpSession session = Sessions.login(mvc, username, "Dritte-Passwort-2033");
        mvc.perform(get("/actuator/info").session(session)).andExpect(status().isOk());
        long id = jdbc.sql("select id from account where username = :u").param("u", username).query(Long.class).single();
        mvc.perform(post("/admin/accounts/{id}/enabled", id).session(Sessions.admin(mvc)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/info").session(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/accounts").session(session)).andExpect(status().is3xxRedirection());
    }
}

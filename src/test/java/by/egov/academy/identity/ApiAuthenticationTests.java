package by.egov.academy.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API accepts the browser session, HTTP Basic and personal Bearer tokens, and nothing else. */
@IntegrationTest
class ApiAuthenticationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void sessionBasicAndTokenAllWork() throws Exception {
        MockHttpSession session = Sessions.demo(mvc, "grodno");
        mvc.perform(get("/api/v1/organisations").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/organisations").with(httpBasic("grodno", Sessions.DEMO_PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/organisations").with(httpBasic("grodno", "wrong")))
                .andExpect(status().isUnauthorized()).andExpect(header().exists("WWW-Authenticate"));

        String account = mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "script"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(account).session(session)).andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("id=\"new-token\">(egov_[A-Za-z0-9_-]+)<").matcher(page);
        assertThat(m.find()).as("the new token is shown once").isTrue();
        String token = m.group(1);
        assertThat(mvc.perform(get("/account").session(session)).andReturn().getResponse().getContentAsString())
                .doesNotContain(token);

        mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        // a token is a credential only for the API, and a scripted call needs no CSRF token
        mvc.perform(post("/api/v1/organisations").header("Authorization", "Bearer " + token)
                        .contentType("application/json").content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer egov_forged"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/organisations")).andExpect(status().isUnauthorized())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.startsWith("Нужно войти")));
        mvc.perform(get("/api/v1/organisations").header("Accept-Language", "be")).andExpect(status().isUnauthorized())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.startsWith("Трэба ўвайсці")));
    }

    @Test
    void aBrowserSessionCannotBeUsedForForgedApiWrites() throws Exception {
        MockHttpSession session = Sessions.demo(mvc, "grodno");
        mvc.perform(post("/api/v1/organisations").session(session).contentType("application/json").content("{}"))
                .andExpect(status().isForbidden());
        // a header the API does not take as credentials skips the CSRF check, so it must not ride on the cookie
        for (String header : new String[] {"Foo bar", "Bearer egov_forged", "Basic !!!", ""}) {
            mvc.perform(post("/api/v1/organisations").session(session).header("Authorization", header)
                            .contentType("application/json").content("{}"))
                    .andExpect(status().isUnauthorized());
            mvc.perform(get("/api/v1/organisations").session(session).header("Authorization", header))
                    .andExpect(status().isUnauthorized());
        }
        // the session alone still reads
        mvc.perform(get("/api/v1/organisations").session(session)).andExpect(status().isOk());
    }

    @Test
    void wrongPasswordOnTheFormSaysSo() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", "nope"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/login?error")));
        String page = mvc.perform(get("/login").param("error", "")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Неверное имя пользователя или пароль.");
    }
}

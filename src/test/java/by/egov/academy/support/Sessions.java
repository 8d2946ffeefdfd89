package by.egov.academy.support;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Signs in through the real login form, as a browser would, and hands back the session. */
public final class Sessions {

    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String DEMO_PASSWORD = "demo-test-password";

    private Sessions() {
    }

    public static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf())
                        .param("username", username).param("password", password))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || location.contains("error")) {
            throw new AssertionError("login of " + username + " failed: " + location);
        }
        return of(result);
    }

    /**
     * The session a request opened, to pass to the next ones with {@code .session(...)}: with sessions in
     * PostgreSQL (the default) a MockHttpSession carrying the shared session's id, which {@link SessionCookies}
     * turns back into the {@code SESSION} cookie; with container sessions the mock request's own session.
     */
    public static MockHttpSession of(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie(SessionCookies.COOKIE);
        if (cookie != null && !cookie.getValue().isEmpty()) {
            return new MockHttpSession(null, SessionCookies.decode(cookie.getValue()));
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    public static MockHttpSession admin(MockMvc mvc) throws Exception {
        return login(mvc, "admin", ADMIN_PASSWORD);
    }

    public static MockHttpSession demo(MockMvc mvc, String username) throws Exception {
        return login(mvc, username, DEMO_PASSWORD);
    }
}

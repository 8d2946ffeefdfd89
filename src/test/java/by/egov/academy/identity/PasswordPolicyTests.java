package by.egov.academy.identity;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Weak passwords are refused where passwords are set, with the reason, and the form keeps what was typed. */
@IntegrationTest
class PasswordPolicyTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theProgrammeOfficeCannotGiveAnAccountAWeakPassword() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        String username = TestData.unique("weak").replaceAll("[^A-Za-z0-9._-]", "");
        for (String[] weak : new String[][]{
                {"1234567890", "слишком простой"}, {"abcdefghijkl", "слишком простой"}, {"aaaaaaaaa1", "слишком простой"},
                {username + "-2024", "именем пользователя"}, {"short1", "10"}}) {
            String page = mvc.perform(post("/admin/accounts").session(admin).with(csrf()).param("username", username)
                            .param("displayName", "Слабый Пароль").param("role", "PROGRAMME_OFFICE")
                            .param("initialPassword", weak[0]))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(page).as(weak[0]).contains(weak[1]).contains("value=\"" + username + "\"");
        }
        mvc.perform(post("/admin/accounts").session(admin).with(csrf()).param("username", username)
                        .param("displayName", "Сильный Пароль").param("role", "PROGRAMME_OFFICE")
                        .param("initialPassword", "Nesvizh-1583-castle"))
                .andExpect(status().is3xxRedirection());
    }
}

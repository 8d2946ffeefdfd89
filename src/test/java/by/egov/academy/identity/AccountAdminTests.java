package by.egov.academy.identity;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountAdminTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void programmeOfficeCreatesACoordinatorBoundToAnOblast() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        String username = TestData.unique("vitebsk").replace("-", "");
        long district = TestData.territory(jdbc, "BY-HR-LIDA");
        String refused = mvc.perform(post("/admin/accounts").session(admin).with(csrf())
                        .param("username", username).param("displayName", "Координатор Витебского облисполкома")
                        .param("role", "REGIONAL_COORDINATOR").param("territoryId", "" + district)
                        .param("initialPassword", "temporary-pass-1"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("выберите область").contains("value=\"" + username + "\"");

        mvc.perform(post("/admin/accounts").session(admin).with(csrf())
                        .param("username", username).param("displayName", "Координатор Витебского облисполкома")
                        .param("role", "REGIONAL_COORDINATOR").param("territoryId", "" + TestData.territory(jdbc, "BY-VI"))
                        .param("initialPassword", "temporary-pass-1"))
                .andExpect(redirectedUrl("/admin/accounts"));
        MockHttpSession coordinator = Sessions.login(mvc, username, "temporary-pass-1");
        mvc.perform(get("/directory/organisations").session(coordinator)).andExpect(redirectedUrl("/account/password"));

        String again = mvc.perform(post("/admin/accounts").session(admin).with(csrf())
                        .param("username", username.toUpperCase()).param("displayName", "Дубль")
                        .param("role", "EXPERT").param("initialPassword", "temporary-pass-1"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("уже занято");
    }

    @Test
    void onlyTheProgrammeOfficeManagesAccounts() throws Exception {
        mvc.perform(get("/admin/accounts").session(Sessions.demo(mvc, "grodno"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts").session(Sessions.demo(mvc, "grodno")).with(csrf())
                .param("username", "intruder")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from account where username = 'intruder'").query(Long.class).single()).isZero();
    }
}

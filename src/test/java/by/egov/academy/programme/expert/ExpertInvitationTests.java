package by.egov.academy.programme.expert;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.MailServer;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Inviting an expert: an EXPERT account without a usable password, a mail through the outbox in the expert's
 * language with a one-time link, the link sets a password under the password policy, and the expert signs in.
 */
@IntegrationTest
class ExpertInvitationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void smtp() {
        MailServer.get();
    }

    private static String linkPathOf(MimeMessage mail) {
        try {
            return linkPath(mail);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String linkPath(MimeMessage mail) throws Exception {
        Matcher m = Pattern.compile("https?://[^/\\s]+(/account/activate/[A-Za-z0-9_-]+)").matcher(MailServer.text(mail));
        assertThat(m.find()).as(MailServer.text(mail)).isTrue();
        return m.group(1);
    }

    @Test
    void theInvitedExpertGetsTheMailInTheirLanguageSetsAPasswordOnceAndSignsIn() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        String email = TestData.unique("invited").replaceAll("[^A-Za-z0-9]", "") + "@example.by";
        String name = TestData.unique("Invited Expert ");
        long expert = ExpertFixtures.expert(jdbc, name, ExpertFixtures.organisation(jdbc));
        jdbc.sql("update expert set email = :e, language = 'en' where id = :id").param("e", email).param("id", expert).update();

        mvc.perform(post("/manage/experts/{id}/invite", expert).session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Long account = jdbc.sql("select account_id from expert where id = :id").param("id", expert).query(Long.class).single();
        assertThat(account).isNotNull();
        assertThat(jdbc.sql("select role from account where id = :a").param("a", account).query(String.class).single()).isEqualTo("EXPERT");
        // the account cannot be signed into before the expert sets a password
        assertThatThrownBy(() -> Sessions.login(mvc, email, "")).isInstanceOf(AssertionError.class);

        MimeMessage mail = MailServer.await(email, "Invitation to EGov Academy");
        assertThat(MailServer.text(mail)).contains("Dear " + name).contains("User name: " + email);
        String link = linkPath(mail);
        String token = link.substring(link.lastIndexOf('/') + 1);
        // only a hash of the link is kept
        assertThat(jdbc.sql("select count(*) from account_activation where token_hash = :t").param("t", token)
                .query(Long.class).single()).isZero();

        assertThat(mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains(email);
        // the password policy applies
        mvc.perform(post(link).with(csrf()).param("newPassword", "1234567890").param("confirmPassword", "1234567890"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(link).with(csrf()).param("newPassword", "Expert-pass-2032").param("confirmPassword", "Other-pass-2032"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(link).with(csrf()).param("newPassword", "Expert-pass-2032").param("confirmPassword", "Expert-pass-2032"))
                .andExpect(status().is3xxRedirection());

        MockHttpSession signedIn = Sessions.login(mvc, email, "Expert-pass-2032");
        assertThat(mvc.perform(get("/account").session(signedIn)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains(email);

        // the link works once; a second invitation of an active account is refused
        mvc.perform(get(link)).andExpect(status().isNotFound());
        mvc.perform(post(link).with(csrf()).param("newPassword", "Another-pass-2032").param("confirmPassword", "Another-pass-2032"))
                .andExpect(status().isNotFound());
        var again = mvc.perform(post("/manage/experts/{id}/invite", expert).session(admin).with(csrf())).andReturn();
        assertThat(again.getFlashMap().get("flashError")).isEqualTo("account.activation.alreadyActive");
    }

    @Test
    void aNewInvitationReplacesTheOldLinkAndIsMailedInRussianByDefault() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        String email = TestData.unique("twice").replaceAll("[^A-Za-z0-9]", "") + "@example.by";
        long expert = ExpertFixtures.expert(jdbc, TestData.unique("Дважды Приглашённый "), ExpertFixtures.organisation(jdbc));
        jdbc.sql("update expert set email = :e where id = :id").param("e", email).param("id", expert).update();

        mvc.perform(post("/api/v1/experts/{id}/invite", expert).session(admin).with(csrf())).andExpect(status().isOk());
        String first = linkPath(MailServer.await(email, "Приглашение в EGov Academy"));
        mvc.perform(post("/api/v1/experts/{id}/invite", expert).session(admin).with(csrf())).andExpect(status().isOk());
        String second = org.awaitility.Awaitility.await("a second invitation for " + email)
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> java.util.Arrays.stream(MailServer.get().getReceivedMessages())
                        .filter(m -> MailServer.isTo(m, email)).map(ExpertInvitationTests::linkPathOf).filter(p -> !p.equals(first))
                        .findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertThat(second).isNotEqualTo(first);
        mvc.perform(get(first)).andExpect(status().isNotFound());
        mvc.perform(get(second)).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(distinct a.account_id) from account_activation a join expert e on e.account_id = a.account_id "
                + "where e.id = :id").param("id", expert).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aForgedOrExpiredLinkOpensNothing() throws Exception {
        mvc.perform(get("/account/activate/{t}", "A".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(post("/account/activate/{t}", "A".repeat(43)).with(csrf()).param("newPassword", "Expert-pass-2032")
                .param("confirmPassword", "Expert-pass-2032")).andExpect(status().isNotFound());
    }
}

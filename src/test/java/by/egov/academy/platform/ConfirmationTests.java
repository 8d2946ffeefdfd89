package by.egov.academy.platform;

import java.sql.Timestamp;

import by.egov.academy.participation.invitation.InvitationTokens;
import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Destructive actions ask first: the action's own button posts without {@code confirmed=true} and gets a page naming
 * what is affected and what follows, nothing changed yet; only the confirmation page's button acts. A refused change
 * says why in words on the page the user was on; error pages keep the signed-in header and lead back.
 */
@IntegrationTest
class ConfirmationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InvitationTokens tokens;

    MockHttpSession grodno;
    long seminar;
    String seminarTitle;
    long talk;
    String talkTitle;
    long site;

    @BeforeEach
    void setUp() throws Exception {
        grodno = Sessions.demo(mvc, "grodno");
        seminarTitle = TestData.unique("Удаляемый семинар ");
        seminar = jdbc.sql("""
                        insert into seminar (programme_id, level, host_territory_id, title_ru, starts_at, ends_at, status)
                        values ((select min(id) from programme), 'REGIONAL', :t, :title,
                                timestamptz '2036-03-03 10:00:00+03', timestamptz '2036-03-03 14:00:00+03', 'PLANNED')
                        returning id
                        """).param("t", TestData.territory(jdbc, "BY-HR")).param("title", seminarTitle).query(Long.class).single();
        talkTitle = TestData.unique("Доклад на удаление ");
        talk = jdbc.sql("""
                        insert into talk (seminar_id, kind, title_ru, starts_at, ends_at)
                        values (:s, 'TALK', :title, timestamptz '2036-03-03 10:00:00+03', timestamptz '2036-03-03 11:00:00+03')
                        returning id
                        """).param("s", seminar).param("title", talkTitle).query(Long.class).single();
        site = jdbc.sql("insert into remote_site (seminar_id, territory_id) values (:s, :t) returning id")
                .param("s", seminar).param("t", TestData.territory(jdbc, "BY-HR-LIDA")).query(Long.class).single();
    }

    private static Document html(MvcResult r) throws Exception {
        return Jsoup.parse(r.getResponse().getContentAsString());
    }

    private boolean talkExists() {
        return jdbc.sql("select count(*) from talk where id = :t").param("t", talk).query(Long.class).single() == 1;
    }

    @Test
    void aDeleteAsksFirstNamingWhatFollowsAndOnlyTheConfirmedPostActs() throws Exception {
        String path = "/manage/seminars/" + seminar + "/talks/" + talk + "/delete";
        Document page = html(mvc.perform(post(path).session(grodno).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(page.select("h1").text()).isEqualTo("Удалить доклад?");
        assertThat(page.getElementById("confirm-subject").text()).isEqualTo(talkTitle);
        assertThat(page.getElementById("confirm-consequences").text())
                .contains("Доклад исчезнет из программы семинара «" + seminarTitle + "».")
                .contains("материалы (файлов: 0)").contains("Отменить это действие будет нельзя.");
        assertThat(page.getElementById("confirm-form").attr("action")).isEqualTo(path);
        assertThat(page.select("#confirm-form input[name=confirmed]").attr("value")).isEqualTo("true");
        assertThat(page.getElementById("confirm-back").attr("href")).isEqualTo("/manage/seminars/" + seminar + "#agenda");
        assertThat(talkExists()).as("nothing deleted before confirming").isTrue();

        // another oblast's coordinator sees no confirmation page (and no names): refused
        mvc.perform(post(path).session(Sessions.demo(mvc, "brest")).with(csrf())).andExpect(status().isForbidden());
        // a stray value is not a confirmation either
        mvc.perform(post(path).session(grodno).with(csrf()).param("confirmed", "yes")).andExpect(status().isOk());
        assertThat(talkExists()).isTrue();

        mvc.perform(post(path).session(grodno).with(csrf()).param("confirmed", "true")).andExpect(status().is3xxRedirection());
        assertThat(talkExists()).isFalse();
    }

    @Test
    void deletingOrCancellingASeminarAsksFirst() throws Exception {
        Document page = html(mvc.perform(post("/manage/seminars/{id}/delete", seminar).session(grodno).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.getElementById("confirm-subject").text()).isEqualTo(seminarTitle);
        assertThat(page.getElementById("confirm-consequences").text())
                .contains("программа (докладов: 1), площадки ВКС (1) и материалы (файлов: 0)");
        assertThat(jdbc.sql("select count(*) from seminar where id = :s").param("s", seminar).query(Long.class).single()).isOne();

        // the status form cannot cancel without the page that says who will be told
        jdbc.sql("update seminar set status = 'ANNOUNCED' where id = :s").param("s", seminar).update();
        Document cancel = html(mvc.perform(post("/manage/seminars/{id}/status", seminar).session(grodno).with(csrf())
                .param("status", "CANCELLED")).andExpect(status().isOk()).andReturn());
        assertThat(cancel.getElementById("notice-changes").text()).isEqualTo("Семинар будет отменён.");
        assertThat(jdbc.sql("select status from seminar where id = :s").param("s", seminar).query(String.class).single())
                .isEqualTo("ANNOUNCED");
    }

    @Test
    void aRefusedDeleteSaysWhyInWordsOnThePageTheUserWasOn() throws Exception {
        long organisation = TestData.organisation(jdbc, "Гродненский областной исполнительный комитет");
        String name = TestData.unique("Зарегистрированный Участник ");
        long official = TestData.official(jdbc, organisation, name, TestData.unique("site") + "@t.by");
        TestData.invitation(jdbc, tokens, seminar, official, site, (Timestamp) null);
        String path = "/manage/seminars/" + seminar + "/sites/" + site + "/delete";

        Document page = html(mvc.perform(post(path).session(grodno).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(page.getElementById("confirm-consequences").text())
                .contains("Удалить площадку нельзя: на ней зарегистрированы участники (1).");

        MvcResult refused = mvc.perform(post(path).session(grodno).with(csrf()).param("confirmed", "true"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/manage/seminars/" + seminar + "#sites");
        String shown = mvc.perform(get("/manage/seminars/{id}", seminar).session(grodno).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("Площадку нельзя удалить: на ней зарегистрирован 1 участник.");
        assertThat(jdbc.sql("select count(*) from remote_site where id = :r").param("r", site).query(Long.class).single()).isOne();

        // an official with a training record: said in words on the official's page, not a bare 409
        MockHttpSession admin = Sessions.admin(mvc);
        Document official1 = html(mvc.perform(post("/directory/officials/{id}/delete", official).session(admin).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(official1.getElementById("confirm-subject").text()).isEqualTo(name);
        assertThat(official1.getElementById("confirm-consequences").text()).contains("приглашения на семинары (1)");
        MvcResult kept = mvc.perform(post("/directory/officials/{id}/delete", official).session(admin).with(csrf())
                .param("confirmed", "true")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(kept.getResponse().getRedirectedUrl()).isEqualTo("/directory/officials/" + official);
        assertThat(kept.getFlashMap().get("flashError")).isEqualTo("directory.officialHasInvitations.one");
        assertThat(jdbc.sql("select count(*) from official where id = :o").param("o", official).query(Long.class).single()).isOne();
    }

    @Test
    void errorPagesKeepTheSignedInHeaderAndLeadBack() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        String referer = "http://localhost/manage/seminars/" + seminar + "?tab=materials";
        Document notFound = html(mvc.perform(post("/manage/seminars/{id}/materials/{m}/delete", seminar, 987654321L)
                .session(admin).with(csrf()).header("Referer", referer)).andExpect(status().isNotFound()).andReturn());
        assertThat(notFound.select("nav .user a[href=/account]")).as("signed-in header on a 404").hasSize(1);
        assertThat(notFound.select("nav .user a[href=/login]")).isEmpty();
        assertThat(notFound.getElementById("error-back").attr("href")).isEqualTo("/manage/seminars/" + seminar + "?tab=materials");

        Document conflict = html(mvc.perform(get("/manage/competences/items/{id}", TestData.currentCompetence(jdbc))
                .session(admin)).andExpect(status().isConflict()).andReturn());
        assertThat(conflict.select("nav .user a[href=/account]")).as("signed-in header on a 409").hasSize(1);

        // another site's address is no way back
        Document foreign = html(mvc.perform(post("/manage/seminars/{id}/materials/{m}/delete", seminar, 987654321L)
                .session(admin).with(csrf()).header("Referer", "https://evil.example/phish")).andReturn());
        assertThat(foreign.getElementById("error-back")).isNull();

        Document anonymous = html(mvc.perform(get("/seminars/{id}", 987654321L)).andExpect(status().isNotFound()).andReturn());
        assertThat(anonymous.select("nav .user a[href=/login]")).hasSize(1);
        assertThat(anonymous.select("nav .user a[href=/account]")).isEmpty();
    }

    @Test
    void revokingAnApiKeyAsksFirstAndSomeoneElsesKeyIsNeitherNamedNorDeleted() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        String name = TestData.unique("Ключ отчётов ");
        mvc.perform(post("/account/tokens").session(admin).with(csrf()).param("name", name)).andExpect(status().is3xxRedirection());
        long token = jdbc.sql("select id from api_token where name = :n").param("n", name).query(Long.class).single();
        Document page = html(mvc.perform(post("/account/tokens/{id}/delete", token).session(admin).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.getElementById("confirm-subject").text()).isEqualTo(name);
        assertThat(page.getElementById("confirm-consequences").text()).contains("сразу получат отказ (401)");
        // another account's attempt shows nothing and deletes nothing
        String other = mvc.perform(post("/account/tokens/{id}/delete", token).session(grodno).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getContentAsString();
        assertThat(other).doesNotContain(name);
        assertThat(jdbc.sql("select count(*) from api_token where id = :t").param("t", token).query(Long.class).single()).isOne();
        mvc.perform(post("/account/tokens/{id}/delete", token).session(admin).with(csrf()).param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from api_token where id = :t").param("t", token).query(Long.class).single()).isZero();
    }
}

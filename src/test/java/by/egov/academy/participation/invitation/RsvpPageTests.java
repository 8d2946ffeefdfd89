package by.egov.academy.participation.invitation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.RsvpFixture;
import by.egov.academy.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The official's RSVP page: greeting, venue and map, answers named as the official's own, the waiting list as a
 * warning, refusals that keep what was chosen and typed, and the closed page once the seminar has started.
 */
@IntegrationTest
class RsvpPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InvitationTokens tokens;
    @Autowired
    RsvpService rsvp;

    RsvpFixture fixture;
    long seminar;
    long lidaSite;
    String address;

    @BeforeEach
    void setUp() throws Exception {
        fixture = RsvpFixture.create(mvc, jdbc);
        seminar = fixture.seminar();
        lidaSite = fixture.lidaSite();
        address = fixture.address();
    }

    private String invite(String fullName) {
        return fixture.invite(jdbc, tokens, fullName);
    }

    private String state(String token) {
        return jdbc.sql("select state from invitation where token_hash = :h").param("h", InvitationTokens.hash(token))
                .query(String.class).single();
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        ResultActions r = mvc.perform(request).andExpect(status().is(status));
        return Jsoup.parse(r.andReturn().getResponse().getContentAsString());
    }

    /** Opening the link changes nothing (mail scanners follow links too); the first answer marks it opened. */
    @Test
    void openingTheLinkChangesNothingTheFirstAnswerMarksItOpened() throws Exception {
        String token = invite("Сканеров Пётр Петрович");
        page(get("/rsvp/" + token), 200);
        page(get("/rsvp/" + token).param("lang", "en"), 200);
        assertThat(state(token)).isEqualTo("SENT");
        assertThat(openedAt(token)).isEmpty();
        mvc.perform(post("/rsvp/" + token).param("choice", "DECLINE")).andExpect(status().is3xxRedirection());
        assertThat(state(token)).isEqualTo("DECLINED");
        assertThat(openedAt(token)).isPresent();
    }

    private java.util.Optional<java.sql.Timestamp> openedAt(String token) {
        return jdbc.sql("select opened_at from invitation where token_hash = :h").param("h", InvitationTokens.hash(token))
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getTimestamp(1))).single();
    }

    @Test
    void greetsByNameAndPatronymicInEachLanguage() throws Exception {
        String man = invite("Гончар Александр Викторович");
        String woman = invite("Гончар Алеся Викторовна");
        assertThat(page(get("/rsvp/" + man), 200).getElementById("rsvp-greeting").text()).isEqualTo("Уважаемый Александр Викторович!");
        assertThat(page(get("/rsvp/" + woman), 200).getElementById("rsvp-greeting").text()).isEqualTo("Уважаемая Алеся Викторовна!");
        assertThat(page(get("/rsvp/" + woman).param("lang", "be"), 200).getElementById("rsvp-greeting").text())
                .isEqualTo("Паважаная Алеся Викторовна!");
        assertThat(page(get("/rsvp/" + man), 200).text()).doesNotContain("(ая)");
    }

    @Test
    void showsVenueAddressWithAMapLinkAndTheSiteOnlyForTheVideoconference() throws Exception {
        Document ru = page(get("/rsvp/" + invite("Картов Пётр Иванович")), 200);
        assertThat(ru.getElementById("rsvp-address").text()).isEqualTo(address);
        assertThat(ru.getElementById("rsvp-map").attr("href"))
                .isEqualTo("https://www.openstreetmap.org/search?query=" + URLEncoder.encode(address, StandardCharsets.UTF_8));
        assertThat(ru.getElementById("rsvp-time").text()).isEqualTo("10:00–13:30");
        // nothing answered yet reads so, not as the state of the letter
        assertThat(ru.getElementById("rsvp-state").text()).isEqualTo("Вы ещё не ответили").doesNotContain("открыто");
        // the site choice and the deputy fields are revealed by their answers (CSS, no script): marked for it
        assertThat(ru.select(".reveal-remote #siteId")).hasSize(1);
        assertThat(ru.select(".reveal-delegate #deputyName")).hasSize(1);
        assertThat(ru.select(".reveal-delegate #siteId, .reveal-remote #deputyName")).isEmpty();
        assertThat(ru.select("#siteId option[selected]").attr("value")).isEqualTo(String.valueOf(lidaSite));
        Document en = page(get("/rsvp/" + invite("Mapov Piotr Ivanovich")).param("lang", "en"), 200);
        assertThat(en.getElementById("rsvp-address").text()).isEqualTo("2 Checking St, Hrodna");
        assertThat(en.getElementById("rsvp-venue").text()).contains("Answers Hall");
    }

    @Test
    void anAnswerReadsAsTheOfficialsOwn() throws Exception {
        String token = invite("Ответов Сергей Петрович");
        mvc.perform(post("/rsvp/" + token).param("choice", "REMOTE").param("siteId", "" + lidaSite))
                .andExpect(status().is3xxRedirection());
        Document ru = page(get("/rsvp/" + token + "?saved=ACCEPTED_REMOTE"), 200);
        assertThat(ru.getElementById("rsvp-state").text()).isEqualTo("Вы ответили: буду на площадке ВКС: Лидский район");
        assertThat(ru.select(".flash.ok").text()).isEqualTo("Спасибо! Вы зарегистрированы на площадке ВКС.");
        // the form shows the answer given
        assertThat(ru.getElementById("choice-remote").hasAttr("checked")).isTrue();
        mvc.perform(post("/rsvp/" + token).param("choice", "DECLINE")).andExpect(status().is3xxRedirection());
        assertThat(page(get("/rsvp/" + token).param("lang", "en"), 200).getElementById("rsvp-state").text())
                .isEqualTo("You answered: I cannot come");
    }

    @Test
    void theWaitingListIsAWarningNotASuccess() throws Exception {
        rsvp.setCapacity(seminar, 1);
        String first = invite("Первый Иван Иванович");
        String second = invite("Вторая Мария Ивановна");
        mvc.perform(post("/rsvp/" + first).param("choice", "IN_PERSON")).andExpect(status().is3xxRedirection());
        String to = mvc.perform(post("/rsvp/" + second).param("choice", "IN_PERSON")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(to).endsWith("?saved=WAITING");
        assertThat(state(second)).isEqualTo("WAITING");
        Document waiting = page(get(to), 200);
        assertThat(waiting.select(".flash.ok")).isEmpty();
        assertThat(waiting.select(".flash.warn").attr("id")).isEqualTo("rsvp-waiting");
        assertThat(waiting.getElementById("rsvp-waiting").text()).startsWith("Вы в листе ожидания: все места в зале заняты.")
                .contains("сообщим вам письмом");
        assertThat(waiting.getElementById("rsvp-state").text()).isEqualTo("Вы ответили: приду лично — вы в листе ожидания");
        assertThat(page(get(to).param("lang", "en"), 200).getElementById("rsvp-waiting").text())
                .startsWith("You are on the waiting list");
        // the one with the seat sees no warning
        Document seated = page(get("/rsvp/" + first + "?saved=ACCEPTED_IN_PERSON"), 200);
        assertThat(seated.select(".flash.warn")).isEmpty();
        assertThat(seated.select(".flash.ok").text()).isEqualTo("Спасибо! Вы зарегистрированы как очный участник.");
    }

    @Test
    void anEmptyDelegationSaysWhatIsMissingAndKeepsTheChoice() throws Exception {
        String token = invite("Пустов Олег Олегович");
        Document empty = page(post("/rsvp/" + token).param("choice", "DELEGATE").param("deputyName", " ")
                .param("deputyPosition", "").param("deputyEmail", ""), 400);
        assertThat(empty.getElementById("choice-delegate").hasAttr("checked")).isTrue();
        assertThat(empty.select("#deputy-fields .error").text())
                .isEqualTo("Выберите заместителя из списка или укажите его ФИО и адрес электронной почты.");
        assertThat(empty.getElementById("deputyName").attr("aria-invalid")).isEqualTo("true");
        // a name without a valid address: both typed values come back, the address is marked
        Document typed = page(post("/rsvp/" + token).param("choice", "DELEGATE").param("deputyName", "Замов Игорь Игоревич")
                .param("deputyPosition", "Заместитель председателя").param("deputyEmail", "zamov-at-lida"), 400);
        assertThat(typed.getElementById("deputyName").val()).isEqualTo("Замов Игорь Игоревич");
        assertThat(typed.getElementById("deputyPosition").val()).isEqualTo("Заместитель председателя");
        assertThat(typed.getElementById("deputyEmail").val()).isEqualTo("zamov-at-lida");
        assertThat(typed.getElementById("deputyEmail").attr("aria-invalid")).isEqualTo("true");
        assertThat(typed.getElementById("choice-delegate").hasAttr("checked")).isTrue();
        // no answer at all
        Document none = page(post("/rsvp/" + token).param("lang", "en"), 400);
        assertThat(none.getElementById("choice-error").text()).isEqualTo("Choose one of the answers.");
        assertThat(state(token)).isIn("SENT", "OPENED");
    }

    @Test
    void aDeputyFromAnotherOrganisationIsRefusedInTheUsersLanguage() throws Exception {
        String token = invite("Своих Антон Антонович");
        long elsewhere = TestData.official(jdbc, TestData.organisation(jdbc, "Брестский областной исполнительный комитет"),
                "Чужой Брестский", TestData.unique("brest") + "@brest.example");
        Document ru = page(post("/rsvp/" + token).param("choice", "DELEGATE").param("delegateOfficialId", "" + elsewhere), 400);
        assertThat(ru.select("#deputy-fields .error").text())
                .isEqualTo("Заместителя можно выбрать только из сотрудников вашей организации.");
        Document be = page(post("/rsvp/" + token).param("lang", "be").param("choice", "DELEGATE")
                .param("delegateOfficialId", "" + elsewhere), 400);
        assertThat(be.select("#deputy-fields .error").text()).isEqualTo("Намесніка можна выбраць толькі з супрацоўнікаў вашай арганізацыі.");
        // typed in, with the address of someone in another organisation
        String elsewhereEmail = jdbc.sql("select email from official where id = :id").param("id", elsewhere).query(String.class).single();
        Document en = page(post("/rsvp/" + token).param("lang", "en").param("choice", "DELEGATE").param("deputyName", "Alien Deputy")
                .param("deputyEmail", elsewhereEmail), 400);
        assertThat(en.select("#deputy-fields .error").text())
                .isEqualTo("This address belongs to someone in another organisation: a deputy can only be sent from your own.");
        assertThat(en.getElementById("deputyName").val()).isEqualTo("Alien Deputy");
        assertThat(state(token)).isIn("SENT", "OPENED");
        assertThat(jdbc.sql("select count(*) from invitation where seminar_id = :s and official_id = :o")
                .param("s", seminar).param("o", elsewhere).query(Long.class).single()).isZero();
    }

    @Test
    void afterTheStartTheClosedPageWithTheDetailsAndNoForm() throws Exception {
        String token = invite("Опоздалов Виктор Викторович");
        mvc.perform(post("/rsvp/" + token).param("choice", "REMOTE").param("siteId", "" + lidaSite))
                .andExpect(status().is3xxRedirection());
        fixture.startInThePast(jdbc);
        Document closed = page(get("/rsvp/" + token), 200);
        assertThat(closed.getElementById("rsvp-closed").text()).isEqualTo("Приём ответов закрыт: семинар уже начался. Ниже — его данные и ваш ответ.");
        assertThat(closed.select("form#rsvp-form, input[name=choice]")).isEmpty();
        assertThat(closed.getElementById("rsvp-address").text()).isEqualTo(address);
        assertThat(closed.getElementById("rsvp-link-policy").text()).contains("районных площадках ВКС");
        assertThat(closed.getElementById("rsvp-state").text()).isEqualTo("Вы ответили: буду на площадке ВКС: Лидский район");
        assertThat(closed.getElementById("rsvp-date").text()).isNotEqualTo("—");
        // an answer after the start, valid or not: the same page, 200, nothing stored
        Document posted = page(post("/rsvp/" + token).param("choice", "DECLINE"), 200);
        assertThat(posted.getElementById("rsvp-closed")).isNotNull();
        assertThat(posted.select(".flash.error, .error")).isEmpty();
        Document garbage = page(post("/rsvp/" + token).param("choice", "MAYBE").param("siteId", "abc").param("lang", "en"), 200);
        assertThat(garbage.getElementById("rsvp-closed").text()).startsWith("Answers are closed");
        assertThat(state(token)).isEqualTo("ACCEPTED_REMOTE");
        // forged links still find nothing
        mvc.perform(post("/rsvp/" + token.substring(0, token.length() - 2) + "xx").param("choice", "DECLINE"))
                .andExpect(status().isNotFound());
    }
}

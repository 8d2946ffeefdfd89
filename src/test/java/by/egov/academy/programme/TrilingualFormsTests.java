package by.egov.academy.programme;

import java.util.LinkedHashMap;
import java.util.Map;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Saving a seminar's texts in one language never clears another: each form of the seminar page (details, outcome,
 * a talk's titles) and the API, submitted in Russian, Belarusian or English alone, leaves the other two as they were;
 * the page's own forms posted back unchanged change nothing; an explicitly emptied field is cleared.
 */
@IntegrationTest
class TrilingualFormsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    MockHttpSession office;
    long seminar;
    long talk;
    long host;

    @BeforeEach
    void setUp() throws Exception {
        office = Sessions.admin(mvc);
        host = TestData.territory(jdbc, "BY-VI");
        String body = mvc.perform(post("/api/v1/seminars").with(httpBasic("admin", Sessions.ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"hostTerritoryId":%d,"titleRu":"Семинар %s","titleBe":"Семінар BE","titleEn":"Seminar EN",
                         "start":"2033-04-05T10:00","end":"2033-04-05T15:00",
                         "audienceRu":"Аудитория RU","audienceBe":"Аўдыторыя BE","audienceEn":"Audience EN"}
                        """.formatted(host, TestData.unique("")))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        seminar = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(put("/api/v1/seminars/{id}/outcome", seminar).with(httpBasic("admin", Sessions.ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcomeRu\":\"Итоги RU\",\"outcomeBe\":\"Вынікі BE\",\"outcomeEn\":\"Outcome EN\"}"))
                .andExpect(status().isOk());
        talk = jdbc.sql("""
                        insert into talk (seminar_id, kind, title_ru, title_be, title_en, starts_at, ends_at)
                        values (:s, 'DISCUSSION', 'Обсуждение RU', 'Абмеркаванне BE', 'Discussion EN',
                                timestamptz '2033-04-05 10:00 Europe/Minsk', timestamptz '2033-04-05 11:00 Europe/Minsk')
                        returning id
                        """).param("s", seminar).query(Long.class).single();
    }

    private Map<String, String> row() {
        return jdbc.sql("""
                        select s.title_ru, s.title_be, s.title_en, s.audience_ru, s.audience_be, s.audience_en,
                               s.outcome_ru, s.outcome_be, s.outcome_en, t.title_ru as talk_ru, t.title_be as talk_be,
                               t.title_en as talk_en
                        from seminar s join talk t on t.seminar_id = s.id where s.id = :s
                        """).param("s", seminar).query((rs, n) -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        m.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
                    }
                    return m;
                }).single();
    }

    private void send(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.session(office).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ru", "Be", "En"})
    void eachFormInOneLanguageKeepsTheOtherTwo(String lang) throws Exception {
        Map<String, String> before = row();
        // details: the title and audience of one language only (Russian title is required, so it is always sent)
        var details = post("/manage/seminars/{id}", seminar).param("hostTerritoryId", "" + host)
                .param("start", "2033-04-05T10:00").param("end", "2033-04-05T15:00")
                .param("titleRu", lang.equals("Ru") ? "Новое название" : before.get("title_ru"))
                .param("audience" + lang, "Новая аудитория " + lang);
        if (!lang.equals("Ru")) {
            details.param("title" + lang, "New title " + lang);
        }
        send(details);
        send(post("/manage/seminars/{id}/outcome", seminar).param("outcome" + lang, "Новые итоги " + lang));
        var titles = post("/manage/talks/{t}", talk).param("title" + lang, "Новое обсуждение " + lang);
        send(titles);

        Map<String, String> after = row();
        String l = lang.toLowerCase();
        for (String other : new String[]{"ru", "be", "en"}) {
            if (other.equals(l)) {
                continue;
            }
            assertThat(after.get("audience_" + other)).as("audience " + other).isEqualTo(before.get("audience_" + other));
            assertThat(after.get("outcome_" + other)).as("outcome " + other).isEqualTo(before.get("outcome_" + other));
            assertThat(after.get("talk_" + other)).as("talk title " + other).isEqualTo(before.get("talk_" + other));
            if (!other.equals("ru")) {
                assertThat(after.get("title_" + other)).as("title " + other).isEqualTo(before.get("title_" + other));
            }
        }
        assertThat(after.get("audience_" + l)).isEqualTo("Новая аудитория " + lang);
        assertThat(after.get("outcome_" + l)).isEqualTo("Новые итоги " + lang);
        assertThat(after.get("talk_" + l)).isEqualTo("Новое обсуждение " + lang);
    }

    @Test
    void thePagesOwnFormsPostedBackChangeNothing() throws Exception {
        Map<String, String> before = row();
        for (String lang : new String[]{"ru", "be", "en"}) {
            String html = mvc.perform(get("/manage/seminars/{id}", seminar).param("lang", lang).session(office))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            var page = Jsoup.parse(html);
            for (String form : new String[]{"details-form", "outcome-form"}) {
                Element f = page.getElementById(form);
                assertThat(f).as(form).isNotNull();
                var request = post(f.attr("action"));
                for (Element field : f.select("input[name], textarea[name], select[name]")) {
                    if (field.attr("name").equals("_csrf")) {
                        continue;
                    }
                    String value = field.tagName().equals("textarea") ? field.wholeText()
                            : field.tagName().equals("select") ? field.select("option[selected]").attr("value")
                            : field.val();
                    request.param(field.attr("name"), value);
                }
                send(request);
            }
            // every language of every text is on the form, side by side
            for (String name : new String[]{"titleRu", "titleBe", "titleEn", "audienceRu", "audienceBe", "audienceEn",
                    "outcomeRu", "outcomeBe", "outcomeEn"}) {
                assertThat(page.select("[name=" + name + "]")).as(name + " on the page in " + lang).isNotEmpty();
            }
        }
        assertThat(row()).isEqualTo(before);
    }

    @Test
    void anEmptiedFieldIsClearedAndTheApiKeepsWhatItIsNotSent() throws Exception {
        send(post("/manage/seminars/{id}/outcome", seminar).param("outcomeEn", ""));
        assertThat(row().get("outcome_en")).isNull();
        assertThat(row().get("outcome_be")).isEqualTo("Вынікі BE");
        // a script that sends the Russian texts only
        mvc.perform(put("/api/v1/seminars/{id}", seminar).with(httpBasic("admin", Sessions.ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"hostTerritoryId":%d,"titleRu":"Только по-русски","start":"2033-04-05T10:00","end":"2033-04-05T15:00",
                         "audienceRu":"Только RU"}
                        """.formatted(host))).andExpect(status().isOk());
        Map<String, String> after = row();
        assertThat(after.get("title_be")).isEqualTo("Семінар BE");
        assertThat(after.get("title_en")).isEqualTo("Seminar EN");
        assertThat(after.get("audience_be")).isEqualTo("Аўдыторыя BE");
        assertThat(after.get("audience_en")).isEqualTo("Audience EN");
        assertThat(after.get("audience_ru")).isEqualTo("Только RU");
    }
}

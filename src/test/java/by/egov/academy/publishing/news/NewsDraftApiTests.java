package by.egov.academy.publishing.news;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The news item and announcement drafts over the API are what the editor page writes: the demo Grodno seminar's
 * Russian item (title and lead as the page stores them), Belarusian and English; an edited text kept unless
 * confirmed; unknown language 400; the page's callers only.
 */
@IntegrationTest
class NewsDraftApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NewsDrafts drafts;

    final RequestPostProcessor admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
    final RequestPostProcessor grodno = httpBasic("grodno", Sessions.DEMO_PASSWORD);
    final RequestPostProcessor brest = httpBasic("brest", Sessions.DEMO_PASSWORD);

    private JsonNode call(MockHttpServletRequestBuilder request, int expected) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(request + " → " + body).isEqualTo(expected);
        return body.isEmpty() ? null : JSON.readTree(body);
    }

    private static String lead(String body) {
        int end = body.indexOf("\n\n");
        return end < 0 ? body : body.substring(0, end);
    }

    private String stored(long seminar, String kind, String language, String column) {
        return jdbc.sql("select " + column + " from news_item where seminar_id = :s and kind = :k and language = :l")
                .param("s", seminar).param("k", kind).param("l", language).query(String.class).single();
    }

    private long seminar(String status) throws Exception {
        String created = mvc.perform(post("/api/v1/seminars").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"hostTerritoryId":%d,"titleRu":"%s","start":"2019-05-14T10:00","end":"2019-05-14T14:00"}
                        """.formatted(TestData.territory(jdbc, "BY-HR"), TestData.unique("API новости "))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JSON.readTree(created).get("id").asLong();
        jdbc.sql("update seminar set status = :st where id = :id").param("st", status).param("id", id).update();
        return id;
    }

    @Test
    void theGrodnoDraftIsWhatTheEditorPageWrites() throws Exception {
        long demo = TestData.demoGrodnoSeminar(jdbc);
        // the editor page writes the Russian item (an earlier edit of another test let go)…
        MockHttpSession session = Sessions.admin(mvc);
        mvc.perform(post("/manage/seminars/{id}/news/generate", demo).session(session).with(csrf()).param("language", "ru")
                .param("confirm", "true")).andExpect(status().is3xxRedirection());
        String pageTitle = stored(demo, "NEWS", "ru", "generated_title");
        String pageBody = stored(demo, "NEWS", "ru", "generated_body");

        // …and the API writes the same
        JsonNode ru = call(post("/api/v1/seminars/{id}/news/drafts", demo).with(admin).param("lang", "ru").param("confirm", "true"), 200);
        assertThat(ru.get("kind").asString()).isEqualTo("NEWS");
        assertThat(ru.get("language").asString()).isEqualTo("ru");
        assertThat(ru.get("status").asString()).isEqualTo("DRAFT");
        assertThat(ru.get("title").asString()).isEqualTo(pageTitle).isEqualTo(drafts.news(demo, Locale.forLanguageTag("ru")).title())
                .startsWith("Состоялся первый семинар цикла региональных семинаров");
        assertThat(ru.get("lead").asString()).isEqualTo(lead(pageBody))
                .startsWith("8 сентября 2017 г. Министерством связи и информатизации совместно с Гродненским областным")
                .doesNotContain("\n");
        assertThat(ru.get("body").asString()).isEqualTo(pageBody).contains("Представители 16 районов Гродненской области");
        assertThat(ru.get("missing").size()).isZero();
        assertThat(stored(demo, "NEWS", "ru", "generated_body")).isEqualTo(pageBody);

        // Belarusian and English, the coordinator of the host oblast writing too
        JsonNode be = call(post("/api/v1/seminars/{id}/news/drafts", demo).with(grodno).param("lang", "be").param("confirm", "true"), 200);
        assertThat(be.get("title").asString()).startsWith("Адбыўся першы семінар цыкла");
        assertThat(be.get("body").asString()).contains("Прадстаўнікі 16 раёнаў Гродзенскай вобласці");
        assertThat(be.get("lead").asString()).isEqualTo(lead(be.get("body").asString()));
        JsonNode en = call(post("/api/v1/seminars/{id}/news/drafts", demo).with(admin).param("lang", "en").param("confirm", "true")
                .header("Accept-Language", "en"), 200);
        assertThat(en.get("title").asString()).isEqualTo("The first seminar of the cycle of regional seminars on developing "
                + "e-government technologies for the heads of local executive bodies took place in Grodno");
        assertThat(en.get("title").asString()).isEqualTo(stored(demo, "NEWS", "en", "generated_title"));
        for (JsonNode m : en.get("missing")) {
            assertThat(m.get("text").asString()).doesNotStartWith("news.missing");
        }

        // a held seminar has no announcement to write any more
        call(post("/api/v1/seminars/{id}/announcements/drafts", demo).with(admin).param("lang", "ru"), 409);
    }

    @Test
    void unknownLanguageIs400AndOnlyThePagesCallersWrite() throws Exception {
        long demo = TestData.demoGrodnoSeminar(jdbc);
        JsonNode de = call(post("/api/v1/seminars/{id}/news/drafts", demo).with(admin).param("lang", "de")
                .header("Accept-Language", "en"), 400);
        assertThat(de.get("detail").asString()).isEqualTo("The language “de” is not supported: use ru, be or en.");
        assertThat(de.get("errors").get(0).get("field").asString()).isEqualTo("lang");
        call(post("/api/v1/seminars/{id}/announcements/drafts", demo).with(admin).param("lang", "RU"), 400);
        call(post("/api/v1/seminars/{id}/news/drafts", demo).with(brest).param("lang", "ru"), 403);
        call(post("/api/v1/seminars/{id}/news/drafts", demo).with(csrf()).param("lang", "ru"), 401);
        call(post("/api/v1/seminars/{id}/news/drafts", 999999999L).with(admin).param("lang", "ru"), 404);
        call(post("/api/v1/seminars/{id}/news/drafts", demo).with(admin).param("lang", "ru").param("confirm", "perhaps"), 400);
    }

    @Test
    void anEditedTextIsKeptUnlessConfirmedAndAnnouncementsOfAnnouncedSeminars() throws Exception {
        long held = seminar("HELD");
        JsonNode first = call(post("/api/v1/seminars/{id}/news/drafts", held).with(grodno).param("lang", "ru"), 200);
        assertThat(first.get("missing").size()).isPositive();
        java.util.List<String> codes = new java.util.ArrayList<>();
        first.get("missing").forEach(m -> codes.add(m.get("code").asString()));
        assertThat(codes).contains("venue");
        MockHttpSession session = Sessions.demo(mvc, "grodno");
        mvc.perform(post("/manage/seminars/{id}/news", held).session(session).with(csrf()).param("language", "ru")
                .param("title", "Семинар прошёл").param("body", "Правка редактора.")).andExpect(status().is3xxRedirection());
        JsonNode kept = call(post("/api/v1/seminars/{id}/news/drafts", held).with(grodno).param("lang", "ru")
                .header("Accept-Language", "en"), 409);
        assertThat(kept.get("errors").get(0).get("field").asString()).isEqualTo("confirm");
        assertThat(stored(held, "NEWS", "ru", "edited_body")).isEqualTo("Правка редактора.");
        JsonNode regenerated = call(post("/api/v1/seminars/{id}/news/drafts", held).with(grodno).param("lang", "ru")
                .param("confirm", "true"), 200);
        assertThat(regenerated.get("status").asString()).isEqualTo("DRAFT");
        assertThat(regenerated.get("title").asString()).isEqualTo(first.get("title").asString());

        // an announcement is written for an announced seminar; a news item only once it is held
        long announced = seminar("ANNOUNCED");
        call(post("/api/v1/seminars/{id}/news/drafts", announced).with(admin).param("lang", "ru"), 409);
        JsonNode announcement = call(post("/api/v1/seminars/{id}/announcements/drafts", announced).with(grodno).param("lang", "en"), 200);
        assertThat(announcement.get("kind").asString()).isEqualTo("ANNOUNCEMENT");
        assertThat(announcement.get("title").asString()).isNotBlank();
        assertThat(announcement.get("body").asString()).startsWith(announcement.get("lead").asString());
        assertThat(stored(announced, "ANNOUNCEMENT", "en", "generated_title")).isEqualTo(announcement.get("title").asString());
    }
}

package by.egov.academy.publishing.news;

import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Draft → edited → published, who may do what, and the public pages, feed and API. */
@IntegrationTest
class NewsFlowTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /** A held seminar of Grodno oblast with nothing but its date: the draft leaves most sentences out. */
    long heldSeminar(MockHttpSession admin) throws Exception {
        long cycle = jdbc.sql("select min(id) from cycle").query(Long.class).single();
        String created = mvc.perform(post("/api/v1/seminars").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"%s","start":"2019-05-14T10:00","end":"2019-05-14T14:00"}
                                """.formatted(cycle, TestData.territory(jdbc, "BY-HR"), TestData.unique("Семинар новостей "))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        jdbc.sql("update seminar set status = 'HELD' where id = :id").param("id", id).update();
        return id;
    }

    String itemStatus(long seminar, String language) {
        return jdbc.sql("select status from news_item where seminar_id = :s and language = :l and kind = 'NEWS'")
                .param("s", seminar).param("l", language).query(String.class).single();
    }

    @Test
    void coordinatorDraftsAndEditsTheProgrammeOfficePublishes() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        MockHttpSession grodno = Sessions.demo(mvc, "grodno");
        long s = heldSeminar(admin);

        mvc.perform(post("/manage/seminars/{id}/news/generate", s).param("language", "ru").session(grodno).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(itemStatus(s, "ru")).isEqualTo("DRAFT");
        mvc.perform(get("/manage/seminars/{id}/news", s).session(grodno)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("14 мая 2019 г.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("место проведения")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("null"))));

        mvc.perform(post("/manage/seminars/{id}/news", s).param("language", "ru").session(grodno).with(csrf())
                .param("title", "Семинар прошёл").param("body", "Первый абзац.\n\nВторой абзац правки."))
                .andExpect(status().is3xxRedirection());
        assertThat(itemStatus(s, "ru")).isEqualTo("EDITED");

        // regenerating would overwrite the edit: refused until confirmed, and the edit stays
        mvc.perform(post("/manage/seminars/{id}/news/generate", s).param("language", "ru").session(grodno).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Второй абзац правки.")));
        assertThat(jdbc.sql("select edited_body from news_item where seminar_id = :s").param("s", s).query(String.class).single())
                .contains("Второй абзац правки.");

        // another oblast's coordinator sees nothing; the coordinator may not publish
        mvc.perform(get("/manage/seminars/{id}/news", s).session(Sessions.demo(mvc, "brest"))).andExpect(status().isForbidden());
        mvc.perform(post("/manage/seminars/{id}/news/publish", s).param("confirmMatches", "true").param("language", "ru").session(grodno).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/news/{id}", s)).andExpect(status().isNotFound());

        mvc.perform(post("/manage/seminars/{id}/news/publish", s).param("confirmMatches", "true").param("language", "ru").session(admin).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(itemStatus(s, "ru")).isEqualTo("PUBLISHED");
        mvc.perform(get("/news/{id}", s)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Второй абзац правки.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/seminars/" + s)));
        mvc.perform(get("/news")).andExpect(content().string(org.hamcrest.Matchers.containsString("Семинар прошёл")));
        mvc.perform(get("/api/v1/seminars/{id}/news", s).param("lang", "ru")).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Семинар прошёл")).andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(get("/api/v1/seminars/{id}/news", s).param("lang", "be")).andExpect(status().isNotFound());
        mvc.perform(get("/news/{id}", s).param("lang", "be")).andExpect(status().isNotFound());

        // confirmed regeneration replaces the edit; the published copy stays until published again
        mvc.perform(post("/manage/seminars/{id}/news/generate", s).param("language", "ru").session(grodno).with(csrf()).param("confirm", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(itemStatus(s, "ru")).isEqualTo("DRAFT");
        mvc.perform(get("/api/v1/seminars/{id}/news", s).param("lang", "ru").session(grodno))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.body").value(org.hamcrest.Matchers.containsString("14 мая 2019 г.")));
        mvc.perform(get("/news/{id}", s)).andExpect(content().string(org.hamcrest.Matchers.containsString("Второй абзац правки.")));
    }

    String requestedBy(long seminar, String language) {
        return jdbc.sql("select requested_by from news_item where seminar_id = :s and language = :l and kind = 'NEWS'")
                .param("s", seminar).param("l", language).query(String.class).optional().orElse(null);
    }

    /**
     * The host oblast's coordinator writes and edits, asks for publication; the programme office sees the request,
     * returns it with a comment, the coordinator changes the text and asks again, the office publishes. Another
     * oblast's coordinator can do none of it.
     */
    @Test
    void coordinatorAsksTheProgrammeOfficeReturnsThenPublishes() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        MockHttpSession grodno = Sessions.demo(mvc, "grodno");
        MockHttpSession brest = Sessions.demo(mvc, "brest");
        long s = heldSeminar(admin);
        String title = jdbc.sql("select title_ru from seminar where id = :id").param("id", s).query(String.class).single();
        mvc.perform(post("/manage/seminars/{id}/news/generate", s).param("language", "be").session(grodno).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/manage/seminars/{id}/news", s).param("language", "be").session(grodno).with(csrf())
                .param("title", "Адбыўся семінар").param("body", "Першы абзац.")).andExpect(status().is3xxRedirection());

        // only the host oblast's staff may ask; the coordinator still may not publish
        mvc.perform(post("/manage/seminars/{id}/news/request", s).param("language", "be").session(brest).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/manage/news").session(grodno)).andExpect(status().isForbidden());
        mvc.perform(get("/manage/seminars/{id}/news", s).param("language", "be").session(grodno))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"news-request-publication\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"news-publish\""))));
        mvc.perform(post("/manage/seminars/{id}/news/request", s).param("language", "be").session(grodno).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(requestedBy(s, "be")).isEqualTo("grodno");
        mvc.perform(post("/manage/seminars/{id}/news/publish", s).param("confirmMatches", "true").param("language", "be").session(grodno).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/manage/seminars/{id}/news/return", s).param("language", "be").session(grodno).with(csrf())
                .param("comment", "Сам сабе")).andExpect(status().isForbidden());

        // the office sees the request in its list and on the item's page
        mvc.perform(get("/manage/news").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(title)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Адбыўся семінар")));
        mvc.perform(get("/manage/seminars/{id}/news", s).param("language", "be").session(admin))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Публикация запрошена: grodno")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"news-return\"")));

        // returning needs a comment; the form keeps what was typed elsewhere and marks the field
        mvc.perform(post("/manage/seminars/{id}/news/return", s).param("language", "be").session(admin).with(csrf())
                        .param("comment", "   "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Комментарий обязателен")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("aria-invalid=\"true\"")));
        assertThat(requestedBy(s, "be")).isEqualTo("grodno");
        mvc.perform(post("/manage/seminars/{id}/news/return", s).param("language", "be").session(admin).with(csrf())
                .param("comment", "Дадайце колькасць удзельнікаў.")).andExpect(status().is3xxRedirection());
        assertThat(requestedBy(s, "be")).isNull();
        assertThat(itemStatus(s, "be")).isEqualTo("EDITED");
        mvc.perform(get("/manage/news").session(admin))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Адбыўся семінар"))));
        // nothing to return twice
        mvc.perform(post("/manage/seminars/{id}/news/return", s).param("language", "be").session(admin).with(csrf())
                .param("comment", "Яшчэ раз")).andExpect(status().isConflict());
        mvc.perform(get("/manage/seminars/{id}/news", s).param("language", "be").session(grodno))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Дадайце колькасць удзельнікаў.")));

        // asking again; a change by the coordinator after asking takes the request back
        mvc.perform(post("/manage/seminars/{id}/news/request", s).param("language", "be").session(grodno).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/manage/seminars/{id}/news", s).param("language", "be").session(grodno).with(csrf())
                .param("title", "Адбыўся семінар").param("body", "Першы абзац.\n\nПрыйшлі 40 чалавек.")).andExpect(status().is3xxRedirection());
        assertThat(requestedBy(s, "be")).isNull();
        mvc.perform(post("/manage/seminars/{id}/news/request", s).param("language", "be").session(grodno).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // the office's own correction keeps the request
        mvc.perform(post("/manage/seminars/{id}/news", s).param("language", "be").session(admin).with(csrf())
                .param("title", "Адбыўся семінар").param("body", "Першы абзац.\n\nПрыйшлі 40 чалавек з раёнаў.")).andExpect(status().is3xxRedirection());
        assertThat(requestedBy(s, "be")).isEqualTo("grodno");
        assertThat(jdbc.sql("select return_comment from news_item where seminar_id = :s and language = 'be'").param("s", s)
                .query(String.class).optional().orElse(null)).isNull();

        mvc.perform(post("/manage/seminars/{id}/news/publish", s).param("confirmMatches", "true").param("language", "be").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(itemStatus(s, "be")).isEqualTo("PUBLISHED");
        assertThat(requestedBy(s, "be")).isNull();
        mvc.perform(get("/news/{id}", s).param("lang", "be")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Прыйшлі 40 чалавек з раёнаў.")));
    }

    @Test
    void anEmptyItemCannotBeRequested() throws Exception {
        MockHttpSession grodno = Sessions.demo(mvc, "grodno");
        long s = heldSeminar(Sessions.admin(mvc));
        mvc.perform(post("/manage/seminars/{id}/news/request", s).param("language", "ru").session(grodno).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Пустую новость опубликовать нельзя")));
        mvc.perform(post("/manage/seminars/{id}/announcement/request", s).param("language", "xx").session(grodno).with(csrf()))
                .andExpect(status().isNotFound());
    }

    /** The editor's page lists an organisation whose English name is missing, linked to the organisation's form. */
    @Test
    void theEditorsPageLinksToAnOrganisationWithoutAnEnglishName() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        long s = heldSeminar(admin);
        String nameRu = TestData.unique("ООО «Без английского ") + "»";
        long organisation = jdbc.sql("insert into organisation (name_ru, category, territory_id) values (:n, 'PARTNER_IT_COMPANY', :t) returning id")
                .param("n", nameRu).param("t", TestData.territory(jdbc, "BY-HM")).query(Long.class).single();
        long expert = jdbc.sql("insert into expert (full_name, organisation_id) values ('Эксперт', :o) returning id")
                .param("o", organisation).query(Long.class).single();
        long talk = jdbc.sql("""
                insert into talk (seminar_id, kind, title_ru, starts_at, ends_at)
                values (:s, 'TALK', 'Доклад', timestamptz '2019-05-14 10:00+03', timestamptz '2019-05-14 11:00+03') returning id
                """).param("s", s).query(Long.class).single();
        jdbc.sql("insert into talk_speaker (talk_id, expert_id) values (:t, :e)").param("t", talk).param("e", expert).update();
        mvc.perform(post("/manage/seminars/{id}/news/generate", s).param("language", "en").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/manage/seminars/{id}/news", s).param("language", "en").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("нет английского названия организации")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/directory/organisations/" + organisation + "/edit")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Representatives of " + nameRu.replace('«', '“').replace('»', '”') + " took part as experts.")));
    }

    @Test
    void badInputIsRefusedWithItsMessageAndNothingIsLost() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        long s = heldSeminar(admin);
        mvc.perform(post("/manage/seminars/{id}/news/publish", s).param("confirmMatches", "true").param("language", "ru").session(admin).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Пустую новость опубликовать нельзя")));
        mvc.perform(post("/manage/seminars/{id}/news/generate", s).param("language", "ru").session(admin).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/manage/seminars/{id}/news", s).param("language", "ru").session(admin).with(csrf()).param("title", "Мой заголовок").param("body", "  "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Мой заголовок")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("aria-invalid=\"true\"")));
        assertThat(itemStatus(s, "ru")).isEqualTo("DRAFT");
        mvc.perform(post("/manage/seminars/{id}/news/generate", s).param("language", "xx").session(admin).with(csrf())).andExpect(status().isNotFound());
        jdbc.sql("update seminar set status = 'ANNOUNCED' where id = :id").param("id", s).update();
        mvc.perform(post("/manage/seminars/{id}/news/generate", s).param("language", "be").session(admin).with(csrf())).andExpect(status().isConflict());
    }

    @Test
    void theAtomFeedParsesBackWithRome() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        long s = heldSeminar(admin);
        mvc.perform(post("/manage/seminars/{id}/news/generate", s).param("language", "be").session(admin).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/manage/seminars/{id}/news/publish", s).param("confirmMatches", "true").param("language", "be").session(admin).with(csrf())).andExpect(status().is3xxRedirection());
        String xml = mvc.perform(get("/news/feed.atom").param("lang", "be")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andReturn().getResponse().getContentAsString();
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).isEqualTo("urn:egov-academy:news:be");
        Entry entry = feed.getEntries().stream().filter(e -> e.getId().equals("urn:egov-academy:news:" + s + ":be"))
                .findFirst().orElseThrow();
        assertThat(entry.getTitle()).startsWith("Адбыўся");
        assertThat(entry.getAlternateLinks().get(0).getHref()).endsWith("/news/" + s + "?lang=be&kind=NEWS");
        assertThat(entry.getContents().get(0).getValue()).contains("14 мая 2019 г.");
    }

    @Test
    void anAnnouncedSeminarGetsItsAnnouncement() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        long s = heldSeminar(admin);
        mvc.perform(post("/manage/seminars/{id}/announcement/generate", s).param("language", "ru").session(admin).with(csrf()))
                .andExpect(status().isConflict());
        jdbc.sql("update seminar set status = 'REGISTRATION_OPEN' where id = :id").param("id", s).update();
        mvc.perform(post("/manage/seminars/{id}/announcement/generate", s).param("language", "ru").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/manage/seminars/{id}/announcement/publish", s).param("confirmMatches", "true").param("language", "ru").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/news/{id}", s)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("14 мая 2019 г. в 10:00")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Регистрация открыта")));
        mvc.perform(get("/news")).andExpect(content().string(org.hamcrest.Matchers.containsString("kind=ANNOUNCEMENT")));
        mvc.perform(get("/api/v1/seminars/{id}/news", s).param("kind", "ANNOUNCEMENT"))
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(get("/news/{id}", s).param("kind", "BOGUS")).andExpect(status().isNotFound());
    }
}

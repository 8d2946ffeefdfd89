package by.egov.academy.programme.refdata;

import by.egov.academy.programme.topic.TopicCatalog;
import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Topics: the programme office keeps them in three languages, coordinators propose them, a used topic is
 * retired and never deleted, and no save loses a language it did not send.
 */
@IntegrationTest
class TopicTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RequestPostProcessor OFFICE = httpBasic("admin", Sessions.ADMIN_PASSWORD);
    private static final RequestPostProcessor GRODNO = httpBasic("grodno", Sessions.DEMO_PASSWORD);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TopicCatalog catalog;

    private long topic(String ru, String be, String en) {
        return jdbc.sql("insert into topic (code, name_ru, name_be, name_en) values (:c, :ru, :be, :en) returning id")
                .param("c", TestData.unique("T_").replace("-", "_")).param("ru", ru).param("be", be).param("en", en)
                .query(Long.class).single();
    }

    private String[] names(long id) {
        return jdbc.sql("select name_ru, name_be, name_en from topic where id = :id").param("id", id)
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}).single();
    }

    private JsonNode json(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        return JSON.readTree(r.andReturn().getResponse().getContentAsString());
    }

    @Test
    void officeCreatesAnApprovedTopicWithACodeMadeFromTheRussianName() throws Exception {
        String ru = TestData.unique("Цифровое ЖКХ ");
        JsonNode created = json(mvc.perform(post("/api/v1/topics").with(OFFICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nameRu\":\"%s\",\"nameBe\":\"Лічбавая ЖКГ\",\"nameEn\":\"Digital utilities\"}".formatted(ru)))
                .andExpect(status().isCreated()));
        assertThat(created.get("state").asString()).isEqualTo("APPROVED");
        assertThat(created.get("code").asString()).startsWith("TSIFROVOE_ZHKKH_").matches("[A-Z0-9_]+");
        // the same name again gets a code of its own
        JsonNode again = json(mvc.perform(post("/api/v1/topics").with(OFFICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nameRu\":\"%s\"}".formatted(ru))).andExpect(status().isCreated()));
        assertThat(again.get("code").asString()).isNotEqualTo(created.get("code").asString());
        // an explicit code that is taken: 409 naming the field
        mvc.perform(post("/api/v1/topics").with(OFFICE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameRu\":\"Другая\",\"code\":\"%s\"}".formatted(created.get("code").asString())))
                .andExpect(status().isConflict());
        assertThat(catalog.forNewTalks()).extracting(t -> t.id()).contains(created.get("id").asLong());
    }

    @Test
    void aCoordinatorProposesAndTheOfficeApprovesWithCorrectionsOrRejects() throws Exception {
        JsonNode proposed = json(mvc.perform(post("/api/v1/topics").with(GRODNO).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nameRu\":\"%s\",\"code\":\"MINE\"}".formatted(TestData.unique("Умный город "))))
                .andExpect(status().isCreated()));
        long id = proposed.get("id").asLong();
        assertThat(proposed.get("state").asString()).isEqualTo("PROPOSED");
        assertThat(proposed.get("proposedBy").asString()).isEqualTo("grodno");
        assertThat(proposed.get("code").asString()).isNotEqualTo("MINE"); // the code is the office's to choose
        assertThat(catalog.forNewTalks()).extracting(t -> t.id()).doesNotContain(id);
        // the coordinator cannot approve, reject, edit or delete
        mvc.perform(post("/api/v1/topics/{id}/approve", id).with(GRODNO)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/topics/{id}/reject", id).with(GRODNO)).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/topics/{id}", id).with(GRODNO).contentType(MediaType.APPLICATION_JSON).content("{\"nameEn\":\"x\"}"))
                .andExpect(status().isForbidden());
        MockHttpSession coordinator = Sessions.demo(mvc, "grodno");
        mvc.perform(post("/manage/topics/{id}/approve", id).session(coordinator).with(csrf()).param("nameRu", "Моя"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select state from topic where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("PROPOSED");
        // the office approves it on the topic page, adding the translations in the same step
        MockHttpSession office = Sessions.admin(mvc);
        mvc.perform(post("/manage/topics/{id}/approve", id).session(office).with(csrf())
                        .param("nameBe", "Разумны горад").param("nameEn", "Smart city"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select state from topic where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("APPROVED");
        assertThat(names(id)[1]).isEqualTo("Разумны горад");
        assertThat(catalog.forNewTalks()).extracting(t -> t.id()).contains(id);
        // an approved topic is retired, not rejected
        mvc.perform(post("/api/v1/topics/{id}/reject", id).with(OFFICE)).andExpect(status().isConflict());
        // another proposal is rejected
        String rejectedName = TestData.unique("Отклоняемая ");
        mvc.perform(post("/manage/topics/new").session(coordinator).with(csrf()).param("nameRu", rejectedName))
                .andExpect(status().is3xxRedirection());
        long other = jdbc.sql("select id from topic where name_ru = :n and proposed_by = 'grodno' and state = 'PROPOSED'")
                .param("n", rejectedName).query(Long.class).single();
        mvc.perform(post("/manage/topics/{id}/reject", other).session(office).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select state from topic where id = :id").param("id", other).query(String.class).single())
                .isEqualTo("REJECTED");
        // the coordinator sees proposals in the list; others do not see the pages at all
        mvc.perform(get("/manage/topics").param("state", "PROPOSED").session(coordinator)).andExpect(status().isOk());
        mvc.perform(get("/manage/topics").session(Sessions.demo(mvc, "lida"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/topics").with(httpBasic("expert", Sessions.DEMO_PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void aUsedTopicIsRetiredNotDeletedAndStaysOnOldTalks() throws Exception {
        long used = topic(TestData.unique("Используемая "), null, null);
        long talk = jdbc.sql("select min(id) from talk").query(Long.class).single();
        jdbc.sql("insert into talk_topic (talk_id, topic_id) values (:t, :p)").param("t", talk).param("p", used).update();
        String problem = mvc.perform(delete("/api/v1/topics/{id}", used).with(OFFICE).header("Accept-Language", "en"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(problem).contains("cannot be deleted");
        MockHttpSession office = Sessions.admin(mvc);
        mvc.perform(post("/manage/topics/{id}/delete", used).session(office).param("confirmed", "true").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from topic where id = :id").param("id", used).query(Long.class).single()).isOne();
        mvc.perform(post("/manage/topics/{id}/retire", used).session(office).param("confirmed", "true").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(catalog.forNewTalks()).extracting(t -> t.id()).doesNotContain(used);
        assertThat(catalog.byIds(java.util.List.of(used))).containsKey(used);
        assertThat(catalog.forTalk(java.util.List.of(used))).extracting(t -> t.id()).contains(used);
        assertThat(jdbc.sql("select count(*) from talk_topic where topic_id = :p").param("p", used).query(Long.class).single()).isOne();
        // hidden from the list unless asked for; brought back on request
        String list = mvc.perform(get("/api/v1/topics").with(OFFICE)).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("\"id\":" + used + ",");
        String all = mvc.perform(get("/api/v1/topics").param("includeRetired", "true").with(OFFICE)).andReturn().getResponse()
                .getContentAsString();
        assertThat(all).contains("\"id\":" + used + ",");
        mvc.perform(post("/api/v1/topics/{id}/unretire", used).with(OFFICE)).andExpect(status().isOk());
        assertThat(catalog.forNewTalks()).extracting(t -> t.id()).contains(used);
        // an unused one is deleted
        long unused = topic(TestData.unique("Ненужная "), null, null);
        mvc.perform(delete("/api/v1/topics/{id}", unused).with(OFFICE)).andExpect(status().isNoContent());
        assertThat(jdbc.sql("select count(*) from topic where id = :id").param("id", unused).query(Long.class).single()).isZero();
        jdbc.sql("delete from talk_topic where topic_id = :p").param("p", used).update();
    }

    @Test
    void theApiNeverClearsALanguageItDidNotSend() throws Exception {
        long id = topic("Тема", "Тэма", "Topic");
        mvc.perform(put("/api/v1/topics/{id}", id).with(OFFICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nameRu\":\"Тема 2\"}")).andExpect(status().isOk());
        assertThat(names(id)).containsExactly("Тема 2", "Тэма", "Topic");
        mvc.perform(put("/api/v1/topics/{id}", id).with(OFFICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nameBe\":\"Тэма 2\"}")).andExpect(status().isOk());
        assertThat(names(id)).containsExactly("Тема 2", "Тэма 2", "Topic");
        mvc.perform(put("/api/v1/topics/{id}", id).with(OFFICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nameEn\":\"Topic 2\"}")).andExpect(status().isOk());
        assertThat(names(id)).containsExactly("Тема 2", "Тэма 2", "Topic 2");
        // an empty value clears that language, and only that one
        mvc.perform(put("/api/v1/topics/{id}", id).with(OFFICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nameEn\":\"\"}")).andExpect(status().isOk());
        assertThat(names(id)).containsExactly("Тема 2", "Тэма 2", null);
    }

    @Test
    void theFormNeverClearsALanguageItDidNotSend() throws Exception {
        long id = topic("Тема", "Тэма", "Topic");
        MockHttpSession office = Sessions.admin(mvc);
        mvc.perform(post("/manage/topics/{id}", id).session(office).with(csrf()).param("nameRu", "Тема 3"))
                .andExpect(status().is3xxRedirection());
        assertThat(names(id)).containsExactly("Тема 3", "Тэма", "Topic");
        mvc.perform(post("/manage/topics/{id}", id).session(office).with(csrf()).param("nameBe", "Тэма 3"))
                .andExpect(status().is3xxRedirection());
        assertThat(names(id)).containsExactly("Тема 3", "Тэма 3", "Topic");
        mvc.perform(post("/manage/topics/{id}", id).session(office).with(csrf()).param("nameEn", "Topic 3"))
                .andExpect(status().is3xxRedirection());
        assertThat(names(id)).containsExactly("Тема 3", "Тэма 3", "Topic 3");
        mvc.perform(post("/manage/topics/{id}", id).session(office).with(csrf()).param("nameBe", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(names(id)).containsExactly("Тема 3", null, "Topic 3");
        // the page shows the three languages side by side
        String page = mvc.perform(get("/manage/topics/{id}", id).session(office)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"nameRu\"").contains("name=\"nameBe\"").contains("name=\"nameEn\"").contains("Topic 3");
    }

    @Test
    void badInputIsRefusedNamingTheFieldInTheUsersLanguageAndSavesNothing() throws Exception {
        String typed = TestData.unique("Набраная назва ");
        MockHttpSession office = Sessions.admin(mvc);
        String page = mvc.perform(post("/manage/topics/new").session(office).with(csrf())
                        .param("nameRu", " ").param("nameBe", typed).param("nameEn", "x".repeat(301)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"" + typed + "\"").contains("aria-invalid=\"true\"");
        String be = mvc.perform(post("/api/v1/topics").with(OFFICE).header("Accept-Language", "be")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nameRu\":\"\"}"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(be).contains("\"field\":\"nameRu\"").contains("рускай мове");
        String en = mvc.perform(post("/api/v1/topics").with(OFFICE).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nameRu\":\"%s\"}".formatted("я".repeat(301))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("\"field\":\"nameRu\"");
        String ru = mvc.perform(post("/api/v1/topics").with(OFFICE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameRu\":\"Тема\",\"code\":\"не код!\"}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(ru).contains("\"field\":\"code\"").contains("недопустимые");
        long id = topic("Тема", null, null);
        mvc.perform(put("/api/v1/topics/{id}", id).with(OFFICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nameRu\":\"  \"}")).andExpect(status().isUnprocessableContent());
        assertThat(names(id)[0]).isEqualTo("Тема");
        mvc.perform(get("/api/v1/topics/{id}", 987654321L).with(OFFICE)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/topics").param("state", "NONSENSE").with(OFFICE)).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from topic where name_be = :n or name_ru = 'Тема' and code like 'НЕ%'")
                .param("n", typed).query(Long.class).single()).isZero();
    }
}

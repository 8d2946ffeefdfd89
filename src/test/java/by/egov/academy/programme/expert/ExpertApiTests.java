package by.egov.academy.programme.expert;

import java.util.Map;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** The experts' REST API: CRUD, paging, partial languages, duplicates with the existing id, refusals named per field. */
@IntegrationTest
class ExpertApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    MockHttpSession admin;
    MockHttpSession coordinator;

    @BeforeEach
    void signIn() throws Exception {
        admin = Sessions.admin(mvc);
        coordinator = Sessions.demo(mvc, "brest");
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder b, MockHttpSession who, String body) throws Exception {
        b.session(who).with(csrf()).header("Accept-Language", "en");
        if (body != null) {
            b.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(b).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse r) throws Exception {
        return JSON.readTree(r.getContentAsString());
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select * from expert where id = :id").param("id", id).query().singleRow();
    }

    @Test
    void createReadListUpdateKeepingTheLanguagesNotSent() throws Exception {
        String name = TestData.unique("Апишников ");
        MockHttpServletResponse created = call(post("/api/v1/experts"), coordinator, """
                {"fullName":"%s","positionRu":"Директор","positionBe":"Дырэктар","positionEn":"Director",
                 "organisationId":%d,"email":"api@example.by","language":"en"}
                """.formatted(name, ExpertFixtures.ministry(jdbc)));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        long id = json(created).get("id").asLong();
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/experts/" + id);
        assertThat(json(created).get("organisationNameRu").asString()).isEqualTo(ExpertFixtures.MINISTRY);

        assertThat(json(call(get("/api/v1/experts/{id}", id), coordinator, null)).get("positionBe").asString()).isEqualTo("Дырэктар");
        JsonNode page = json(call(get("/api/v1/experts").param("q", name).param("size", "1"), coordinator, null));
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(id);

        MockHttpServletResponse updated = call(put("/api/v1/experts/{id}", id), coordinator,
                "{\"fullName\":\"%s\",\"positionEn\":\"Managing Director\"}".formatted(name));
        assertThat(updated.getStatus()).as(updated.getContentAsString()).isEqualTo(200);
        assertThat(row(id)).containsEntry("position", "Директор").containsEntry("position_be", "Дырэктар")
                .containsEntry("position_en", "Managing Director").containsEntry("email", "api@example.by");
    }

    @Test
    void aDuplicateIsAConflictCarryingTheExistingExpertsId() throws Exception {
        long organisation = ExpertFixtures.organisation(jdbc);
        String name = TestData.unique("Повторов ");
        long existing = ExpertFixtures.expert(jdbc, name, organisation);
        MockHttpServletResponse r = call(post("/api/v1/experts"), admin,
                "{\"fullName\":\"%s\",\"organisationId\":%d}".formatted(name.toLowerCase(), organisation));
        assertThat(r.getStatus()).isEqualTo(409);
        assertThat(json(r).get("existingExpertId").asLong()).isEqualTo(existing);
        assertThat(json(r).get("errors").get(0).get("field").asString()).isEqualTo("fullName");
        assertThat(json(r).get("detail").asString()).contains("already recorded (No. " + existing + ")");
    }

    @Test
    void badInputNamesTheFieldAndSavesNothing() throws Exception {
        String name = TestData.unique("Неверный ");
        MockHttpServletResponse tooLong = call(post("/api/v1/experts"), admin,
                "{\"fullName\":\"%s\",\"organisationId\":%d,\"positionEn\":\"%s\"}".formatted(name, ExpertFixtures.ministry(jdbc),
                        "x".repeat(501)));
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(json(tooLong).get("errors").get(0).get("field").asString()).isEqualTo("positionEn");
        assertThat(json(tooLong).get("errors").get(0).get("message").asString()).isEqualTo("Position (English): at most 500 characters.");

        MockHttpServletResponse unknown = call(post("/api/v1/experts"), admin,
                "{\"fullName\":\"%s\",\"organisationId\":987654321}".formatted(name));
        assertThat(unknown.getStatus()).isEqualTo(422);
        assertThat(json(unknown).get("errors").get(0).get("field").asString()).isEqualTo("organisationId");

        MockHttpServletResponse email = call(post("/api/v1/experts"), admin,
                "{\"fullName\":\"%s\",\"organisationId\":%d,\"email\":\"nobody at all\"}".formatted(name, ExpertFixtures.ministry(jdbc)));
        assertThat(email.getStatus()).isEqualTo(400);
        assertThat(json(email).get("errors").get(0).get("field").asString()).isEqualTo("email");

        MockHttpServletResponse category = call(post("/api/v1/experts"), admin,
                "{\"fullName\":\"%s\",\"newOrganisationNameRu\":\"Х\",\"newOrganisationCategory\":\"MINISTRY\"}".formatted(name));
        assertThat(category.getStatus()).isEqualTo(400);
        assertThat(json(category).get("errors").get(0).get("field").asString()).isEqualTo("newOrganisationCategory");

        MockHttpServletResponse russian = mvc.perform(post("/api/v1/experts").session(admin).with(csrf())
                .header("Accept-Language", "ru").contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\":\"\",\"organisationId\":1}")).andReturn().getResponse();
        assertThat(russian.getStatus()).isEqualTo(400);
        assertThat(json(russian).get("errors").get(0).get("message").asString()).isEqualTo("Укажите ФИО эксперта.");
        assertThat(jdbc.sql("select count(*) from expert where full_name = :n").param("n", name).query(Long.class).single()).isZero();
    }

    @Test
    void retireDeleteAndMergeAreTheProgrammeOfficesAndFollowTheRules() throws Exception {
        long organisation = ExpertFixtures.organisation(jdbc);
        long spoke = ExpertFixtures.expert(jdbc, TestData.unique("Говорящий "), organisation);
        long kept = ExpertFixtures.expert(jdbc, TestData.unique("Основной "), organisation);
        long unused = ExpertFixtures.expert(jdbc, TestData.unique("Лишний "), organisation);
        ExpertFixtures.talks(mvc, jdbc, admin, new long[]{spoke, kept});

        assertThat(call(post("/api/v1/experts/{id}/retire", spoke), coordinator, null).getStatus()).isEqualTo(403);
        assertThat(call(delete("/api/v1/experts/{id}", unused), coordinator, null).getStatus()).isEqualTo(403);
        assertThat(call(post("/api/v1/experts/{id}/merge", spoke), coordinator, "{\"into\":%d}".formatted(kept)).getStatus())
                .isEqualTo(403);

        assertThat(call(delete("/api/v1/experts/{id}", spoke), admin, null).getStatus()).isEqualTo(409);
        assertThat(call(delete("/api/v1/experts/{id}", unused), admin, null).getStatus()).isEqualTo(204);
        assertThat(call(get("/api/v1/experts/{id}", unused), admin, null).getStatus()).isEqualTo(404);

        MockHttpServletResponse missingInto = call(post("/api/v1/experts/{id}/merge", spoke), admin, "{}");
        assertThat(missingInto.getStatus()).isEqualTo(422);
        assertThat(json(missingInto).get("errors").get(0).get("field").asString()).isEqualTo("into");
        MockHttpServletResponse merged = call(post("/api/v1/experts/{id}/merge", spoke), admin, "{\"into\":%d}".formatted(kept));
        assertThat(merged.getStatus()).as(merged.getContentAsString()).isEqualTo(200);
        assertThat(json(merged).get("talkCount").asInt()).isEqualTo(1);
        assertThat(json(call(get("/api/v1/experts/{id}", spoke), admin, null)).get("mergedInto").asLong()).isEqualTo(kept);

        MockHttpServletResponse retired = call(post("/api/v1/experts/{id}/retire", kept), admin, null);
        assertThat(json(retired).get("retiredAt").isNull()).isFalse();
        assertThat(json(call(get("/api/v1/experts").param("q", "Основной"), admin, null)).toString()).doesNotContain("\"id\":" + kept + ",");
        assertThat(json(call(get("/api/v1/experts").param("q", "Основной").param("includeRetired", "true").param("size", "500"),
                admin, null)).toString()).contains("\"id\":" + kept + ",");

        MockHttpServletResponse noEmail = call(post("/api/v1/experts/{id}/invite",
                ExpertFixtures.expert(jdbc, TestData.unique("Безадресный "), organisation)), admin, null);
        assertThat(noEmail.getStatus()).isEqualTo(422);
        assertThat(json(noEmail).get("errors").get(0).get("field").asString()).isEqualTo("email");
    }

    @Test
    void anExpertAccountAndAnonymousCallersGetNothing() throws Exception {
        assertThat(mvc.perform(get("/api/v1/experts")).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(call(get("/api/v1/experts"), Sessions.demo(mvc, "expert"), null).getStatus()).isEqualTo(403);
        assertThat(call(get("/api/v1/experts"), Sessions.demo(mvc, "lida"), null).getStatus()).isEqualTo(403);
    }
}

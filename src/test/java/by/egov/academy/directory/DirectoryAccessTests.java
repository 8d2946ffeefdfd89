package by.egov.academy.directory;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A regional coordinator reads and changes only its own oblast, a site operator only reads its own
 * district, on every directory endpoint of the pages and of the API. The last check fails when a
 * directory endpoint exists that no test here has exercised.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryAccessTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Set<String> exercised = new TreeSet<>();

    MockHttpSession grodno;
    MockHttpSession lida;
    long brestOblast;
    long brestOrg;
    long brestOfficial;
    long grodnoOblast;
    long grodnoOrg;
    long grodnoOfficial;
    long lidaOrg;
    long lidaOfficial;

    @BeforeAll
    void setUp() throws Exception {
        grodno = Sessions.demo(mvc, "grodno");
        lida = Sessions.demo(mvc, "lida");
        brestOblast = TestData.territory(jdbc, "BY-BR");
        grodnoOblast = TestData.territory(jdbc, "BY-HR");
        brestOrg = TestData.organisation(jdbc, "Брестский областной исполнительный комитет");
        grodnoOrg = TestData.organisation(jdbc, "Гродненский областной исполнительный комитет");
        lidaOrg = TestData.organisation(jdbc, "Лидский районный исполнительный комитет");
        brestOfficial = TestData.official(jdbc, brestOrg, "Брестов Брест Брестович", TestData.unique("brest") + "@t.by");
        grodnoOfficial = TestData.official(jdbc, grodnoOrg, "Гроднов Иван", TestData.unique("grodno") + "@t.by");
        lidaOfficial = TestData.official(jdbc, lidaOrg, "Лидов Пётр", TestData.unique("lida") + "@t.by");
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request, MockHttpSession session,
                                                                      String mapping) {
        exercised.add(mapping);
        return request.session(session).with(csrf());
    }

    private String organisationJson(long territoryId) {
        return """
                {"nameRu":"%s","nameBe":null,"category":"OTHER","territoryId":%d,"address":null}
                """.formatted(TestData.unique("Орг "), territoryId);
    }

    private String officialJson(long organisationId) {
        return """
                {"fullName":"Тестов Тест","position":"Специалист","leadership":"OTHER","organisationId":%d,
                 "email":"%s@t.by","phone":null}
                """.formatted(organisationId, TestData.unique("api"));
    }

    @Test
    void coordinatorIsRefusedAnotherOblastOnEveryPage() throws Exception {
        mvc.perform(as(get("/directory/territories/{id}", brestOblast), grodno, "GET /directory/territories/{id}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(get("/directory/organisations/{id}", brestOrg), grodno, "GET /directory/organisations/{id}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(get("/directory/organisations/{id}/edit", brestOrg), grodno,
                "GET /directory/organisations/{id}/edit")).andExpect(status().isForbidden());
        mvc.perform(as(post("/directory/organisations/{id}", brestOrg), grodno, "POST /directory/organisations/{id}")
                        .param("nameRu", "Захват").param("category", "OTHER").param("territoryId", "" + brestOblast))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/directory/organisations/{id}/delete", brestOrg), grodno,
                "POST /directory/organisations/{id}/delete")).andExpect(status().isForbidden());
        mvc.perform(as(post("/directory/organisations"), grodno, "POST /directory/organisations")
                        .param("nameRu", "Чужая").param("category", "OTHER").param("territoryId", "" + brestOblast))
                .andExpect(status().isForbidden());
        mvc.perform(as(get("/directory/officials/{id}", brestOfficial), grodno, "GET /directory/officials/{id}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(get("/directory/officials/{id}/edit", brestOfficial), grodno,
                "GET /directory/officials/{id}/edit")).andExpect(status().isForbidden());
        mvc.perform(as(post("/directory/officials/{id}", brestOfficial), grodno, "POST /directory/officials/{id}")
                        .param("fullName", "Х").param("position", "Х").param("leadership", "OTHER")
                        .param("organisationId", "" + brestOrg).param("email", "x@t.by"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/directory/officials/{id}/delete", brestOfficial), grodno,
                "POST /directory/officials/{id}/delete")).andExpect(status().isForbidden());
        mvc.perform(as(post("/directory/officials"), grodno, "POST /directory/officials")
                        .param("fullName", "Х").param("position", "Х").param("leadership", "OTHER")
                        .param("organisationId", "" + brestOrg).param("email", TestData.unique("x") + "@t.by"))
                .andExpect(status().isForbidden());

        // nothing changed
        assertThat(jdbc.sql("select count(*) from official where id = :id").param("id", brestOfficial)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select name_ru from organisation where id = :id").param("id", brestOrg)
                .query(String.class).single()).isEqualTo("Брестский областной исполнительный комитет");
    }

    @Test
    void coordinatorListsShowOnlyItsOblast() throws Exception {
        String regions = mvc.perform(as(get("/directory/territories"), grodno, "GET /directory/territories"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(regions).contains("Гродненская область").doesNotContain("Брестская область");
        mvc.perform(as(get("/directory"), grodno, "GET /directory")).andExpect(status().is3xxRedirection());

        String orgs = mvc.perform(as(get("/directory/organisations").param("q", "областной исполнительный"), grodno,
                "GET /directory/organisations")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(orgs).contains("Гродненский областной исполнительный комитет")
                .doesNotContain("Брестский областной исполнительный комитет");

        String people = mvc.perform(as(get("/directory/officials").param("q", "Брестов"), grodno,
                "GET /directory/officials")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(people).doesNotContain("Брестов Брест");
        // asking for the other oblast's territory explicitly still shows nothing of it
        String filtered = mvc.perform(as(get("/directory/organisations").param("territory", "" + brestOblast), grodno,
                "GET /directory/organisations")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(filtered).doesNotContain("Брестский областной");
    }

    @Test
    void coordinatorWorksInItsOwnOblast() throws Exception {
        mvc.perform(as(get("/directory/territories/{id}", grodnoOblast), grodno, "GET /directory/territories/{id}"))
                .andExpect(status().isOk());
        mvc.perform(as(get("/directory/organisations/{id}", grodnoOrg), grodno, "GET /directory/organisations/{id}"))
                .andExpect(status().isOk());
        mvc.perform(as(get("/directory/organisations/new"), grodno, "GET /directory/organisations/new"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("Брестская область"))));
        mvc.perform(as(get("/directory/officials/new"), grodno, "GET /directory/officials/new"))
                .andExpect(status().isOk());
        mvc.perform(as(get("/directory/officials/{id}/edit", grodnoOfficial), grodno,
                "GET /directory/officials/{id}/edit")).andExpect(status().isOk());
        mvc.perform(as(post("/directory/officials/{id}", grodnoOfficial), grodno, "POST /directory/officials/{id}")
                        .param("fullName", "Гроднов Иван Иванович").param("position", "Специалист")
                        .param("leadership", "OTHER").param("organisationId", "" + grodnoOrg)
                        .param("email", TestData.unique("own") + "@t.by"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select full_name from official where id = :id").param("id", grodnoOfficial)
                .query(String.class).single()).isEqualTo("Гроднов Иван Иванович");
    }

    @Test
    void coordinatorIsRefusedAnotherOblastInTheApi() throws Exception {
        String basic = "grodno";
        var auth = httpBasic(basic, Sessions.DEMO_PASSWORD);
        exercised.add("GET /api/v1/organisations/{id}");
        mvc.perform(get("/api/v1/organisations/{id}", brestOrg).with(auth)).andExpect(status().isForbidden());
        exercised.add("PUT /api/v1/organisations/{id}");
        mvc.perform(put("/api/v1/organisations/{id}", brestOrg).with(auth).contentType(MediaType.APPLICATION_JSON)
                .content(organisationJson(brestOblast))).andExpect(status().isForbidden());
        exercised.add("DELETE /api/v1/organisations/{id}");
        mvc.perform(delete("/api/v1/organisations/{id}", brestOrg).with(auth)).andExpect(status().isForbidden());
        exercised.add("POST /api/v1/organisations");
        mvc.perform(post("/api/v1/organisations").with(auth).contentType(MediaType.APPLICATION_JSON)
                .content(organisationJson(brestOblast))).andExpect(status().isForbidden());
        exercised.add("GET /api/v1/officials/{id}");
        mvc.perform(get("/api/v1/officials/{id}", brestOfficial).with(auth)).andExpect(status().isForbidden());
        exercised.add("PUT /api/v1/officials/{id}");
        mvc.perform(put("/api/v1/officials/{id}", brestOfficial).with(auth).contentType(MediaType.APPLICATION_JSON)
                .content(officialJson(brestOrg))).andExpect(status().isForbidden());
        exercised.add("DELETE /api/v1/officials/{id}");
        mvc.perform(delete("/api/v1/officials/{id}", brestOfficial).with(auth)).andExpect(status().isForbidden());
        exercised.add("POST /api/v1/officials");
        mvc.perform(post("/api/v1/officials").with(auth).contentType(MediaType.APPLICATION_JSON)
                .content(officialJson(brestOrg))).andExpect(status().isForbidden());
        // moving an own official into the other oblast is refused too
        mvc.perform(put("/api/v1/officials/{id}", grodnoOfficial).with(auth).contentType(MediaType.APPLICATION_JSON)
                .content(officialJson(brestOrg))).andExpect(status().isForbidden());

        exercised.add("GET /api/v1/organisations");
        mvc.perform(get("/api/v1/organisations").param("size", "500").with(auth))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.regionId != " + grodnoOblast + ")]").isEmpty())
                .andExpect(jsonPath("$.items[?(@.id == " + grodnoOrg + ")]").isNotEmpty());
        exercised.add("GET /api/v1/officials");
        mvc.perform(get("/api/v1/officials").param("size", "500").with(auth))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.regionId != " + grodnoOblast + ")]").isEmpty());

        assertThat(jdbc.sql("select count(*) from official where id = :id").param("id", brestOfficial)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void coordinatorWorksInItsOwnOblastInTheApi() throws Exception {
        var auth = httpBasic("grodno", Sessions.DEMO_PASSWORD);
        String created = mvc.perform(post("/api/v1/organisations").with(auth).contentType(MediaType.APPLICATION_JSON)
                        .content(organisationJson(grodnoOblast)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1").trim());
        mvc.perform(put("/api/v1/organisations/{id}", id).with(auth).contentType(MediaType.APPLICATION_JSON)
                .content(organisationJson(grodnoOblast))).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/organisations/{id}", id).with(auth)).andExpect(status().isNoContent());
    }

    @Test
    void siteOperatorOnlyReadsItsDistrict() throws Exception {
        mvc.perform(as(get("/directory/organisations/{id}", lidaOrg), lida, "GET /directory/organisations/{id}"))
                .andExpect(status().isOk());
        mvc.perform(as(get("/directory/officials/{id}", lidaOfficial), lida, "GET /directory/officials/{id}"))
                .andExpect(status().isOk());
        mvc.perform(as(get("/directory/organisations/{id}", grodnoOrg), lida, "GET /directory/organisations/{id}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(get("/directory/officials/{id}", grodnoOfficial), lida, "GET /directory/officials/{id}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/directory/officials/{id}/delete", lidaOfficial), lida,
                "POST /directory/officials/{id}/delete")).andExpect(status().isForbidden());
        mvc.perform(as(get("/directory/officials/import"), lida, "GET /directory/officials/import"))
                .andExpect(status().isForbidden());
        var auth = httpBasic("lida", Sessions.DEMO_PASSWORD);
        mvc.perform(put("/api/v1/organisations/{id}", lidaOrg).with(auth).contentType(MediaType.APPLICATION_JSON)
                .content(organisationJson(TestData.territory(jdbc, "BY-HR-LIDA")))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from official where id = :id").param("id", lidaOfficial)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void importCannotReachAnotherOblast() throws Exception {
        mvc.perform(as(get("/directory/officials/import/template.csv"), grodno,
                "GET /directory/officials/import/template.csv")).andExpect(status().isOk());
        String csv = "ФИО;Должность;Организация;E-mail\nЧужой Человек;Специалист;Брестский областной исполнительный комитет;"
                + TestData.unique("imp") + "@t.by\n";
        MockMultipartFile file = new MockMultipartFile("file", "x.csv", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String page = mvc.perform(as(multipart("/directory/officials/import").file(file), grodno,
                        "POST /directory/officials/import"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("не найдена среди доступных вам");
        // another user's preview or import is not found, whoever guesses its id
        mvc.perform(as(post("/directory/officials/import/{id}", "00000000-0000-0000-0000-000000000000"), grodno,
                "POST /directory/officials/import/{id}")).andExpect(status().isNotFound());
        mvc.perform(as(get("/directory/officials/import/{id}/progress", "00000000-0000-0000-0000-000000000000"), grodno,
                "GET /directory/officials/import/{id}/progress")).andExpect(status().isNotFound());
        mvc.perform(as(get("/directory/officials/import"), grodno, "GET /directory/officials/import"))
                .andExpect(status().isOk());
    }

    /**
     * An address already known in another oblast: the Grodno coordinator is told only that it cannot be used,
     * not that (or where) it is known; one who may read its official is told whose it is.
     */
    @Test
    void anAddressKnownInAnotherOblastIsNotNamedToACoordinator() throws Exception {
        String brestEmail = jdbc.sql("select email from official where id = :id").param("id", brestOfficial)
                .query(String.class).single();
        String page = mvc.perform(post("/directory/officials").session(grodno).with(csrf())
                        .param("fullName", "Новиков Ян").param("position", "Специалист").param("leadership", "OTHER")
                        .param("organisationId", "" + grodnoOrg).param("email", brestEmail))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Этот адрес нельзя использовать для нового должностного лица")
                .doesNotContain("уже указан у другого должностного лица").contains("value=\"Новиков Ян\"");
        mvc.perform(post("/api/v1/officials").session(grodno).with(csrf()).header("Accept-Language", "en")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("""
                                {"fullName":"Novikov","position":"Specialist","leadership":"OTHER","organisationId":%d,"email":"%s"}
                                """.formatted(grodnoOrg, brestEmail.toUpperCase())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message").value("This address cannot be used for a new official. If it is right, ask the programme office."))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsStringIgnoringCase(brestEmail))));
        // an import row with that address: the same words
        String csv = "ФИО;Должность;Организация;E-mail\nНовиков Ян;Специалист;Гродненский областной исполнительный комитет;"
                + brestEmail + "\n";
        String preview = mvc.perform(multipart("/directory/officials/import").file(new MockMultipartFile("file", "x.csv",
                        "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))).session(grodno).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("Этот адрес нельзя использовать").doesNotContain("уже есть в справочнике");
        // an address of the coordinator's own oblast is named, as before
        String grodnoEmail = jdbc.sql("select email from official where id = :id").param("id", grodnoOfficial)
                .query(String.class).single();
        String own = mvc.perform(post("/directory/officials").session(grodno).with(csrf())
                        .param("fullName", "Новиков Ян").param("position", "Специалист").param("leadership", "OTHER")
                        .param("organisationId", "" + grodnoOrg).param("email", grodnoEmail))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(own).contains("уже указан у другого должностного лица");
        assertThat(jdbc.sql("select count(*) from official where full_name = 'Новиков Ян'").query(Long.class).single())
                .isZero();
    }

    @Test
    void territoryApiIsPublic() throws Exception {
        exercised.add("GET /api/v1/territories");
        mvc.perform(get("/api/v1/territories").param("level", "OBLAST")).andExpect(status().isOk());
        exercised.add("GET /api/v1/territories/{id}");
        mvc.perform(get("/api/v1/territories/{id}", brestOblast)).andExpect(status().isOk());
        // but nothing else of the directory is
        mvc.perform(get("/api/v1/organisations")).andExpect(status().isUnauthorized());
        mvc.perform(get("/directory/organisations")).andExpect(status().is3xxRedirection());
    }

    @AfterAll
    void everyDirectoryEndpointWasExercised() {
        Set<String> endpoints = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType().getPackageName().startsWith("by.egov.academy.directory"))
                .flatMap(e -> describe(e.getKey()).stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(endpoints).isNotEmpty();
        assertThat(exercised).containsAll(endpoints);
    }

    private static Set<String> describe(RequestMappingInfo info) {
        Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
                .collect(Collectors.toSet());
        return info.getPatternValues().stream()
                .flatMap(p -> methods.stream().map(m -> m + " " + p))
                .collect(Collectors.toSet());
    }
}

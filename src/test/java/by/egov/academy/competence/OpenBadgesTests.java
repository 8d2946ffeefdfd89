package by.egov.academy.competence;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;

import javax.xml.parsers.DocumentBuilderFactory;

import by.egov.academy.participation.invitation.InvitationTokens;
import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The hosted Open Badges 2.0 documents checked against the vocabulary, every URL in them followed inside the app. */
@IntegrationTest
class OpenBadgesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InvitationTokens tokens;

    /** A URL of the application's own, as a path to request (the documents carry egov.base-url). */
    private static String path(String url) {
        URI uri = URI.create(url);
        assertThat(uri.getScheme()).isIn("http", "https");
        return uri.getRawPath();
    }

    private MockHttpServletResponse follow(String url) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(path(url))).andReturn().getResponse();
        assertThat(r.getStatus()).as(url).isEqualTo(200);
        return r;
    }

    private JsonNode json(String url) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(path(url)).accept(MediaType.parseMediaType("application/ld+json")))
                .andReturn().getResponse();
        assertThat(r.getStatus()).as(url).isEqualTo(200);
        assertThat(r.getContentType()).as(url).startsWith("application/ld+json");
        JsonNode node = JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8));
        assertThat(node.path("@context").asString()).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(node.path("id").asString()).as("a hosted document's id is its own URL").isEqualTo(url);
        return node;
    }

    private static void text(JsonNode node, String... fields) {
        for (String f : fields) {
            assertThat(node.path(f).isString()).as(f + " in " + node).isTrue();
            assertThat(node.path(f).asString()).as(f).isNotBlank();
        }
    }

    @Test
    void anAssertionItsBadgeClassAndIssuerFollowTheVocabularyAndEveryUrlResolves() throws Exception {
        long seminar = CompetenceFixtures.grodnoSeminar(jdbc);
        String email = TestData.unique("badge") + "@t.by";
        long organisation = jdbc.sql("select organisation_id from official where id = :id")
                .param("id", CompetenceFixtures.lidaOfficial(jdbc, "Бэйджаў Янка")).query(Long.class).single();
        long official = TestData.official(jdbc, organisation, "Бэйджаў Янка", email);
        long invitation = CompetenceFixtures.invitation(jdbc, tokens, seminar, official, null, true);
        MockHttpSession admin = Sessions.admin(mvc);
        mvc.perform(post("/manage/seminars/{id}/certificates", seminar).session(admin).with(csrf())
                .param("invitationId", "" + invitation).param("language", "be")).andExpect(status().is3xxRedirection());
        String serial = jdbc.sql("select serial from certificate where invitation_id = :i").param("i", invitation)
                .query(String.class).single();

        // the verification page links to the assertion
        String verify = mvc.perform(get("/certificates/{s}", serial)).andReturn().getResponse().getContentAsString();
        assertThat(verify).contains("href=\"/badges/assertions/" + serial + "\"");

        String base = baseUrl();
        JsonNode assertion = json(base + "/badges/assertions/" + serial);
        assertThat(assertion.path("type").asString()).isEqualTo("Assertion");
        JsonNode recipient = assertion.path("recipient");
        assertThat(recipient.path("type").asString()).isEqualTo("email");
        assertThat(recipient.path("hashed").isBoolean()).isTrue();
        assertThat(recipient.path("hashed").asBoolean()).isTrue();
        String salt = recipient.path("salt").asString();
        assertThat(salt).matches("[0-9a-f]{32}").isEqualTo(jdbc.sql("select badge_salt from certificate where serial = :s")
                .param("s", serial).query(String.class).single());
        String expected = "sha256$" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((email + salt).getBytes(StandardCharsets.UTF_8)));
        assertThat(recipient.path("identity").asString()).isEqualTo(expected);
        assertThat(assertion.toString()).doesNotContain(email);
        assertThat(assertion.path("verification").path("type").asString()).isEqualTo("hosted");
        OffsetDateTime.parse(assertion.path("issuedOn").asString()); // ISO 8601 with its offset
        assertThat(assertion.path("revoked").asBoolean()).isFalse();
        follow(assertion.path("evidence").asString());

        JsonNode badge = json(assertion.path("badge").asString());
        assertThat(badge.path("type").asString()).isEqualTo("BadgeClass");
        text(badge, "name", "description", "image", "issuer");
        assertThat(badge.path("name").asString()).contains("Семинар по вопросам");
        MockHttpServletResponse image = follow(badge.path("image").asString());
        assertThat(image.getContentType()).startsWith("image/svg+xml");
        org.w3c.dom.Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(image.getContentAsByteArray()));
        assertThat(svg.getDocumentElement().getLocalName() == null ? svg.getDocumentElement().getNodeName()
                : svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        JsonNode criteria = badge.path("criteria");
        assertThat(criteria.isObject()).isTrue();
        text(criteria, "narrative");
        follow(criteria.path("id").asString());
        JsonNode alignment = badge.path("alignment");
        assertThat(alignment.isArray()).isTrue();
        // the demo Grodno seminar's talks are tagged with 9 competences (README: Competences)
        assertThat(alignment.size()).isEqualTo(9);
        for (JsonNode a : alignment) {
            assertThat(a.path("type").asString()).isEqualTo("AlignmentObject");
            text(a, "targetName", "targetUrl", "targetDescription", "targetFramework", "targetCode");
            assertThat(a.path("targetCode").asString()).matches("A[0-9]\\.[0-9]+");
            String competencePage = follow(a.path("targetUrl").asString()).getContentAsString();
            assertThat(competencePage).contains(a.path("targetCode").asString(), a.path("targetName").asString());
        }
        assertThat(alignment.findValuesAsString("targetCode")).contains("A1.2", "A3.1", "A6.1");

        JsonNode issuer = json(badge.path("issuer").asString());
        assertThat(issuer.path("type").asString()).isIn("Issuer", "Profile");
        text(issuer, "name", "url", "email");
        assertThat(issuer.path("email").asString()).contains("@");
        follow(issuer.path("url").asString());

        // application/json is served too, the same document
        MockHttpServletResponse plain = mvc.perform(get("/badges/assertions/{s}", serial).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(plain.getContentType()).startsWith("application/json");
        assertThat(JSON.readTree(plain.getContentAsString()).path("recipient").path("identity").asString()).isEqualTo(expected);

        // revoked: 410 Gone with revoked true, and no recipient any more
        mvc.perform(post("/manage/certificates/{s}/revoke", serial).session(admin).with(csrf()).param("reason", "Ошибка"))
                .andExpect(status().is3xxRedirection());
        MockHttpServletResponse gone = mvc.perform(get("/badges/assertions/{s}", serial)).andReturn().getResponse();
        assertThat(gone.getStatus()).isEqualTo(410);
        JsonNode revoked = JSON.readTree(gone.getContentAsString(StandardCharsets.UTF_8));
        assertThat(revoked.path("revoked").asBoolean()).isTrue();
        assertThat(revoked.path("revocationReason").asString()).isEqualTo("Ошибка");
        assertThat(revoked.has("recipient")).isFalse();
    }

    /** egov.base-url as the application prints it into the certificate's verification URL. */
    private String baseUrl() throws Exception {
        String html = mvc.perform(get("/badges/issuer")).andReturn().getResponse().getContentAsString();
        String id = JSON.readTree(html).path("id").asString();
        return id.substring(0, id.length() - "/badges/issuer".length());
    }

    @Test
    void unknownTamperedAndNotHeldAnswer404Or400NeverAServerError() throws Exception {
        for (String serial : new String[]{"EGA-2017-ZZZZZZZZZZ", "EGA-2017-<script>", "' or 1=1 --", "x".repeat(5000),
                "EGA-2017-ABCDEFGHJK%00", "..%2F..%2Fetc%2Fpasswd"}) {
            MockHttpServletResponse r = mvc.perform(get("/badges/assertions/{s}", serial)).andReturn().getResponse();
            assertThat(r.getStatus()).as(serial).isIn(400, 404);
        }
        MockHttpServletResponse unknown = mvc.perform(get("/badges/assertions/{s}", "EGA-2017-ZZZZZZZZZZ"))
                .andExpect(status().isNotFound()).andReturn().getResponse();
        assertThat(unknown.getContentType()).contains("json");
        assertThat(unknown.getContentAsString(StandardCharsets.UTF_8)).contains("Сертификат с таким номером не найден");
        long planned = jdbc.sql("select min(id) from seminar where status = 'PLANNED'").query(Long.class).single();
        assertThat(mvc.perform(get("/badges/classes/{id}", planned)).andExpect(status().isNotFound()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("ещё не проведён");
        mvc.perform(get("/badges/classes/{id}/image.svg", planned)).andExpect(status().isNotFound());
        mvc.perform(get("/badges/classes/{id}", "1 or 1=1")).andExpect(status().isBadRequest());
        mvc.perform(get("/badges/classes/{id}", "99999999999999999999999")).andExpect(status().isBadRequest());
        // a draft's competence is not public (a draft made here is discarded again: other tests start their own)
        boolean hadDraft = jdbc.sql("select count(*) from competence_framework_version where state = 'DRAFT'")
                .query(Long.class).single() > 0;
        MockHttpSession admin = Sessions.admin(mvc);
        mvc.perform(post("/manage/competences/versions/{v}/draft", TestData.currentFrameworkVersion(jdbc)).session(admin).with(csrf()));
        try {
            mvc.perform(get("/competences/{id}", TestData.draftCompetence(jdbc))).andExpect(status().isNotFound());
        } finally {
            if (!hadDraft) {
                mvc.perform(post("/manage/competences/versions/{v}/delete", TestData.draftFrameworkVersion(jdbc))
                        .session(admin).param("confirmed", "true").with(csrf()));
            }
        }
        mvc.perform(get("/competences/{id}", TestData.currentCompetence(jdbc))).andExpect(status().isOk());
        mvc.perform(get("/competences/{id}", 987654321L)).andExpect(status().isNotFound());
    }
}

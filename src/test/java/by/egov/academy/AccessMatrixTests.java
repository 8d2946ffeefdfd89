package by.egov.academy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import by.egov.academy.participation.invitation.InvitationTokens;
import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The access matrix: every handler mapping of the application (pages and API) has a declared rule saying which
 * of seven callers may use it, and each mapping is called as each caller against objects of Grodno oblast
 * (its Lida district for site operators). Refused means 401, 403, 404 or a redirect to the sign-in page;
 * allowed means none of those and never a 5xx. A mapping without a declared rule fails the build. Callers:
 * anonymous, a participant, an expert (the speaker of the talk), Lida's site operator, Grodno's coordinator,
 * Brest's coordinator (another oblast) and the programme office; links with a personal token are called by
 * everyone with the token, and with a forged token by nobody.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

    enum Caller { ANONYMOUS, PARTICIPANT, EXPERT, SITE_OPERATOR, COORDINATOR, OTHER_COORDINATOR, PROGRAMME_OFFICE }

    /** Who may use a mapping. */
    enum Rule {
        PUBLIC(EnumSet.allOf(Caller.class)),
        /** the personal link's token is the credential: anyone holding it */
        TOKEN(EnumSet.allOf(Caller.class)),
        SIGNED_IN(EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS))),
        PROGRAMME_OFFICE(EnumSet.of(Caller.PROGRAMME_OFFICE)),
        /** the seminar's or object's oblast: its coordinator and the programme office */
        OBLAST_STAFF(EnumSet.of(Caller.PROGRAMME_OFFICE, Caller.COORDINATOR)),
        /** as above, and the site operator of the district concerned */
        OBLAST_STAFF_AND_SITE(EnumSet.of(Caller.PROGRAMME_OFFICE, Caller.COORDINATOR, Caller.SITE_OPERATOR)),
        /** as above, and the talk's own speaker */
        OBLAST_STAFF_AND_SPEAKER(EnumSet.of(Caller.PROGRAMME_OFFICE, Caller.COORDINATOR, Caller.EXPERT)),
        /** lists and forms that every staff member may open, each seeing only their own territory in them */
        ANY_STAFF(EnumSet.of(Caller.PROGRAMME_OFFICE, Caller.COORDINATOR, Caller.OTHER_COORDINATOR, Caller.SITE_OPERATOR)),
        ANY_COORDINATOR(EnumSet.of(Caller.PROGRAMME_OFFICE, Caller.COORDINATOR, Caller.OTHER_COORDINATOR)),
        /** a participant account's own things (its link to its official) */
        PARTICIPANT(EnumSet.of(Caller.PARTICIPANT)),
        /** the error page: answers whoever lands on it */
        ERROR(EnumSet.allOf(Caller.class));

        final Set<Caller> allowed;

        Rule(Set<Caller> allowed) {
            this.allowed = allowed;
        }
    }

    /**
     * {@code gone}: an allowed caller may find the object gone (a removal already made by the caller before it,
     * or an id that names nothing on purpose), so 404 counts as allowed for it.
     */
    record Case(String mapping, Rule rule, Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request, boolean gone) {
        Case(String mapping, Rule rule, Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request) {
            this(mapping, rule, request, false);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InvitationTokens tokens;
    @Autowired
    by.egov.academy.feedback.survey.SurveyTokens surveyTokens;
    @Autowired
    by.egov.academy.identity.AccountActivations activations;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final Map<Caller, MockHttpSession> sessions = new EnumMap<>(Caller.class);
    long grodnoOblast, brestOblast, lida, cycle, seminar, talk, site, material, rule, apiRule, invitation, organisation,
            official, otherOfficial, account, venue, frameworkVersion, attendedInvitation, surveyQuestion, customQuestion;
    String token, serial, surveyToken, attendeeToken;
    long attendeeOfficial;
    long batch;
    // topics, venues, cycles and programmes (reference data): objects of their own, Grodno's where it matters
    long topic, topicToDelete, topicToDeleteApi, grodnoVenue, venueToDelete, venueToDeleteApi, refCycle, defaultProgramme;

    @BeforeAll
    void fixture() throws Exception {
        sessions.put(Caller.PARTICIPANT, Sessions.demo(mvc, "participant"));
        sessions.put(Caller.EXPERT, Sessions.demo(mvc, "expert"));
        sessions.put(Caller.SITE_OPERATOR, Sessions.demo(mvc, "lida"));
        sessions.put(Caller.COORDINATOR, Sessions.demo(mvc, "grodno"));
        sessions.put(Caller.OTHER_COORDINATOR, Sessions.demo(mvc, "brest"));
        sessions.put(Caller.PROGRAMME_OFFICE, Sessions.admin(mvc));
        MockHttpSession admin = sessions.get(Caller.PROGRAMME_OFFICE);

        grodnoOblast = TestData.territory(jdbc, "BY-HR");
        brestOblast = TestData.territory(jdbc, "BY-BR");
        lida = TestData.territory(jdbc, "BY-HR-LIDA");
        cycle = jdbc.sql("select min(id) from cycle").query(Long.class).single();
        String created = ok(mvc.perform(post("/api/v1/seminars").session(admin).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"%s","start":"2031-03-04T10:00","end":"2031-03-04T14:00"}
                        """.formatted(cycle, grodnoOblast, TestData.unique("Матрица ")))).andReturn()).getContentAsString();
        seminar = Long.parseLong(created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        jdbc.sql("update seminar set status = 'REGISTRATION_OPEN' where id = :id").param("id", seminar).update();
        long expert = jdbc.sql("select e.id from expert e join account a on a.id = e.account_id where a.username = 'expert'")
                .query(Long.class).single();
        ok(mvc.perform(post("/api/v1/seminars/{id}/talks", seminar).session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"kind":"TALK","titleRu":"Доклад","start":"2031-03-04T10:00","end":"2031-03-04T10:30","expertIds":[%d]}
                        """.formatted(expert))));
        talk = jdbc.sql("select id from talk where seminar_id = :s").param("s", seminar).query(Long.class).single();
        ok(mvc.perform(post("/api/v1/seminars/{id}/remote-sites", seminar).session(admin).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"territoryId\":%d}".formatted(lida))));
        site = jdbc.sql("select id from remote_site where seminar_id = :s").param("s", seminar).query(Long.class).single();
        ok(mvc.perform(multipart("/manage/seminars/{id}/materials", seminar)
                .file(new MockMultipartFile("file", "slides.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes()))
                .param("title", "Слайды").session(admin).with(csrf())));
        material = jdbc.sql("select id from material where seminar_id = :s").param("s", seminar).query(Long.class).single();
        ok(mvc.perform(post("/manage/seminars/{id}/participation/rules", seminar).session(admin).with(csrf())
                .param("categories", "DISTRICT_EXECUTIVE_COMMITTEE").param("scope", "HOST_DISTRICTS")
                .param("territoryId", "" + grodnoOblast).param("positions", "HEADS")));
        rule = jdbc.sql("select id from audience_rule where seminar_id = :s").param("s", seminar).query(Long.class).single();
        apiRule = jdbc.sql("""
                        insert into audience_rule (seminar_id, categories, scope, positions)
                        values (:s, 'HOUSING_UTILITIES', 'HOST_OBLAST', 'HEADS') returning id
                        """).param("s", seminar).query(Long.class).single();
        organisation = jdbc.sql("""
                        insert into organisation (name_ru, category, territory_id) values (:n, 'OTHER', :t) returning id
                        """).param("n", TestData.unique("Лидская матрица ")).param("t", lida).query(Long.class).single();
        official = TestData.official(jdbc, organisation, "Матрицын Иван", TestData.unique("matrix") + "@t.by");
        otherOfficial = TestData.official(jdbc, organisation, "Матрицын Пётр", TestData.unique("matrix2") + "@t.by");
        String nonce = InvitationTokens.newNonce();
        token = tokens.token(nonce);
        invitation = jdbc.sql("""
                        insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, source, state, sent_at)
                        values (:s, :o, :n, :h, :c, 'MANUAL', 'SENT', now()) returning id
                        """).param("s", seminar).param("o", official).param("n", nonce).param("h", InvitationTokens.hash(token))
                .param("c", InvitationTokens.newShortCode()).query(Long.class).single();
        // a throwaway account for the enable/disable switch: the demo accounts are other tests' callers
        String throwaway = TestData.unique("matrixacc").replaceAll("[^A-Za-z0-9._-]", "");
        ok(mvc.perform(post("/admin/accounts").session(admin).with(csrf()).param("username", throwaway)
                .param("displayName", "Матрица").param("role", "PARTICIPANT").param("initialPassword", "Matrix-pass-2031")));
        account = jdbc.sql("select id from account where username = :u").param("u", throwaway).query(Long.class).single();
        venue = jdbc.sql("select min(id) from venue").query(Long.class).single();
        // a published Russian news item, so the public news pages and the API have something to show
        jdbc.sql("""
                insert into news_item (seminar_id, kind, language, status, generated_title, generated_body, generated_by,
                                       generated_at, published_title, published_body, published_by, published_at)
                values (:s, 'NEWS', 'ru', 'PUBLISHED', 'Матрица', 'Текст', 'matrix', now(), 'Матрица', 'Текст', 'matrix', now())
                """).param("s", seminar).update();
        frameworkVersion = jdbc.sql("select min(id) from competence_framework_version").query(Long.class).single();
        // an attendee with a certificate
        long attendee = TestData.official(jdbc, organisation, "Матрицын Сертификат", TestData.unique("matrix3") + "@t.by");
        String attendeeNonce = InvitationTokens.newNonce();
        attendedInvitation = jdbc.sql("""
                        insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, source, state,
                                                attended_at, attended_by)
                        values (:s, :o, :n, :h, :c, 'MANUAL', 'ACCEPTED_IN_PERSON', now(), 'matrix') returning id
                        """).param("s", seminar).param("o", attendee).param("n", attendeeNonce)
                .param("h", InvitationTokens.hash(tokens.token(attendeeNonce))).param("c", InvitationTokens.newShortCode())
                .query(Long.class).single();
        attendeeToken = tokens.token(attendeeNonce);
        attendeeOfficial = attendee;
        ok(mvc.perform(post("/manage/seminars/{id}/certificates", seminar).session(admin).with(csrf())
                .param("invitationId", "" + attendedInvitation).param("language", "ru")));
        serial = jdbc.sql("select serial from certificate where invitation_id = :i").param("i", attendedInvitation)
                .query(String.class).single();
        // the seminar's survey, made by opening its page, with a custom question, then sent (by SQL: the seminar is not held)
        mvc.perform(post("/manage/seminars/{id}/survey", seminar).session(admin).with(csrf()));
        ok(mvc.perform(post("/manage/seminars/{id}/survey/questions", seminar).session(admin).with(csrf()).param("answer", "TEXT")
                .param("textRu", "Матрица").param("textBe", "Матрыца").param("textEn", "Matrix")));
        surveyQuestion = jdbc.sql("select min(q.id) from survey_question q join survey s on s.id = q.survey_id where s.seminar_id = :s")
                .param("s", seminar).query(Long.class).single();
        customQuestion = jdbc.sql("select max(q.id) from survey_question q join survey s on s.id = q.survey_id where s.seminar_id = :s")
                .param("s", seminar).query(Long.class).single();
        jdbc.sql("update survey set state = 'SENT', sent_at = now() where seminar_id = :s").param("s", seminar).update();
        surveyToken = surveyTokens.token(attendedInvitation);
        topic = jdbc.sql("insert into topic (code, name_ru) values (:c, 'Матрица: тема') returning id")
                .param("c", TestData.unique("MATRIX_").replace("-", "_")).query(Long.class).single();
        topicToDelete = jdbc.sql("insert into topic (code, name_ru) values (:c, 'Матрица: удалить') returning id")
                .param("c", TestData.unique("MATRIX_").replace("-", "_")).query(Long.class).single();
        topicToDeleteApi = jdbc.sql("insert into topic (code, name_ru) values (:c, 'Матрица: удалить') returning id")
                .param("c", TestData.unique("MATRIX_").replace("-", "_")).query(Long.class).single();
        grodnoVenue = jdbc.sql("insert into venue (name_ru, territory_id) values ('Матрица: зал', :t) returning id")
                .param("t", grodnoOblast).query(Long.class).single();
        venueToDelete = jdbc.sql("insert into venue (name_ru, territory_id) values ('Матрица: удалить', :t) returning id")
                .param("t", lida).query(Long.class).single();
        venueToDeleteApi = jdbc.sql("insert into venue (name_ru, territory_id) values ('Матрица: удалить', :t) returning id")
                .param("t", lida).query(Long.class).single();
        defaultProgramme = jdbc.sql("select id from programme where is_default").query(Long.class).single();
        refCycle = jdbc.sql("insert into cycle (programme_id, title_ru) values (:p, 'Матрица: цикл') returning id")
                .param("p", defaultProgramme).query(Long.class).single();
        batch = jdbc.sql("""
                        insert into certificate_batch (seminar_id, state, total, made, started_by, started_at, updated_at, finished_at)
                        values (:s, 'DONE', 1, 1, 'matrix', now(), now(), now()) returning id
                        """).param("s", seminar).query(Long.class).single();
    }

    /** A competence of the framework's draft, the draft started first if there is none (by the programme office). */
    private long draftCompetence() {
        ensureDraft();
        return TestData.draftCompetence(jdbc);
    }

    private long currentVersion() {
        return TestData.currentFrameworkVersion(jdbc);
    }

    private long draftVersion() {
        ensureDraft();
        return TestData.draftFrameworkVersion(jdbc);
    }

    private long currentCompetence() {
        return TestData.currentCompetence(jdbc);
    }

    private long draftArea() {
        ensureDraft();
        return TestData.draftArea(jdbc);
    }

    private void ensureDraft() {
        try {
            mvc.perform(post("/manage/competences/versions/{v}/draft", currentVersion())
                    .session(sessions.get(Caller.PROGRAMME_OFFICE)).with(csrf()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An expert of the ministry of its own, with an e-mail address when it is to be invited. */
    private long newExpert(boolean withEmail) {
        return jdbc.sql("insert into expert (full_name, organisation_id, email) values (:n, :o, :e) returning id")
                .param("n", TestData.unique("Эксперт матрицы ")).param("o", expertOrganisation())
                .param("e", withEmail ? TestData.unique("matrixexpert").replaceAll("[^A-Za-z0-9]", "") + "@t.by" : null)
                .query(Long.class).single();
    }

    private long expertOrganisation() {
        return TestData.organisation(jdbc, "Министерство связи и информатизации Республики Беларусь");
    }

    private String activationToken;

    private String activationToken() {
        if (activationToken == null) {
            activationToken = activations.inviteExpert(null, TestData.unique("matrixinvite").replaceAll("[^A-Za-z0-9]", "") + "@t.by",
                    "Матрица").token();
        }
        return activationToken;
    }

    private static MockHttpServletResponse ok(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return ok(result.andReturn());
    }

    private static MockHttpServletResponse ok(org.springframework.test.web.servlet.MvcResult result) throws Exception {
        MockHttpServletResponse r = result.getResponse();
        assertThat(r.getStatus()).as(result.getRequest().getRequestURI() + ": " + r.getContentAsString()
                + " " + result.getFlashMap()).isLessThan(400);
        assertThat(result.getFlashMap().get("flashError")).as(result.getRequest().getRequestURI() + " flash").isNull();
        return r;
    }

    private List<Case> cases() {
        List<Case> c = new ArrayList<>();
        String s = "" + seminar;
        // public pages, feeds, the API's public reads and its description
        c.add(new Case("GET /", Rule.PUBLIC, () -> get("/")));
        // a participant account's link to its official: asked for, then confirmed through the mailed token
        c.add(new Case("POST /home/link", Rule.PARTICIPANT, () -> post("/home/link")));
        c.add(new Case("GET /home/link/{token}", Rule.PARTICIPANT, () -> get("/home/link/{t}", "no-such-link-token"), true));
        c.add(new Case("POST /home/link/{token}", Rule.PARTICIPANT, () -> post("/home/link/{t}", "no-such-link-token"), true));
        c.add(new Case("GET /login", Rule.PUBLIC, () -> get("/login")));
        c.add(new Case("GET /programme", Rule.PUBLIC, () -> get("/programme")));
        c.add(new Case("GET /cycles/{id}", Rule.PUBLIC, () -> get("/cycles/{id}", cycle)));
        c.add(new Case("GET /seminars/{id}", Rule.PUBLIC, () -> get("/seminars/{id}", seminar)));
        // before the seminar is held, its materials are the organisers' (MaterialTests: everyone's once held)
        c.add(new Case("GET /seminars/{id}/materials/{materialId}", Rule.OBLAST_STAFF,
                () -> get("/seminars/{id}/materials/{m}", seminar, material)));
        c.add(new Case("GET /calendar/cycles/{id}.ics", Rule.PUBLIC, () -> get("/calendar/cycles/{id}.ics", cycle)));
        c.add(new Case("GET /calendar/seminars/{id}.ics", Rule.PUBLIC, () -> get("/calendar/seminars/{id}.ics", seminar)));
        c.add(new Case("GET /api/v1/seminars", Rule.PUBLIC, () -> get("/api/v1/seminars")));
        c.add(new Case("GET /api/v1/seminars/{id}", Rule.PUBLIC, () -> get("/api/v1/seminars/{id}", seminar)));
        c.add(new Case("GET /api/v1/territories", Rule.PUBLIC, () -> get("/api/v1/territories")));
        c.add(new Case("GET /news", Rule.PUBLIC, () -> get("/news")));
        c.add(new Case("GET /news/{id}", Rule.PUBLIC, () -> get("/news/{id}", seminar)));
        c.add(new Case("GET /news/feed.atom", Rule.PUBLIC, () -> get("/news/feed.atom")));
        c.add(new Case("GET /api/v1/seminars/{id}/news", Rule.PUBLIC, () -> get("/api/v1/seminars/{id}/news", seminar)));
        c.add(new Case("GET /manage/seminars/{id}/news", Rule.OBLAST_STAFF, () -> get("/manage/seminars/{id}/news", seminar)));
        c.add(new Case("GET /manage/news", Rule.PROGRAMME_OFFICE, () -> get("/manage/news")));
        // the case forms of the names in the seminar's news, and the preview before publishing (no item yet: 404 allowed)
        c.add(new Case("GET /manage/seminars/{id}/news/forms", Rule.OBLAST_STAFF, () -> get("/manage/seminars/{id}/news/forms", seminar)));
        c.add(new Case("POST /manage/seminars/{id}/news/forms", Rule.OBLAST_STAFF, () -> post("/manage/seminars/{id}/news/forms", seminar)
                .param("entity", "VENUE").param("entityId", "0").param("language", "ru").param("genitive", "матрицы")));
        c.add(new Case("GET /manage/seminars/{id}/news/preview", Rule.OBLAST_STAFF,
                () -> get("/manage/seminars/{id}/news/preview", seminar).param("language", "ru"), true));
        for (String kind : List.of("news", "announcement")) {
            c.add(new Case("POST /manage/seminars/{id}/" + kind, Rule.OBLAST_STAFF, () -> post("/manage/seminars/{id}/" + kind, seminar)
                    .param("language", "ru").param("title", "Матрица").param("body", "Правка")));
            c.add(new Case("POST /manage/seminars/{id}/" + kind + "/generate", Rule.OBLAST_STAFF,
                    () -> post("/manage/seminars/{id}/" + kind + "/generate", seminar).param("language", "ru")));
            c.add(new Case("POST /manage/seminars/{id}/" + kind + "/publish", Rule.PROGRAMME_OFFICE,
                    () -> post("/manage/seminars/{id}/" + kind + "/publish", seminar).param("language", "ru")));
            c.add(new Case("POST /manage/seminars/{id}/" + kind + "/request", Rule.OBLAST_STAFF,
                    () -> post("/manage/seminars/{id}/" + kind + "/request", seminar).param("language", "ru")));
            c.add(new Case("POST /manage/seminars/{id}/" + kind + "/return", Rule.PROGRAMME_OFFICE,
                    () -> post("/manage/seminars/{id}/" + kind + "/return", seminar).param("language", "ru")
                            .param("comment", "Матрица: вернуть")));
        }
        c.add(new Case("GET /api/v1/territories/{id}", Rule.PUBLIC, () -> get("/api/v1/territories/{id}", lida)));
        c.add(new Case("GET /swagger-ui.html", Rule.SIGNED_IN, () -> get("/swagger-ui.html")));
        c.add(new Case("GET /v3/api-docs", Rule.SIGNED_IN, () -> get("/v3/api-docs")));
        c.add(new Case("GET /v3/api-docs.yaml", Rule.SIGNED_IN, () -> get("/v3/api-docs.yaml")));
        c.add(new Case("GET /v3/api-docs/swagger-config", Rule.SIGNED_IN, () -> get("/v3/api-docs/swagger-config")));
        c.add(new Case("* /error", Rule.ERROR, () -> get("/error")));
        // the personal link
        c.add(new Case("GET /rsvp/{token}", Rule.TOKEN, () -> get("/rsvp/{t}", token)));
        c.add(new Case("GET /rsvp/{token}/qr.png", Rule.TOKEN, () -> get("/rsvp/{t}/qr.png", token)));
        c.add(new Case("POST /rsvp/{token}", Rule.TOKEN, () -> post("/rsvp/{t}", token).param("choice", "REMOTE")
                .param("siteId", "" + site)));
        // the survey's personal link (the answer: the first caller's is stored, the others are refused as a second answer)
        c.add(new Case("GET /seminars/{id}/survey/{token}", Rule.TOKEN, () -> get("/seminars/{id}/survey/{t}", seminar, surveyToken)));
        c.add(new Case("GET /seminars/{id}/survey/{token}/certificate.pdf", Rule.TOKEN,
                () -> get("/seminars/{id}/survey/{t}/certificate.pdf", seminar, surveyToken)));
        c.add(new Case("POST /seminars/{id}/survey/{token}", Rule.TOKEN, () -> post("/seminars/{id}/survey/{t}", seminar, surveyToken)
                .param("q" + surveyQuestion, "4")));
        // the survey's organisers' pages (the survey is sent, so edits are refused as such, after the access check)
        c.add(new Case("GET /manage/seminars/{id}/survey", Rule.OBLAST_STAFF, () -> get("/manage/seminars/{id}/survey", seminar)));
        c.add(new Case("POST /manage/seminars/{id}/survey", Rule.OBLAST_STAFF, () -> post("/manage/seminars/{id}/survey", seminar)));
        c.add(new Case("POST /manage/seminars/{id}/survey/settings", Rule.OBLAST_STAFF, () -> post("/manage/seminars/{id}/survey/settings", seminar)
                .param("anonymous", "false").param("sendAt", "2031-03-04T16:00")));
        c.add(new Case("POST /manage/seminars/{id}/survey/questions", Rule.OBLAST_STAFF, () -> post("/manage/seminars/{id}/survey/questions", seminar)
                .param("answer", "SCALE").param("textRu", "Матрица").param("textBe", "Матрыца").param("textEn", "Matrix")));
        c.add(new Case("GET /manage/seminars/{id}/survey/questions/{questionId}", Rule.OBLAST_STAFF,
                () -> get("/manage/seminars/{id}/survey/questions/{q}", seminar, surveyQuestion)));
        c.add(new Case("POST /manage/seminars/{id}/survey/questions/{questionId}", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/survey/questions/{q}", seminar, surveyQuestion)
                        .param("textRu", "Матрица").param("textBe", "Матрыца").param("textEn", "Matrix")));
        c.add(new Case("POST /manage/seminars/{id}/survey/questions/{questionId}/move", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/survey/questions/{q}/move", seminar, customQuestion).param("direction", "up")));
        c.add(new Case("POST /manage/seminars/{id}/survey/questions/{questionId}/delete", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/survey/questions/{q}/delete", seminar, customQuestion), true));
        c.add(new Case("POST /manage/seminars/{id}/survey/send", Rule.OBLAST_STAFF, () -> post("/manage/seminars/{id}/survey/send", seminar)));
        c.add(new Case("GET /manage/seminars/{id}/survey/results", Rule.OBLAST_STAFF,
                () -> get("/manage/seminars/{id}/survey/results", seminar)));
        c.add(new Case("GET /manage/seminars/{id}/survey/results.xlsx", Rule.OBLAST_STAFF,
                () -> get("/manage/seminars/{id}/survey/results.xlsx", seminar)));
        c.add(new Case("GET /manage/seminars/{id}/survey/results.pdf", Rule.OBLAST_STAFF,
                () -> get("/manage/seminars/{id}/survey/results.pdf", seminar)));
        c.add(new Case("GET /api/v1/seminars/{id}/survey/results", Rule.OBLAST_STAFF,
                () -> get("/api/v1/seminars/{id}/survey/results", seminar)));
        // one's own account
        c.add(new Case("GET /account", Rule.SIGNED_IN, () -> get("/account")));
        c.add(new Case("GET /account/password", Rule.SIGNED_IN, () -> get("/account/password")));
        c.add(new Case("POST /account/password", Rule.SIGNED_IN, () -> post("/account/password")
                .param("currentPassword", "not-the-password").param("newPassword", "Another-pass-42")
                .param("confirmPassword", "Another-pass-42")));
        c.add(new Case("POST /account/tokens", Rule.SIGNED_IN, () -> post("/account/tokens").param("name", "matrix")));
        c.add(new Case("POST /account/tokens/{id}/delete", Rule.SIGNED_IN, () -> post("/account/tokens/{id}/delete", 987654321)));
        // the programme office's own pages
        c.add(new Case("GET /admin/accounts", Rule.PROGRAMME_OFFICE, () -> get("/admin/accounts")));
        c.add(new Case("POST /admin/accounts", Rule.PROGRAMME_OFFICE, () -> post("/admin/accounts")
                .param("username", TestData.unique("matrix").replaceAll("[^A-Za-z0-9._-]", "")).param("displayName", "Матрица")
                .param("role", "PARTICIPANT").param("initialPassword", "Matrix-pass-2031")));
        c.add(new Case("POST /admin/accounts/{id}/enabled", Rule.PROGRAMME_OFFICE,
                () -> post("/admin/accounts/{id}/enabled", account).param("enabled", "true")));
        // programme: the seminar of Grodno oblast
        c.add(new Case("GET /manage/cycles/{id}", Rule.ANY_COORDINATOR, () -> get("/manage/cycles/{id}", cycle)));
        c.add(new Case("GET /manage/seminars/new", Rule.ANY_COORDINATOR, () -> get("/manage/seminars/new")));
        c.add(new Case("GET /manage/seminars/{id}/cancel", Rule.OBLAST_STAFF, () -> get("/manage/seminars/{id}/cancel", seminar)));
        c.add(new Case("GET /manage/seminars/{id}/restore", Rule.OBLAST_STAFF, () -> get("/manage/seminars/{id}/restore", seminar)));
        c.add(new Case("POST /manage/seminars/{id}/restore", Rule.OBLAST_STAFF, () -> post("/manage/seminars/{id}/restore", seminar)));
        c.add(new Case("POST /manage/seminars", Rule.OBLAST_STAFF, () -> post("/manage/seminars").param("cycleId", "" + cycle)
                .param("hostTerritoryId", "" + grodnoOblast).param("titleRu", TestData.unique("Новый "))));
        c.add(new Case("GET /manage/seminars/{id}", Rule.OBLAST_STAFF, () -> get("/manage/seminars/{id}", seminar)));
        c.add(new Case("POST /manage/seminars/{id}", Rule.OBLAST_STAFF, () -> post("/manage/seminars/{id}", seminar)
                .param("cycleId", "" + cycle).param("hostTerritoryId", "" + grodnoOblast).param("titleRu", "Матрица")
                .param("start", "2031-03-04T10:00").param("end", "2031-03-04T14:00")));
        c.add(new Case("POST /manage/seminars/{id}/status", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/status", seminar).param("status", "REGISTRATION_OPEN")));
        c.add(new Case("POST /manage/seminars/{id}/talks", Rule.OBLAST_STAFF, () -> post("/manage/seminars/{id}/talks", seminar)
                .param("kind", "BREAK").param("titleRu", "Перерыв").param("start", "2031-03-04T11:00").param("end", "2031-03-04T11:15")));
        c.add(new Case("POST /manage/seminars/{id}/sites", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/sites", seminar).param("territoryId", "" + lida)));
        c.add(new Case("POST /manage/seminars/{id}/sites/all", Rule.OBLAST_STAFF, () -> post("/manage/seminars/{id}/sites/all", seminar)));
        c.add(new Case("POST /manage/seminars/{id}/sites/{siteId}/capacity", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/sites/{s}/capacity", seminar, site).param("capacity", "40")));
        c.add(new Case("POST /manage/seminars/{id}/move", Rule.OBLAST_STAFF, () -> post("/manage/seminars/{id}/move", seminar)
                .param("start", "2031-03-04T10:00").param("end", "2031-03-04T14:00")));
        c.add(new Case("POST /manage/seminars/{id}/copy-agenda", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/copy-agenda", seminar).param("from", s)));
        c.add(new Case("POST /manage/seminars/{id}/organisers", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/organisers", seminar).param("organisationId", "" + organisation)
                        .param("role", "PARTNER")));
        c.add(new Case("POST /manage/seminars/{id}/organisers/{organisationId}/role", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/organisers/{o}/role", seminar, organisation).param("role", "SUPPORT")));
        c.add(new Case("POST /manage/seminars/{id}/organisers/{organisationId}/move", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/organisers/{o}/move", seminar, organisation).param("up", "true")));
        c.add(new Case("POST /manage/seminars/{id}/organisers/{organisationId}/delete", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/organisers/{o}/delete", seminar, organisation)));
        c.add(new Case("POST /manage/seminars/{id}/outcome", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/outcome", seminar).param("outcomeRu", "Итоги")));
        c.add(new Case("POST /manage/seminars/{id}/materials", Rule.OBLAST_STAFF, () -> multipart("/manage/seminars/{id}/materials", seminar)
                .file(new MockMultipartFile("file", "more.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes())).param("title", "Ещё")));
        c.add(new Case("GET /manage/talks/{talkId}", Rule.OBLAST_STAFF_AND_SPEAKER, () -> get("/manage/talks/{t}", talk)));
        c.add(new Case("POST /manage/talks/{talkId}", Rule.OBLAST_STAFF_AND_SPEAKER,
                () -> post("/manage/talks/{t}", talk).param("titleRu", "Доклад (уточнено)")));
        c.add(new Case("POST /api/v1/seminars", Rule.OBLAST_STAFF, () -> post("/api/v1/seminars").contentType(MediaType.APPLICATION_JSON)
                .content("{\"cycleId\":%d,\"hostTerritoryId\":%d,\"titleRu\":\"%s\"}".formatted(cycle, grodnoOblast, TestData.unique("API ")))));
        c.add(new Case("PUT /api/v1/seminars/{id}", Rule.OBLAST_STAFF, () -> put("/api/v1/seminars/{id}", seminar)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"Матрица","start":"2031-03-04T10:00","end":"2031-03-04T14:00"}
                        """.formatted(cycle, grodnoOblast))));
        c.add(new Case("POST /api/v1/seminars/{id}/status", Rule.OBLAST_STAFF, () -> post("/api/v1/seminars/{id}/status", seminar)
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"REGISTRATION_OPEN\"}")));
        c.add(new Case("POST /api/v1/seminars/{id}/talks", Rule.OBLAST_STAFF, () -> post("/api/v1/seminars/{id}/talks", seminar)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"BREAK\",\"titleRu\":\"Кофе\",\"start\":\"2031-03-04T12:00\",\"end\":\"2031-03-04T12:10\"}")));
        c.add(new Case("GET /api/v1/seminars/{id}/organisers", Rule.PUBLIC, () -> get("/api/v1/seminars/{id}/organisers", seminar)));
        c.add(new Case("PUT /api/v1/seminars/{id}/organisers", Rule.OBLAST_STAFF, () -> put("/api/v1/seminars/{id}/organisers", seminar)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"organisers\":[{\"organisationId\":%d,\"role\":\"ORGANISER\"}]}".formatted(organisation))));
        c.add(new Case("PUT /api/v1/seminars/{id}/outcome", Rule.OBLAST_STAFF, () -> put("/api/v1/seminars/{id}/outcome", seminar)
                .contentType(MediaType.APPLICATION_JSON).content("{\"outcomeBe\":\"Вынікі\"}")));
        c.add(new Case("POST /api/v1/seminars/{id}/remote-sites", Rule.OBLAST_STAFF, () -> post("/api/v1/seminars/{id}/remote-sites", seminar)
                .contentType(MediaType.APPLICATION_JSON).content("{\"territoryId\":%d}".formatted(lida))));
        // participation
        c.add(new Case("GET /manage/seminars/{id}/participation", Rule.OBLAST_STAFF, () -> get("/manage/seminars/{id}/participation", seminar)));
        c.add(new Case("GET /manage/seminars/{id}/participation/officials", Rule.OBLAST_STAFF,
                () -> get("/manage/seminars/{id}/participation/officials", seminar).param("q", "Иван")));
        c.add(new Case("GET /manage/seminars/{id}/participation/export.csv", Rule.OBLAST_STAFF,
                () -> get("/manage/seminars/{id}/participation/export.csv", seminar)));
        c.add(new Case("GET /manage/seminars/{id}/participation/export.xlsx", Rule.OBLAST_STAFF,
                () -> get("/manage/seminars/{id}/participation/export.xlsx", seminar)));
        c.add(new Case("POST /manage/seminars/{id}/participation/rules", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/participation/rules", seminar).param("categories", "HOUSING_UTILITIES")
                        .param("scope", "HOST_DISTRICTS").param("territoryId", "" + grodnoOblast).param("positions", "ALL")));
        c.add(new Case("POST /manage/seminars/{id}/participation/expand", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/participation/expand", seminar)));
        c.add(new Case("POST /manage/seminars/{id}/participation/add", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/participation/add", seminar).param("officialId", "" + otherOfficial)));
        c.add(new Case("POST /manage/seminars/{id}/participation/invitations/{invitationId}/resend", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/participation/invitations/{i}/resend", seminar, invitation)));
        c.add(new Case("POST /manage/seminars/{id}/participation/send", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/participation/send", seminar)));
        c.add(new Case("POST /manage/seminars/{id}/participation/capacity", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/participation/capacity", seminar).param("capacity", "50")));
        c.add(new Case("GET /manage/seminars/{id}/check-in", Rule.OBLAST_STAFF, () -> get("/manage/seminars/{id}/check-in", seminar)));
        c.add(new Case("POST /manage/seminars/{id}/check-in", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/check-in", seminar).param("code", "NOSUCHCODE")));
        c.add(new Case("GET /manage/seminars/{id}/sites/{siteId}/attendance", Rule.OBLAST_STAFF_AND_SITE,
                () -> get("/manage/seminars/{id}/sites/{s}/attendance", seminar, site)));
        c.add(new Case("POST /manage/seminars/{id}/sites/{siteId}/attendance", Rule.OBLAST_STAFF_AND_SITE,
                () -> post("/manage/seminars/{id}/sites/{s}/attendance", seminar, site).param("invitationId", "" + invitation)
                        .param("attended", "true")));
        c.add(new Case("POST /manage/seminars/{id}/sites/{siteId}/walk-in", Rule.OBLAST_STAFF_AND_SITE,
                () -> post("/manage/seminars/{id}/sites/{s}/walk-in", seminar, site).param("officialId", "" + otherOfficial)));
        c.add(new Case("POST /manage/seminars/{id}/sites/{siteId}/walk-in-new", Rule.OBLAST_STAFF_AND_SITE,
                () -> post("/manage/seminars/{id}/sites/{s}/walk-in-new", seminar, site).param("fullName", "Пришедший Без Приглашения")
                        .param("position", "Специалист").param("organisationId", "" + organisation)
                        .param("email", TestData.unique("walk") + "@t.by")));
        // participation over the API: the same services as the pages, the same callers
        c.add(new Case("GET /api/v1/seminars/{id}/invitations", Rule.OBLAST_STAFF, () -> get("/api/v1/seminars/{id}/invitations", seminar)));
        c.add(new Case("GET /api/v1/seminars/{id}/invitations/summary", Rule.OBLAST_STAFF,
                () -> get("/api/v1/seminars/{id}/invitations/summary", seminar)));
        c.add(new Case("GET /api/v1/seminars/{id}/invitations/{invitationId}", Rule.OBLAST_STAFF,
                () -> get("/api/v1/seminars/{id}/invitations/{i}", seminar, invitation)));
        c.add(new Case("GET /api/v1/seminars/{id}/invitations/rules", Rule.OBLAST_STAFF,
                () -> get("/api/v1/seminars/{id}/invitations/rules", seminar)));
        c.add(new Case("POST /api/v1/seminars/{id}/invitations/rules", Rule.OBLAST_STAFF,
                () -> post("/api/v1/seminars/{id}/invitations/rules", seminar).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"categories\":[\"HOUSING_UTILITIES\"],\"scope\":\"HOST_DISTRICTS\",\"positions\":\"ALL\"}")));
        c.add(new Case("POST /api/v1/seminars/{id}/invitations/expand", Rule.OBLAST_STAFF,
                () -> post("/api/v1/seminars/{id}/invitations/expand", seminar)));
        c.add(new Case("POST /api/v1/seminars/{id}/invitations", Rule.OBLAST_STAFF,
                () -> post("/api/v1/seminars/{id}/invitations", seminar).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"officialId\":%d}".formatted(otherOfficial))));
        c.add(new Case("POST /api/v1/seminars/{id}/invitations/{invitationId}/resend", Rule.OBLAST_STAFF,
                () -> post("/api/v1/seminars/{id}/invitations/{i}/resend", seminar, invitation)));
        c.add(new Case("POST /api/v1/seminars/{id}/invitations/send", Rule.OBLAST_STAFF,
                () -> post("/api/v1/seminars/{id}/invitations/send", seminar)));
        c.add(new Case("PUT /api/v1/seminars/{id}/invitations/capacity", Rule.OBLAST_STAFF,
                () -> put("/api/v1/seminars/{id}/invitations/capacity", seminar).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"capacity\":50}")));
        c.add(new Case("GET /api/v1/seminars/{id}/attendance", Rule.OBLAST_STAFF, () -> get("/api/v1/seminars/{id}/attendance", seminar)));
        c.add(new Case("POST /api/v1/seminars/{id}/attendance/check-in", Rule.OBLAST_STAFF,
                () -> post("/api/v1/seminars/{id}/attendance/check-in", seminar).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"NOSUCHCODE\"}")));
        c.add(new Case("GET /api/v1/seminars/{id}/attendance/sites/{siteId}", Rule.OBLAST_STAFF_AND_SITE,
                () -> get("/api/v1/seminars/{id}/attendance/sites/{s}", seminar, site)));
        c.add(new Case("POST /api/v1/seminars/{id}/attendance/sites/{siteId}/marks", Rule.OBLAST_STAFF_AND_SITE,
                () -> post("/api/v1/seminars/{id}/attendance/sites/{s}/marks", seminar, site).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"invitationId\":%d,\"attended\":true}".formatted(invitation))));
        c.add(new Case("POST /api/v1/seminars/{id}/attendance/sites/{siteId}/walk-ins", Rule.OBLAST_STAFF_AND_SITE,
                () -> post("/api/v1/seminars/{id}/attendance/sites/{s}/walk-ins", seminar, site).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"officialId\":%d}".formatted(otherOfficial))));
        // news and announcement drafts over the API (the matrix seminar is not held: the news item is refused as such, 409)
        c.add(new Case("POST /api/v1/seminars/{id}/news/drafts", Rule.OBLAST_STAFF,
                () -> post("/api/v1/seminars/{id}/news/drafts", seminar).param("lang", "ru")));
        c.add(new Case("POST /api/v1/seminars/{id}/announcements/drafts", Rule.OBLAST_STAFF,
                () -> post("/api/v1/seminars/{id}/announcements/drafts", seminar).param("lang", "be")));
        // directory: Lida's organisation and official (Grodno oblast)
        c.add(new Case("GET /directory", Rule.ANY_STAFF, () -> get("/directory")));
        c.add(new Case("GET /directory/territories", Rule.ANY_STAFF, () -> get("/directory/territories")));
        c.add(new Case("GET /directory/territories/{id}", Rule.OBLAST_STAFF_AND_SITE, () -> get("/directory/territories/{id}", lida)));
        c.add(new Case("GET /directory/organisations", Rule.ANY_STAFF, () -> get("/directory/organisations")));
        c.add(new Case("GET /directory/organisations/new", Rule.ANY_COORDINATOR, () -> get("/directory/organisations/new")));
        c.add(new Case("POST /directory/organisations", Rule.OBLAST_STAFF, () -> post("/directory/organisations")
                .param("nameRu", TestData.unique("Орг ")).param("category", "OTHER").param("territoryId", "" + lida)));
        c.add(new Case("GET /directory/organisations/{id}", Rule.OBLAST_STAFF_AND_SITE, () -> get("/directory/organisations/{id}", organisation)));
        c.add(new Case("GET /directory/organisations/{id}/edit", Rule.OBLAST_STAFF, () -> get("/directory/organisations/{id}/edit", organisation)));
        c.add(new Case("POST /directory/organisations/{id}", Rule.OBLAST_STAFF, () -> post("/directory/organisations/{id}", organisation)
                .param("nameRu", "Лидская матрица").param("category", "OTHER").param("territoryId", "" + lida)));
        c.add(new Case("GET /directory/officials", Rule.ANY_STAFF, () -> get("/directory/officials")));
        c.add(new Case("GET /directory/officials/new", Rule.ANY_COORDINATOR, () -> get("/directory/officials/new")));
        c.add(new Case("POST /directory/officials", Rule.OBLAST_STAFF, () -> post("/directory/officials")
                .param("fullName", "Новый Чиновник").param("position", "Специалист").param("leadership", "OTHER")
                .param("organisationId", "" + organisation).param("email", TestData.unique("new") + "@t.by")));
        c.add(new Case("GET /directory/officials/{id}", Rule.OBLAST_STAFF_AND_SITE, () -> get("/directory/officials/{id}", official)));
        c.add(new Case("GET /directory/officials/{id}/edit", Rule.OBLAST_STAFF, () -> get("/directory/officials/{id}/edit", official)));
        c.add(new Case("POST /directory/officials/{id}", Rule.OBLAST_STAFF, () -> post("/directory/officials/{id}", official)
                .param("fullName", "Матрицын Иван").param("position", "Начальник").param("leadership", "HEAD")
                .param("organisationId", "" + organisation).param("email", TestData.unique("upd") + "@t.by")));
        c.add(new Case("GET /directory/officials/import", Rule.ANY_COORDINATOR, () -> get("/directory/officials/import")));
        c.add(new Case("GET /directory/officials/import/template.csv", Rule.ANY_COORDINATOR, () -> get("/directory/officials/import/template.csv")));
        c.add(new Case("POST /directory/officials/import", Rule.ANY_COORDINATOR, () -> multipart("/directory/officials/import")
                .file(new MockMultipartFile("file", "people.csv", "text/csv", "full_name;position\n".getBytes()))));
        c.add(new Case("GET /directory/officials/import/{id}/progress", Rule.ANY_COORDINATOR,
                () -> get("/directory/officials/import/{id}/progress", "00000000-0000-0000-0000-000000000000"), true));
        c.add(new Case("POST /directory/officials/import/{id}", Rule.ANY_COORDINATOR,
                () -> post("/directory/officials/import/{id}", "00000000-0000-0000-0000-000000000000"), true));
        c.add(new Case("GET /api/v1/organisations", Rule.ANY_STAFF, () -> get("/api/v1/organisations")));
        c.add(new Case("POST /api/v1/organisations", Rule.OBLAST_STAFF, () -> post("/api/v1/organisations")
                .contentType(MediaType.APPLICATION_JSON).content("{\"nameRu\":\"%s\",\"category\":\"OTHER\",\"territoryId\":%d}"
                        .formatted(TestData.unique("API орг "), lida))));
        // experts: national reference data of the programme office and every coordinator; retiring, deleting,
        // merging and inviting are the office's (each call gets experts of its own, so no caller finds one gone)
        c.add(new Case("GET /manage/experts", Rule.ANY_COORDINATOR, () -> get("/manage/experts").param("q", "Эксперт")));
        c.add(new Case("GET /manage/experts/new", Rule.ANY_COORDINATOR, () -> get("/manage/experts/new")));
        c.add(new Case("GET /manage/experts/options", Rule.ANY_COORDINATOR, () -> get("/manage/experts/options").param("q", "Эксперт")));
        c.add(new Case("GET /manage/experts/organisations", Rule.ANY_COORDINATOR,
                () -> get("/manage/experts/organisations").param("organisationQuery", "Министерство")));
        c.add(new Case("POST /manage/experts", Rule.ANY_COORDINATOR, () -> post("/manage/experts")
                .param("fullName", TestData.unique("Эксперт матрицы ")).param("organisationId", "" + expertOrganisation())));
        c.add(new Case("GET /manage/experts/{id}", Rule.ANY_COORDINATOR, () -> get("/manage/experts/{id}", newExpert(false))));
        c.add(new Case("POST /manage/experts/{id}", Rule.ANY_COORDINATOR, () -> post("/manage/experts/{id}", newExpert(false))
                .param("fullName", TestData.unique("Эксперт матрицы ")).param("positionRu", "Консультант")));
        c.add(new Case("POST /manage/experts/{id}/retire", Rule.PROGRAMME_OFFICE, () -> post("/manage/experts/{id}/retire", newExpert(false))));
        c.add(new Case("POST /manage/experts/{id}/delete", Rule.PROGRAMME_OFFICE, () -> post("/manage/experts/{id}/delete", newExpert(false))));
        c.add(new Case("POST /manage/experts/{id}/merge", Rule.PROGRAMME_OFFICE, () -> post("/manage/experts/{id}/merge", newExpert(false))
                .param("into", "" + newExpert(false))));
        c.add(new Case("POST /manage/experts/{id}/invite", Rule.PROGRAMME_OFFICE, () -> post("/manage/experts/{id}/invite", newExpert(true))));
        c.add(new Case("GET /api/v1/experts", Rule.ANY_COORDINATOR, () -> get("/api/v1/experts").param("q", "Эксперт")));
        c.add(new Case("GET /api/v1/experts/{id}", Rule.ANY_COORDINATOR, () -> get("/api/v1/experts/{id}", newExpert(false))));
        c.add(new Case("POST /api/v1/experts", Rule.ANY_COORDINATOR, () -> post("/api/v1/experts").contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\":\"%s\",\"organisationId\":%d}".formatted(TestData.unique("Эксперт API "), expertOrganisation()))));
        c.add(new Case("PUT /api/v1/experts/{id}", Rule.ANY_COORDINATOR, () -> put("/api/v1/experts/{id}", newExpert(false))
                .contentType(MediaType.APPLICATION_JSON).content("{\"fullName\":\"%s\"}".formatted(TestData.unique("Эксперт API ")))));
        c.add(new Case("POST /api/v1/experts/{id}/retire", Rule.PROGRAMME_OFFICE, () -> post("/api/v1/experts/{id}/retire", newExpert(false))));
        c.add(new Case("DELETE /api/v1/experts/{id}", Rule.PROGRAMME_OFFICE, () -> delete("/api/v1/experts/{id}", newExpert(false))));
        c.add(new Case("POST /api/v1/experts/{id}/merge", Rule.PROGRAMME_OFFICE, () -> post("/api/v1/experts/{id}/merge", newExpert(false))
                .contentType(MediaType.APPLICATION_JSON).content("{\"into\":%d}".formatted(newExpert(false)))));
        c.add(new Case("POST /api/v1/experts/{id}/invite", Rule.PROGRAMME_OFFICE, () -> post("/api/v1/experts/{id}/invite", newExpert(true))));
        // an invited expert's link to set a password (a refused password leaves the link usable for the next caller)
        c.add(new Case("GET /account/activate/{token}", Rule.TOKEN, () -> get("/account/activate/{t}", activationToken())));
        c.add(new Case("POST /account/activate/{token}", Rule.TOKEN, () -> post("/account/activate/{t}", activationToken())
                .param("newPassword", "Matrix-pass-2032").param("confirmPassword", "Another-pass-2032")));
        c.add(new Case("GET /api/v1/organisations/{id}", Rule.OBLAST_STAFF_AND_SITE, () -> get("/api/v1/organisations/{id}", organisation)));
        c.add(new Case("PUT /api/v1/organisations/{id}", Rule.OBLAST_STAFF, () -> put("/api/v1/organisations/{id}", organisation)
                .contentType(MediaType.APPLICATION_JSON).content("{\"nameRu\":\"Лидская матрица\",\"category\":\"OTHER\",\"territoryId\":%d}"
                        .formatted(lida))));
        c.add(new Case("GET /api/v1/officials", Rule.ANY_STAFF, () -> get("/api/v1/officials")));
        c.add(new Case("POST /api/v1/officials", Rule.OBLAST_STAFF, () -> post("/api/v1/officials")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"fullName":"Апи Чиновник","position":"Специалист","leadership":"OTHER","organisationId":%d,"email":"%s@t.by"}
                        """.formatted(organisation, TestData.unique("apiof")))));
        c.add(new Case("GET /api/v1/officials/{id}", Rule.OBLAST_STAFF_AND_SITE, () -> get("/api/v1/officials/{id}", official)));
        c.add(new Case("PUT /api/v1/officials/{id}", Rule.OBLAST_STAFF, () -> put("/api/v1/officials/{id}", official)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"fullName":"Матрицын Иван","position":"Начальник","leadership":"HEAD","organisationId":%d,"email":"%s@t.by"}
                        """.formatted(organisation, TestData.unique("apiupd")))));
        // competence framework: the programme office's alone (a draft is started before it is edited)
        c.add(new Case("GET /manage/competences", Rule.PROGRAMME_OFFICE, () -> get("/manage/competences")));
        c.add(new Case("GET /manage/competences/versions/{versionId}", Rule.PROGRAMME_OFFICE,
                () -> get("/manage/competences/versions/{v}", frameworkVersion)));
        c.add(new Case("POST /manage/competences/versions/{versionId}/draft", Rule.PROGRAMME_OFFICE,
                () -> post("/manage/competences/versions/{v}/draft", currentVersion())));
        c.add(new Case("POST /manage/competences/draft/competences", Rule.PROGRAMME_OFFICE,
                () -> post("/manage/competences/draft/competences").param("areaId", "" + draftArea())
                        .param("nameRu", "Матрица").param("nameBe", "Матрыца").param("nameEn", "Matrix")));
        c.add(new Case("GET /manage/competences/items/{competenceId}", Rule.PROGRAMME_OFFICE,
                () -> get("/manage/competences/items/{c}", draftCompetence())));
        c.add(new Case("POST /manage/competences/items/{competenceId}", Rule.PROGRAMME_OFFICE,
                () -> post("/manage/competences/items/{c}", draftCompetence())
                        .param("nameRu", "Матрица").param("nameBe", "Матрыца").param("nameEn", "Matrix")));
        // publishing and discarding a draft: allowed callers may find it already gone (published by the one before)
        c.add(new Case("POST /manage/competences/versions/{versionId}/publish", Rule.PROGRAMME_OFFICE,
                () -> post("/manage/competences/versions/{v}/publish", draftVersion())));
        c.add(new Case("POST /manage/competences/versions/{versionId}/delete", Rule.PROGRAMME_OFFICE,
                () -> post("/manage/competences/versions/{v}/delete", draftVersion())));
        // a talk's competences: the seminar's organisers
        c.add(new Case("GET /manage/talks/{talkId}/competences", Rule.OBLAST_STAFF, () -> get("/manage/talks/{t}/competences", talk)));
        c.add(new Case("POST /manage/talks/{talkId}/competences", Rule.OBLAST_STAFF, () -> post("/manage/talks/{t}/competences", talk)
                .param("competenceId", "" + currentCompetence()).param("targetLevel", "2")));
        c.add(new Case("POST /manage/talks/{talkId}/competences/remove", Rule.OBLAST_STAFF,
                () -> post("/manage/talks/{t}/competences/remove", talk).param("competenceId", "" + currentCompetence())));
        // an official's record: the programme office and the coordinator of the official's oblast
        c.add(new Case("GET /directory/officials/{id}/record", Rule.OBLAST_STAFF, () -> get("/directory/officials/{id}/record", official)));
        c.add(new Case("GET /directory/officials/{id}/record.pdf", Rule.OBLAST_STAFF,
                () -> get("/directory/officials/{id}/record.pdf", official)));
        c.add(new Case("GET /directory/officials/{id}/record/certificates/{serial}.pdf", Rule.OBLAST_STAFF,
                () -> get("/directory/officials/{id}/record/certificates/{s}.pdf", attendeeOfficial, serial), true));
        // certificates: issued and downloaded by the seminar's organisers, revoked by the programme office, verified by anyone
        c.add(new Case("GET /manage/seminars/{id}/certificates", Rule.OBLAST_STAFF, () -> get("/manage/seminars/{id}/certificates", seminar)));
        c.add(new Case("POST /manage/seminars/{id}/certificates", Rule.OBLAST_STAFF, () -> post("/manage/seminars/{id}/certificates", seminar)
                .param("invitationId", "" + attendedInvitation).param("language", "be")));
        c.add(new Case("GET /manage/certificates/{serial}.pdf", Rule.OBLAST_STAFF, () -> get("/manage/certificates/{s}.pdf", serial)));
        c.add(new Case("GET /certificates/{serial}", Rule.PUBLIC, () -> get("/certificates/{s}", serial)));
        // bulk issue (the matrix seminar is not held: allowed callers get 409, others 403) and its progress
        c.add(new Case("POST /manage/seminars/{id}/certificates/bulk", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/certificates/bulk", seminar)));
        c.add(new Case("GET /manage/certificate-batches/{batchId}", Rule.OBLAST_STAFF,
                () -> get("/manage/certificate-batches/{b}", batch)));
        c.add(new Case("POST /api/v1/seminars/{id}/certificate-batches", Rule.OBLAST_STAFF,
                () -> post("/api/v1/seminars/{id}/certificate-batches", seminar)));
        c.add(new Case("GET /api/v1/certificate-batches/{batchId}", Rule.OBLAST_STAFF,
                () -> get("/api/v1/certificate-batches/{b}", batch)));
        // Open Badges: public like the verification page (a revoked assertion is 410, which is not a refusal)
        long held = TestData.demoGrodnoSeminar(jdbc);
        c.add(new Case("GET /badges/assertions/{serial}", Rule.PUBLIC, () -> get("/badges/assertions/{s}", serial)));
        c.add(new Case("GET /badges/classes/{seminarId}", Rule.PUBLIC, () -> get("/badges/classes/{id}", held)));
        c.add(new Case("GET /badges/classes/{seminarId}/image.svg", Rule.PUBLIC, () -> get("/badges/classes/{id}/image.svg", held)));
        c.add(new Case("GET /badges/issuer", Rule.PUBLIC, () -> get("/badges/issuer")));
        c.add(new Case("GET /competences/{competenceId}", Rule.PUBLIC, () -> get("/competences/{id}", currentCompetence())));
        // the official's own record behind the personal link (the certificate may have been revoked by then: gone)
        c.add(new Case("GET /my-record/{token}", Rule.TOKEN, () -> get("/my-record/{t}", attendeeToken)));
        c.add(new Case("GET /my-record/{token}/record.pdf", Rule.TOKEN, () -> get("/my-record/{t}/record.pdf", attendeeToken)));
        c.add(new Case("GET /my-record/{token}/certificates/{serial}.pdf", Rule.TOKEN,
                () -> get("/my-record/{t}/certificates/{s}.pdf", attendeeToken, serial), true));
        c.add(new Case("POST /manage/certificates/{serial}/revoke", Rule.PROGRAMME_OFFICE,
                () -> post("/manage/certificates/{s}/revoke", serial).param("reason", "Матрица")));
        // the audit log and personal data: the programme office's alone
        c.add(new Case("GET /admin/audit", Rule.PROGRAMME_OFFICE, () -> get("/admin/audit")));
        c.add(new Case("GET /admin/officials/{id}/personal-data", Rule.PROGRAMME_OFFICE,
                () -> get("/admin/officials/{id}/personal-data", official)));
        c.add(new Case("GET /api/v1/officials/{id}/personal-data", Rule.PROGRAMME_OFFICE,
                () -> get("/api/v1/officials/{id}/personal-data", official)));
        c.add(new Case("GET /admin/officials/{id}/erasure", Rule.PROGRAMME_OFFICE, () -> get("/admin/officials/{id}/erasure", official)));
        c.add(new Case("POST /admin/officials/{id}/erasure", Rule.PROGRAMME_OFFICE,
                () -> post("/admin/officials/{id}/erasure", official).param("confirm", "yes")));
        c.add(new Case("POST /api/v1/officials/{id}/erasure", Rule.PROGRAMME_OFFICE,
                () -> post("/api/v1/officials/{id}/erasure", official)));
        // reports: coverage for the programme office and every coordinator; a region's drill-down for its own staff
        c.add(new Case("GET /reports/coverage", Rule.ANY_COORDINATOR, () -> get("/reports/coverage")));
        c.add(new Case("GET /reports/coverage/oblasts/{id}", Rule.OBLAST_STAFF, () -> get("/reports/coverage/oblasts/{id}", grodnoOblast)));
        c.add(new Case("GET /reports/coverage/export.{format:xlsx|csv}", Rule.OBLAST_STAFF,
                () -> get("/reports/coverage/export.xlsx").param("table", "unreached").param("oblast", "" + grodnoOblast)));
        c.add(new Case("GET /api/v1/reports/coverage", Rule.OBLAST_STAFF,
                () -> get("/api/v1/reports/coverage").param("oblast", "" + grodnoOblast)));
        // reporting: figures of every region for the office and the coordinators; named officials and the planner
        // of a seminar for its region's coordinator and the office
        c.add(new Case("GET /reports/gaps", Rule.ANY_COORDINATOR, () -> get("/reports/gaps").param("oblast", "" + grodnoOblast)));
        c.add(new Case("GET /reports/gaps/export.{format:xlsx|csv}", Rule.ANY_COORDINATOR, () -> get("/reports/gaps/export.xlsx")));
        c.add(new Case("GET /api/v1/reports/gaps", Rule.ANY_COORDINATOR, () -> get("/api/v1/reports/gaps").param("oblast", "" + grodnoOblast)));
        c.add(new Case("GET /reports/gaps/officials", Rule.OBLAST_STAFF, () -> get("/reports/gaps/officials")
                .param("oblast", "" + grodnoOblast).param("competence", "A2.1")));
        c.add(new Case("GET /reports/gaps/officials/export.{format:xlsx|csv}", Rule.OBLAST_STAFF,
                () -> get("/reports/gaps/officials/export.csv").param("oblast", "" + grodnoOblast).param("competence", "A2.1")));
        c.add(new Case("GET /api/v1/reports/gaps/officials", Rule.OBLAST_STAFF, () -> get("/api/v1/reports/gaps/officials")
                .param("oblast", "" + grodnoOblast).param("competence", "A2.1")));
        c.add(new Case("GET /reports/planner", Rule.OBLAST_STAFF, () -> get("/reports/planner").param("seminar", "" + seminar)));
        c.add(new Case("GET /reports/planner/export.{format:xlsx|csv}", Rule.OBLAST_STAFF,
                () -> get("/reports/planner/export.xlsx").param("seminar", "" + seminar)));
        c.add(new Case("GET /api/v1/reports/planner", Rule.OBLAST_STAFF, () -> get("/api/v1/reports/planner").param("seminar", "" + seminar)));
        c.add(new Case("POST /reports/planner/apply", Rule.OBLAST_STAFF, () -> post("/reports/planner/apply").param("seminar", "" + seminar)));
        c.add(new Case("POST /api/v1/reports/planner", Rule.OBLAST_STAFF, () -> post("/api/v1/reports/planner").param("seminar", "" + seminar)));
        c.add(new Case("GET /manage/seminars/{id}/report.pdf", Rule.OBLAST_STAFF, () -> get("/manage/seminars/{id}/report.pdf", seminar)));
        // topics: read and proposed by every coordinator, kept by the programme office
        c.add(new Case("GET /manage/topics", Rule.ANY_COORDINATOR, () -> get("/manage/topics")));
        c.add(new Case("GET /manage/topics/new", Rule.ANY_COORDINATOR, () -> get("/manage/topics/new")));
        c.add(new Case("POST /manage/topics/new", Rule.ANY_COORDINATOR, () -> post("/manage/topics/new")
                .param("nameRu", TestData.unique("Матрица: тема "))));
        c.add(new Case("GET /manage/topics/{id}", Rule.ANY_COORDINATOR, () -> get("/manage/topics/{id}", topic)));
        c.add(new Case("POST /manage/topics/{id}", Rule.PROGRAMME_OFFICE, () -> post("/manage/topics/{id}", topic)
                .param("nameBe", "Матрыца")));
        c.add(new Case("POST /manage/topics/{id}/approve", Rule.PROGRAMME_OFFICE, () -> post("/manage/topics/{id}/approve", topic)));
        c.add(new Case("POST /manage/topics/{id}/reject", Rule.PROGRAMME_OFFICE, () -> post("/manage/topics/{id}/reject", topic)));
        c.add(new Case("POST /manage/topics/{id}/retire", Rule.PROGRAMME_OFFICE, () -> post("/manage/topics/{id}/retire", topic)));
        c.add(new Case("POST /manage/topics/{id}/unretire", Rule.PROGRAMME_OFFICE, () -> post("/manage/topics/{id}/unretire", topic)));
        c.add(new Case("GET /manage/topics/{topicId}/competences", Rule.PROGRAMME_OFFICE,
                () -> get("/manage/topics/{id}/competences", topic)));
        c.add(new Case("POST /manage/topics/{topicId}/competences", Rule.PROGRAMME_OFFICE,
                () -> post("/manage/topics/{id}/competences", topic).param("competenceId", "" + currentCompetence())));
        c.add(new Case("POST /manage/topics/{topicId}/competences/remove", Rule.PROGRAMME_OFFICE,
                () -> post("/manage/topics/{id}/competences/remove", topic).param("competenceId", "" + currentCompetence())));
        c.add(new Case("GET /api/v1/topics/{topicId}/competences", Rule.PROGRAMME_OFFICE,
                () -> get("/api/v1/topics/{id}/competences", topic)));
        c.add(new Case("PUT /api/v1/topics/{topicId}/competences", Rule.PROGRAMME_OFFICE,
                () -> put("/api/v1/topics/{id}/competences", topic).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"competenceIds\":[%d]}".formatted(currentCompetence()))));
        c.add(new Case("GET /api/v1/topics", Rule.ANY_COORDINATOR, () -> get("/api/v1/topics")));
        c.add(new Case("GET /api/v1/topics/{id}", Rule.ANY_COORDINATOR, () -> get("/api/v1/topics/{id}", topic)));
        c.add(new Case("POST /api/v1/topics", Rule.ANY_COORDINATOR, () -> post("/api/v1/topics").contentType(MediaType.APPLICATION_JSON)
                .content("{\"nameRu\":\"%s\"}".formatted(TestData.unique("Матрица: API ")))));
        c.add(new Case("PUT /api/v1/topics/{id}", Rule.PROGRAMME_OFFICE, () -> put("/api/v1/topics/{id}", topic)
                .contentType(MediaType.APPLICATION_JSON).content("{\"nameEn\":\"Matrix\"}")));
        c.add(new Case("POST /api/v1/topics/{id}/approve", Rule.PROGRAMME_OFFICE, () -> post("/api/v1/topics/{id}/approve", topic)));
        c.add(new Case("POST /api/v1/topics/{id}/reject", Rule.PROGRAMME_OFFICE, () -> post("/api/v1/topics/{id}/reject", topic)));
        c.add(new Case("POST /api/v1/topics/{id}/retire", Rule.PROGRAMME_OFFICE, () -> post("/api/v1/topics/{id}/retire", topic)));
        c.add(new Case("POST /api/v1/topics/{id}/unretire", Rule.PROGRAMME_OFFICE, () -> post("/api/v1/topics/{id}/unretire", topic)));
        // venues: read by every coordinator, changed by the programme office and the venue's own region's coordinator
        c.add(new Case("GET /manage/venues", Rule.ANY_COORDINATOR, () -> get("/manage/venues")));
        c.add(new Case("GET /manage/venues/new", Rule.ANY_COORDINATOR, () -> get("/manage/venues/new")));
        c.add(new Case("GET /manage/venues/organisations", Rule.ANY_COORDINATOR, () -> get("/manage/venues/organisations")
                .param("territoryId", "" + grodnoOblast).param("hostQuery", "гродн")));
        c.add(new Case("POST /manage/venues/new", Rule.OBLAST_STAFF, () -> post("/manage/venues/new")
                .param("nameRu", TestData.unique("Матрица: зал ")).param("territoryId", "" + lida)));
        c.add(new Case("GET /manage/venues/{id}", Rule.OBLAST_STAFF, () -> get("/manage/venues/{id}", grodnoVenue)));
        c.add(new Case("POST /manage/venues/{id}", Rule.OBLAST_STAFF, () -> post("/manage/venues/{id}", grodnoVenue)
                .param("nameBe", "Матрыца: зала")));
        c.add(new Case("POST /manage/venues/{id}/retire", Rule.OBLAST_STAFF, () -> post("/manage/venues/{id}/retire", grodnoVenue)));
        c.add(new Case("POST /manage/venues/{id}/unretire", Rule.OBLAST_STAFF, () -> post("/manage/venues/{id}/unretire", grodnoVenue)));
        c.add(new Case("GET /api/v1/venues", Rule.ANY_COORDINATOR, () -> get("/api/v1/venues")));
        c.add(new Case("GET /api/v1/venues/{id}", Rule.ANY_COORDINATOR, () -> get("/api/v1/venues/{id}", grodnoVenue)));
        c.add(new Case("POST /api/v1/venues", Rule.OBLAST_STAFF, () -> post("/api/v1/venues").contentType(MediaType.APPLICATION_JSON)
                .content("{\"nameRu\":\"%s\",\"territoryId\":%d}".formatted(TestData.unique("Матрица: API "), grodnoOblast))));
        c.add(new Case("PUT /api/v1/venues/{id}", Rule.OBLAST_STAFF, () -> put("/api/v1/venues/{id}", grodnoVenue)
                .contentType(MediaType.APPLICATION_JSON).content("{\"nameEn\":\"Matrix hall\"}")));
        c.add(new Case("POST /api/v1/venues/{id}/retire", Rule.OBLAST_STAFF, () -> post("/api/v1/venues/{id}/retire", grodnoVenue)));
        c.add(new Case("POST /api/v1/venues/{id}/unretire", Rule.OBLAST_STAFF, () -> post("/api/v1/venues/{id}/unretire", grodnoVenue)));
        // cycles and programmes: planned by the programme office, read through the API by the coordinators too
        c.add(new Case("GET /manage/cycles/new", Rule.PROGRAMME_OFFICE, () -> get("/manage/cycles/new")));
        c.add(new Case("POST /manage/cycles/new", Rule.PROGRAMME_OFFICE, () -> post("/manage/cycles/new")
                .param("programmeId", "" + defaultProgramme).param("titleRu", TestData.unique("Матрица: цикл "))));
        c.add(new Case("GET /manage/cycles/{id}/edit", Rule.PROGRAMME_OFFICE, () -> get("/manage/cycles/{id}/edit", refCycle)));
        c.add(new Case("POST /manage/cycles/{id}/edit", Rule.PROGRAMME_OFFICE, () -> post("/manage/cycles/{id}/edit", refCycle)
                .param("titleBe", "Матрыца: цыкл")));
        c.add(new Case("POST /manage/cycles/{id}/close", Rule.PROGRAMME_OFFICE, () -> post("/manage/cycles/{id}/close", refCycle)));
        c.add(new Case("POST /manage/cycles/{id}/reopen", Rule.PROGRAMME_OFFICE, () -> post("/manage/cycles/{id}/reopen", refCycle)));
        c.add(new Case("GET /manage/cycles/{id}/order", Rule.PROGRAMME_OFFICE, () -> get("/manage/cycles/{id}/order", refCycle)));
        c.add(new Case("POST /manage/cycles/{id}/order", Rule.PROGRAMME_OFFICE, () -> post("/manage/cycles/{id}/order", refCycle)
                .param("seminarId", "" + seminar).param("direction", "up")));
        c.add(new Case("GET /api/v1/cycles", Rule.ANY_COORDINATOR, () -> get("/api/v1/cycles")));
        c.add(new Case("GET /api/v1/cycles/{id}", Rule.ANY_COORDINATOR, () -> get("/api/v1/cycles/{id}", refCycle)));
        c.add(new Case("POST /api/v1/cycles", Rule.PROGRAMME_OFFICE, () -> post("/api/v1/cycles").contentType(MediaType.APPLICATION_JSON)
                .content("{\"programmeId\":%d,\"titleRu\":\"%s\"}".formatted(defaultProgramme, TestData.unique("Матрица: API ")))));
        c.add(new Case("PUT /api/v1/cycles/{id}", Rule.PROGRAMME_OFFICE, () -> put("/api/v1/cycles/{id}", refCycle)
                .contentType(MediaType.APPLICATION_JSON).content("{\"titleEn\":\"Matrix cycle\"}")));
        c.add(new Case("POST /api/v1/cycles/{id}/close", Rule.PROGRAMME_OFFICE, () -> post("/api/v1/cycles/{id}/close", refCycle)));
        c.add(new Case("POST /api/v1/cycles/{id}/reopen", Rule.PROGRAMME_OFFICE, () -> post("/api/v1/cycles/{id}/reopen", refCycle)));
        c.add(new Case("PUT /api/v1/cycles/{id}/order", Rule.PROGRAMME_OFFICE, () -> put("/api/v1/cycles/{id}/order", refCycle)
                .contentType(MediaType.APPLICATION_JSON).content("{\"seminarIds\":[]}")));
        c.add(new Case("GET /manage/programmes", Rule.PROGRAMME_OFFICE, () -> get("/manage/programmes")));
        c.add(new Case("GET /manage/programmes/new", Rule.PROGRAMME_OFFICE, () -> get("/manage/programmes/new")));
        c.add(new Case("POST /manage/programmes/new", Rule.PROGRAMME_OFFICE, () -> post("/manage/programmes/new")
                .param("titleRu", TestData.unique("Матрица: программа ")).param("startYear", "2030")));
        c.add(new Case("GET /manage/programmes/{id}", Rule.PROGRAMME_OFFICE, () -> get("/manage/programmes/{id}", defaultProgramme)));
        c.add(new Case("POST /manage/programmes/{id}", Rule.PROGRAMME_OFFICE, () -> post("/manage/programmes/{id}", defaultProgramme)));
        c.add(new Case("POST /manage/programmes/{id}/default", Rule.PROGRAMME_OFFICE,
                () -> post("/manage/programmes/{id}/default", defaultProgramme)));
        c.add(new Case("GET /api/v1/programmes", Rule.ANY_COORDINATOR, () -> get("/api/v1/programmes")));
        c.add(new Case("GET /api/v1/programmes/{id}", Rule.ANY_COORDINATOR, () -> get("/api/v1/programmes/{id}", defaultProgramme)));
        c.add(new Case("POST /api/v1/programmes", Rule.PROGRAMME_OFFICE, () -> post("/api/v1/programmes")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"titleRu\":\"%s\",\"startYear\":2030}".formatted(TestData.unique("Матрица: API ")))));
        c.add(new Case("PUT /api/v1/programmes/{id}", Rule.PROGRAMME_OFFICE, () -> put("/api/v1/programmes/{id}", defaultProgramme)
                .contentType(MediaType.APPLICATION_JSON).content("{}")));
        c.add(new Case("POST /api/v1/programmes/{id}/default", Rule.PROGRAMME_OFFICE,
                () -> post("/api/v1/programmes/{id}/default", defaultProgramme)));
        // removals last, so that the objects above exist while they are tried
        c.add(new Case("POST /manage/topics/{id}/delete", Rule.PROGRAMME_OFFICE, () -> post("/manage/topics/{id}/delete", topicToDelete), true));
        c.add(new Case("DELETE /api/v1/topics/{id}", Rule.PROGRAMME_OFFICE, () -> delete("/api/v1/topics/{id}", topicToDeleteApi), true));
        c.add(new Case("POST /manage/venues/{id}/delete", Rule.OBLAST_STAFF, () -> post("/manage/venues/{id}/delete", venueToDelete), true));
        c.add(new Case("DELETE /api/v1/venues/{id}", Rule.OBLAST_STAFF, () -> delete("/api/v1/venues/{id}", venueToDeleteApi), true));
        c.add(new Case("POST /manage/seminars/{id}/participation/invitations/{invitationId}/remove", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/participation/invitations/{i}/remove", seminar, invitation), true));
        c.add(new Case("DELETE /api/v1/seminars/{id}/invitations/{invitationId}", Rule.OBLAST_STAFF,
                () -> delete("/api/v1/seminars/{id}/invitations/{i}", seminar, invitation), true));
        c.add(new Case("DELETE /api/v1/seminars/{id}/invitations/rules/{ruleId}", Rule.OBLAST_STAFF,
                () -> delete("/api/v1/seminars/{id}/invitations/rules/{r}", seminar, apiRule), true));
        c.add(new Case("POST /manage/seminars/{id}/participation/rules/{ruleId}/delete", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/participation/rules/{r}/delete", seminar, rule), true));
        c.add(new Case("POST /manage/seminars/{id}/materials/{materialId}/delete", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/materials/{m}/delete", seminar, material), true));
        c.add(new Case("POST /manage/seminars/{id}/talks/{talkId}/delete", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/talks/{t}/delete", seminar, talk), true));
        c.add(new Case("POST /manage/seminars/{id}/sites/{siteId}/delete", Rule.OBLAST_STAFF,
                () -> post("/manage/seminars/{id}/sites/{s}/delete", seminar, site), true));
        c.add(new Case("POST /directory/officials/{id}/delete", Rule.OBLAST_STAFF, () -> post("/directory/officials/{id}/delete", otherOfficial), true));
        c.add(new Case("DELETE /api/v1/officials/{id}", Rule.OBLAST_STAFF, () -> delete("/api/v1/officials/{id}", official), true));
        c.add(new Case("POST /directory/organisations/{id}/delete", Rule.OBLAST_STAFF, () -> post("/directory/organisations/{id}/delete", organisation), true));
        c.add(new Case("DELETE /api/v1/organisations/{id}", Rule.OBLAST_STAFF, () -> delete("/api/v1/organisations/{id}", organisation), true));
        c.add(new Case("POST /manage/seminars/{id}/delete", Rule.OBLAST_STAFF, () -> post("/manage/seminars/{id}/delete", seminar), true));
        // these remove what the cases above use, so they come last
        c.add(new Case("DELETE /api/v1/seminars/{id}/talks/{talkId}", Rule.OBLAST_STAFF,
                () -> delete("/api/v1/seminars/{id}/talks/{t}", seminar, talk), true));
        c.add(new Case("DELETE /api/v1/seminars/{id}/remote-sites/{siteId}", Rule.OBLAST_STAFF,
                () -> delete("/api/v1/seminars/{id}/remote-sites/{r}", seminar, site), true));
        c.add(new Case("DELETE /api/v1/seminars/{id}", Rule.OBLAST_STAFF, () -> delete("/api/v1/seminars/{id}", seminar), true));
        return c;
    }

    private Set<String> applicationMappings() {
        Set<String> all = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    all.add("* " + pattern);
                }
                methods.forEach(m -> all.add(m + " " + pattern));
            }
        });
        return all;
    }

    @Test
    void everyMappingHasADeclaredRule() {
        Set<String> declared = cases().stream().map(Case::mapping).collect(Collectors.toSet());
        Set<String> undeclared = new TreeSet<>(applicationMappings());
        undeclared.removeAll(declared);
        assertThat(undeclared).as("handler mappings without a rule in the access matrix").isEmpty();
        Set<String> stale = new TreeSet<>(declared);
        stale.removeAll(applicationMappings());
        assertThat(stale).as("rules for mappings that no longer exist").isEmpty();
    }

    @Test
    void everyCallerGetsExactlyWhatItsRuleAllows() throws Exception {
        Map<String, String> wrong = new LinkedHashMap<>();
        int calls = 0;
        int refusals = 0;
        // answered as allowed, per caller: a caller whose session were lost or mixed up would get none
        Map<Caller, Integer> served = new java.util.EnumMap<>(Caller.class);
        for (Case c : cases()) {
            // the refused first: they must find the objects in place and leave them so
            List<Caller> order = new ArrayList<>();
            for (Caller who : Caller.values()) {
                if (!c.rule().allowed.contains(who)) {
                    order.add(who);
                }
            }
            for (Caller who : Caller.values()) {
                if (c.rule().allowed.contains(who)) {
                    order.add(who);
                }
            }
            for (Caller who : order) {
                boolean api = c.mapping().contains(" /api/");
                AbstractMockHttpServletRequestBuilder<?> request = c.request().get();
                request.with(csrf());
                if (who != Caller.ANONYMOUS) {
                    request.session(sessions.get(who));
                }
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                calls++;
                int status = response.getStatus();
                String location = response.getRedirectedUrl();
                boolean refused = status == 401 || status == 403 || status == 404
                        || (status == 302 && location != null && location.contains("/login"));
                boolean allowed = c.rule().allowed.contains(who);
                if (!allowed && refused) {
                    refusals++;
                }
                if (allowed && !refused && status < 400) {
                    served.merge(who, 1, Integer::sum);
                }
                if (status >= 500) {
                    wrong.put(c.mapping() + " as " + who, "server error " + status);
                } else if (allowed && refused && !(c.rule() == Rule.ERROR) && !(c.gone() && status == 404)) {
                    wrong.put(c.mapping() + " as " + who, "refused (" + status + " " + location + ") but the rule allows it");
                } else if (!allowed && !refused) {
                    wrong.put(c.mapping() + " as " + who, "answered " + status + " " + location + " but the rule refuses it");
                }
                if (!allowed && api && who == Caller.ANONYMOUS && status != 401) {
                    wrong.put(c.mapping() + " as " + who, "the API answers an anonymous caller " + status + ", not 401");
                }
            }
        }
        assertThat(wrong).as("access matrix violations").isEmpty();
        // each caller was served as itself somewhere its rule allows beyond the public pages (a signed-in
        // caller seen as anonymous would be served only those)
        long publicCases = cases().stream().filter(c -> c.rule() == Rule.PUBLIC || c.rule() == Rule.TOKEN
                || c.rule() == Rule.ERROR).count();
        for (Caller who : Caller.values()) {
            assertThat(served.getOrDefault(who, 0)).as("answered as allowed for " + who)
                    .isGreaterThan(who == Caller.ANONYMOUS ? 0 : (int) publicCases);
        }
        assertThat(refusals).as("refusals seen").isGreaterThan(300);
        System.out.printf("access matrix: %d mappings, %d calls, %d refused as declared%n", cases().size(), calls, refusals);
    }

    @Test
    void aForgedTokenOpensNothing() throws Exception {
        String forged = "A".repeat(43);
        String forgedSurvey = attendedInvitation + "." + "A".repeat(43);
        for (MockHttpServletRequestBuilder r : List.of(get("/rsvp/{t}", forged), get("/rsvp/{t}/qr.png", forged),
                post("/rsvp/{t}", forged).param("choice", "DECLINE"), get("/seminars/{id}/survey/{t}", seminar, forgedSurvey),
                get("/seminars/{id}/survey/{t}/certificate.pdf", seminar, forgedSurvey),
                post("/seminars/{id}/survey/{t}", seminar, forgedSurvey).with(csrf()).param("q" + surveyQuestion, "4"),
                get("/my-record/{t}", forged), get("/my-record/{t}/record.pdf", forged),
                get("/my-record/{t}/certificates/{s}.pdf", forged, serial), get("/account/activate/{t}", forged))) {
            assertThat(mvc.perform(r).andReturn().getResponse().getStatus()).isEqualTo(404);
        }
    }

    @Test
    void theApiRefusesAnotherOblastsCoordinatorOverBasicToo() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/api/v1/officials/{id}", official).with(httpBasic("brest", Sessions.DEMO_PASSWORD)))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isIn(403, 404);
    }
}

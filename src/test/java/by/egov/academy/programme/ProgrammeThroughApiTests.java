package by.egov.academy.programme;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.MailServer;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Everything a programme officer does, by a script through /api/v1 only: six events of different shapes, each
 * with new experts and topics, read back as entered; and one seminar driven from experts to the news drafts.
 */
@IntegrationTest
class ProgrammeThroughApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    final RequestPostProcessor admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);

    private ResultActions call(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(admin).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Accept-Language", "en"));
    }

    private static long id(ResultActions r) throws Exception {
        return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    /** Territories are reference data every installation has: looked up, not entered. */
    private long territory(String code) {
        return TestData.territory(jdbc, code);
    }

    private long organisation(String nameRu, String nameEn, String category, long territory) throws Exception {
        return id(call(post("/api/v1/organisations"), """
                {"nameRu":"%s","nameBe":"%s","nameEn":"%s","category":"%s","territoryId":%d}
                """.formatted(nameRu, nameRu + " (бел.)", nameEn, category, territory)).andExpect(status().isCreated()));
    }

    private long expert(String name, long organisation) throws Exception {
        return id(call(post("/api/v1/experts"), """
                {"fullName":"%s","positionRu":"Директор","positionBe":"Дырэктар","positionEn":"Director","organisationId":%d}
                """.formatted(name, organisation)).andExpect(status().isCreated()));
    }

    private long topic(String nameRu, String nameEn) throws Exception {
        return id(call(post("/api/v1/topics"), """
                {"nameRu":"%s","nameBe":"%s","nameEn":"%s"}
                """.formatted(nameRu, nameRu + " (бел.)", nameEn)).andExpect(status().isCreated()));
    }

    private long venue(String nameRu, long territory) throws Exception {
        return id(call(post("/api/v1/venues"), """
                {"nameRu":"%s","nameBe":"%s (бел.)","nameEn":"Hall","addressRu":"ул. Тестовая, 1","territoryId":%d,"capacity":80}
                """.formatted(nameRu, nameRu, territory)).andExpect(status().isCreated()));
    }

    private long ministry() {
        return jdbc.sql("select id from organisation where category = 'MINISTRY' and name_ru like 'Министерство связи%'")
                .query(Long.class).single();
    }

    /** A talk by the given new expert on the given new topic, inside the seminar's times. */
    private void talk(long seminar, String start, String end, long expert, long topic) throws Exception {
        call(post("/api/v1/seminars/{id}/talks", seminar), """
                {"kind":"TALK","titleRu":"Доклад %s","start":"%s","end":"%s","expertIds":[%d],"topicIds":[%d]}
                """.formatted(TestData.unique(""), start, end, expert, topic)).andExpect(status().isCreated());
    }

    private String read(long seminar) throws Exception {
        return mvc.perform(get("/api/v1/seminars/{id}", seminar).with(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void sixEventsOfDifferentShapesEnteredAndReadBack() throws Exception {
        long minskCity = territory("BY-HM");
        String u = TestData.unique("");

        // 1. a republic-level session with an international co-organiser and no district sites
        long un = organisation("Агентство ООН " + u, "UN agency " + u, "INTERNATIONAL_ORGANISATION", minskCity);
        long e1 = expert("Эксперт ООН " + u, un);
        long t1 = topic("Цифровое правительство и ЦУР " + u, "Digital government and the SDGs " + u);
        long republic = id(call(post("/api/v1/seminars"), """
                {"hostTerritoryId":%d,"kind":"REPUBLIC_SESSION","titleRu":"Республиканская сессия %s","start":"2034-01-20T10:00",
                 "end":"2034-01-20T16:00","organisers":[{"organisationId":%d,"role":"ORGANISER"},{"organisationId":%d,"role":"CO_ORGANISER"}]}
                """.formatted(minskCity, u, ministry(), un)).andExpect(status().isCreated()));
        talk(republic, "2034-01-20T10:30", "2034-01-20T11:30", e1, t1);

        // 2. a seminar hosted by a city executive committee in a city of oblast subordination
        long novopolotsk = territory("BY-VI-C-NAVAPOLATSK");
        long cityCommittee = jdbc.sql("select id from organisation where category = 'CITY_EXECUTIVE_COMMITTEE' and territory_id = :t")
                .param("t", novopolotsk).query(Long.class).single();
        long company = organisation("ООО «Нафтан-Софт» " + u, "Naftan Soft LLC " + u, "PARTNER_IT_COMPANY", novopolotsk);
        long e2 = expert("Эксперт Нафтан " + u, company);
        long t2 = topic("Цифровизация промышленного города " + u, "Digitalising an industrial city " + u);
        long cityHall = venue("Зал Новополоцкого горисполкома " + u, novopolotsk);
        long city = id(call(post("/api/v1/seminars"), """
                {"hostTerritoryId":%d,"titleRu":"Семинар в Новополоцке %s","start":"2034-02-15T10:00","end":"2034-02-15T13:00",
                 "venueId":%d,"organisers":[{"organisationId":%d,"role":"ORGANISER"},{"organisationId":%d,"role":"VENUE_HOST"},
                 {"organisationId":%d,"role":"PARTNER"}]}
                """.formatted(novopolotsk, u, cityHall, cityCommittee, cityCommittee == ministry() ? company : ministry(), company))
                .andExpect(status().isCreated()));
        talk(city, "2034-02-15T10:00", "2034-02-15T11:00", e2, t2);

        // 3. the first seminar of a new cycle
        long cycle = id(call(post("/api/v1/cycles"), """
                {"titleRu":"Второй цикл %s","titleBe":"Другі цыкл %s","titleEn":"Second cycle %s"}
                """.formatted(u, u, u)).andExpect(status().isCreated()));
        long university = organisation("Университет " + u, "University " + u, "UNIVERSITY", minskCity);
        long e3 = expert("Эксперт университета " + u, university);
        long t3 = topic("Кибергигиена " + u, "Cyber hygiene " + u);
        long first = id(call(post("/api/v1/seminars"), """
                {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"Первый семинар второго цикла %s","start":"2034-03-10T10:00",
                 "end":"2034-03-10T14:00"}
                """.formatted(cycle, territory("BY-HO"), u)).andExpect(status().isCreated()));
        talk(first, "2034-03-10T10:00", "2034-03-10T11:00", e3, t3);

        // 4. a Minsk-oblast seminar whose venue is in Minsk city
        long minskHall = venue("Конференц-зал в Минске " + u, minskCity);
        long e4 = expert("Второй эксперт университета " + u, university);
        long t4 = topic("Электронный документооборот " + u, "Electronic records " + u);
        long minskOblast = id(call(post("/api/v1/seminars"), """
                {"hostTerritoryId":%d,"titleRu":"Семинар Минской области %s","start":"2034-04-12T10:00","end":"2034-04-12T14:00",
                 "venueId":%d}
                """.formatted(territory("BY-MI"), u, minskHall)).andExpect(status().isCreated()));
        talk(minskOblast, "2034-04-12T10:00", "2034-04-12T11:00", e4, t4);

        // 5. a webinar
        long e5 = expert("Эксперт вебинара " + u, company);
        long t5 = topic("Онлайн-услуги " + u, "Online services " + u);
        long webinar = id(call(post("/api/v1/seminars"), """
                {"hostTerritoryId":%d,"kind":"WEBINAR","titleRu":"Вебинар %s","start":"2034-05-05T11:00","end":"2034-05-05T12:00"}
                """.formatted(territory("BY-BR"), u)).andExpect(status().isCreated()));
        talk(webinar, "2034-05-05T11:00", "2034-05-05T11:45", e5, t5);

        // 6. a seminar with a date but no times: no timed talk
        long dateOnly = id(call(post("/api/v1/seminars"), """
                {"hostTerritoryId":%d,"titleRu":"Семинар без времени %s","date":"2034-06-01"}
                """.formatted(territory("BY-MA"), u)).andExpect(status().isCreated()));
        call(post("/api/v1/seminars/{id}/talks", dateOnly), """
                {"kind":"TALK","titleRu":"Не влезет","start":"2034-06-01T10:00","end":"2034-06-01T11:00","expertIds":[%d],"topicIds":[%d]}
                """.formatted(e5, t5)).andExpect(status().is4xxClientError());

        // read back
        String r1 = read(republic);
        assertThat((String) JsonPath.read(r1, "$.level")).isEqualTo("REPUBLIC");
        assertThat((List<Object>) JsonPath.read(r1, "$.remoteSites")).isEmpty();
        assertThat((List<Integer>) JsonPath.read(r1, "$.organisers[*].id")).containsExactly((int) ministry(), (int) un);
        assertThat((List<Integer>) JsonPath.read(r1, "$.talks[0].speakers[*].expertId")).containsExactly((int) e1);
        String r2 = read(city);
        assertThat(((Number) JsonPath.read(r2, "$.hostTerritoryId")).longValue()).isEqualTo(novopolotsk);
        assertThat((List<String>) JsonPath.read(r2, "$.organisers[*].role")).containsExactly("ORGANISER", "VENUE_HOST", "PARTNER");
        assertThat(((Number) JsonPath.read(r2, "$.venue.id")).longValue()).isEqualTo(cityHall);
        String r3 = read(first);
        assertThat((Integer) JsonPath.read(r3, "$.ordinal")).isEqualTo(1);
        assertThat(((Number) JsonPath.read(r3, "$.cycleId")).longValue()).isEqualTo(cycle);
        String r4 = read(minskOblast);
        assertThat(((Number) JsonPath.read(r4, "$.venue.territoryId")).longValue()).isEqualTo(minskCity);
        String r5 = read(webinar);
        assertThat((String) JsonPath.read(r5, "$.kind")).isEqualTo("WEBINAR");
        assertThat((Object) JsonPath.read(r5, "$.venue")).isNull();
        String r6 = read(dateOnly);
        assertThat((Boolean) JsonPath.read(r6, "$.allDay")).isTrue();
        assertThat((List<Object>) JsonPath.read(r6, "$.talks")).isEmpty();
        // each talk names its new topic by the code the topic got
        for (var pair : List.of(new long[]{republic, t1}, new long[]{city, t2}, new long[]{first, t3}, new long[]{minskOblast, t4},
                new long[]{webinar, t5})) {
            String code = JsonPath.read(mvc.perform(get("/api/v1/topics/{id}", pair[1]).with(admin))
                    .andReturn().getResponse().getContentAsString(), "$.code");
            assertThat((List<String>) JsonPath.read(read(pair[0]), "$.talks[0].topics")).containsExactly(code);
        }
        // and the cycle lists its first seminar
        mvc.perform(get("/api/v1/cycles/{id}", cycle).with(admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.seminars[0].id").value(first));
    }

    @Test
    void oneSeminarFromExpertsToNewsDraftsThroughTheApiOnly() throws Exception {
        String u = TestData.unique("");
        long vitebskCity = territory("BY-VI-C-VITEBSK");
        long company = organisation("ООО «Витебск-Софт» " + u, "Vitebsk Soft LLC " + u, "PARTNER_IT_COMPANY", vitebskCity);
        long expert = expert("Эксперт Витебска " + u, company);
        long topic = topic("Умный город " + u, "Smart city " + u);
        long hall = venue("Актовый зал " + u, vitebskCity);
        long seminar = id(call(post("/api/v1/seminars"), """
                {"hostTerritoryId":%d,"titleRu":"Витебский семинар %s","titleBe":"Віцебскі семінар %s","titleEn":"Vitebsk seminar %s",
                 "start":"2034-09-14T10:00","end":"2034-09-14T13:00","venueId":%d,"audienceRu":"Руководители области"}
                """.formatted(territory("BY-VI"), u, u, u, hall)).andExpect(status().isCreated()));
        talk(seminar, "2034-09-14T10:00", "2034-09-14T11:00", expert, topic);
        long district = territory("BY-VI-ORSHA");
        call(post("/api/v1/seminars/{id}/remote-sites", seminar), "{\"territoryId\":%d}".formatted(district))
                .andExpect(status().isCreated());
        call(post("/api/v1/seminars/{id}/status", seminar), "{\"status\":\"ANNOUNCED\"}").andExpect(status().isOk());
        call(put("/api/v1/seminars/{id}/invitations/capacity", seminar), "{\"capacity\":30}").andExpect(status().isOk());

        // an official of the oblast, invited and mailed
        long committee = jdbc.sql("select id from organisation where category = 'OBLAST_EXECUTIVE_COMMITTEE' and territory_id = :t")
                .param("t", territory("BY-VI")).query(Long.class).single();
        String email = TestData.unique("viceb").replace("-", "") + "@example.by";
        long official = id(call(post("/api/v1/officials"), """
                {"fullName":"Витебский Руководитель","position":"Заместитель председателя","leadership":"DEPUTY_HEAD",
                 "organisationId":%d,"email":"%s"}
                """.formatted(committee, email)).andExpect(status().isCreated()));
        long invitation = id(call(post("/api/v1/seminars/{id}/invitations", seminar), "{\"officialId\":%d}".formatted(official))
                .andExpect(status().isCreated()));
        call(put("/api/v1/seminars/{id}/invitations/capacity", seminar), "{\"capacity\":30}").andExpect(status().isOk());
        call(post("/api/v1/seminars/{id}/invitations/send", seminar), "").andExpect(status().isOk());
        String text = MailServer.text(MailServer.await(email, "Витебский семинар"));
        Matcher link = Pattern.compile("/rsvp/([A-Za-z0-9_-]{40,})").matcher(text);
        assertThat(link.find()).isTrue();

        // the official answers through the personal link, and shows the code at the door
        mvc.perform(post("/rsvp/" + link.group(1)).param("choice", "IN_PERSON")).andExpect(status().is3xxRedirection());
        String rsvp = mvc.perform(get("/rsvp/" + link.group(1))).andReturn().getResponse().getContentAsString();
        Matcher code = Pattern.compile("<code>([A-Z0-9]{8})</code>").matcher(rsvp);
        assertThat(code.find()).as("the personal page shows the check-in code").isTrue();
        call(post("/api/v1/seminars/{id}/status", seminar), "{\"status\":\"REGISTRATION_OPEN\"}").andExpect(status().isOk());
        call(post("/api/v1/seminars/{id}/attendance/check-in", seminar), "{\"code\":\"%s\"}".formatted(code.group(1)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.already").value(false));
        mvc.perform(get("/api/v1/seminars/{id}/invitations/{inv}", seminar, invitation).with(admin))
                .andExpect(jsonPath("$.state").value("ACCEPTED_IN_PERSON"));

        // held, its outcome in three languages, and the news drafted in each
        call(post("/api/v1/seminars/{id}/status", seminar), "{\"status\":\"HELD\"}").andExpect(status().isOk());
        call(put("/api/v1/seminars/{id}/outcome", seminar),
                "{\"outcomeRu\":\"Обсудили умный город.\",\"outcomeBe\":\"Абмеркавалі разумны горад.\",\"outcomeEn\":\"Discussed the smart city.\"}")
                .andExpect(status().isOk());
        for (String lang : new String[]{"ru", "be", "en"}) {
            call(post("/api/v1/seminars/{id}/news/drafts", seminar).param("lang", lang), "")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.language").value(lang))
                    .andExpect(jsonPath("$.body", containsString(lang.equals("ru") ? "Витебск" : lang.equals("be") ? "Віцебск" : "Vitebsk")));
        }
    }
}

package by.egov.academy.programme.refdata;

import by.egov.academy.programme.venue.Venue;
import by.egov.academy.programme.venue.VenueCatalog;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Venues: in three languages, at a territory of any level, hosted by a directory organisation; a coordinator
 * keeps its own region's; the seminar page's picker puts the host region's venues first.
 */
@IntegrationTest
class VenueTests {

    private static final RequestPostProcessor OFFICE = httpBasic("admin", Sessions.ADMIN_PASSWORD);
    private static final RequestPostProcessor GRODNO = httpBasic("grodno", Sessions.DEMO_PASSWORD);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VenueCatalog catalog;

    private long venue(String territoryCode) {
        return jdbc.sql("""
                        insert into venue (name_ru, name_be, name_en, address, address_be, address_en, notes_ru, notes_be,
                                           notes_en, territory_id, capacity)
                        values (:n, 'Зала', 'Hall', 'ул. Ленина, 1', 'вул. Леніна, 1', '1 Lenin St', 'Пандус', 'Пандус', 'Ramp', :t, 80)
                        returning id
                        """).param("n", TestData.unique("Зал ")).param("t", TestData.territory(jdbc, territoryCode))
                .query(Long.class).single();
    }

    private String[] texts(long id) {
        return jdbc.sql("""
                        select name_ru, name_be, name_en, address, address_be, address_en, notes_ru, notes_be, notes_en
                        from venue where id = :id""").param("id", id)
                .query((rs, n) -> {
                    String[] out = new String[9];
                    for (int i = 0; i < 9; i++) {
                        out[i] = rs.getString(i + 1);
                    }
                    return out;
                }).single();
    }

    private long minskCity() {
        return jdbc.sql("select id from territory where level = 'CITY_OF_REPUBLIC'").query(Long.class).single();
    }

    @Test
    void officeCreatesAVenueAnywhereEvenAMinskOblastSeminarsVenueInMinskCity() throws Exception {
        long host = TestData.organisation(jdbc, "Гродненский областной исполнительный комитет");
        String body = mvc.perform(post("/api/v1/venues").with(OFFICE).contentType(MediaType.APPLICATION_JSON).content("""
                        {"nameRu":"%s","nameBe":"Зала","nameEn":"Hall","addressRu":"пр. Независимости, 2",
                         "territoryId":%d,"hostOrganisationId":%d,"capacity":120,"notesEn":"Step-free entrance"}
                        """.formatted(TestData.unique("Зал Минск "), minskCity(), host)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"capacity\":120").contains("Step-free entrance").contains("\"hostOrganisationId\":" + host);
        // the page shows it with the host's name
        MockHttpSession office = Sessions.admin(mvc);
        String list = mvc.perform(get("/manage/venues").param("territory", "" + minskCity()).session(office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Гродненский областной исполнительный комитет");
    }

    @Test
    void aCoordinatorKeepsOnlyItsOwnRegionsVenues() throws Exception {
        long grodnoVenue = venue("BY-HR-LIDA");
        long brestVenue = venue("BY-BR");
        MockHttpSession grodno = Sessions.demo(mvc, "grodno");
        mvc.perform(get("/manage/venues/{id}", grodnoVenue).session(grodno)).andExpect(status().isOk());
        mvc.perform(get("/manage/venues/{id}", brestVenue).session(grodno)).andExpect(status().isForbidden());
        mvc.perform(post("/manage/venues/{id}", brestVenue).session(grodno).with(csrf()).param("nameRu", "Чужой"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/venues/{id}", brestVenue).with(GRODNO).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nameRu\":\"Чужой\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/venues/{id}/retire", brestVenue).with(GRODNO)).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/venues/{id}", brestVenue).with(GRODNO)).andExpect(status().isForbidden());
        assertThat(texts(brestVenue)[0]).startsWith("Зал ");
        // nor move its own venue into another region, nor create one there
        mvc.perform(put("/api/v1/venues/{id}", grodnoVenue).with(GRODNO).contentType(MediaType.APPLICATION_JSON)
                .content("{\"territoryId\":%d}".formatted(TestData.territory(jdbc, "BY-BR")))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/venues").with(GRODNO).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nameRu\":\"Чужой\",\"territoryId\":%d}".formatted(minskCity()))).andExpect(status().isForbidden());
        // its own: created, changed, retired
        mvc.perform(post("/manage/venues/new").session(grodno).with(csrf()).param("nameRu", TestData.unique("Лидский зал "))
                .param("territoryId", "" + TestData.territory(jdbc, "BY-HR-LIDA"))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/manage/venues/{id}/retire", grodnoVenue).session(grodno).param("confirmed", "true").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(catalog.find(grodnoVenue)).get().extracting(Venue::retired).isEqualTo(true);
        // a site operator sees no venue pages
        mvc.perform(get("/manage/venues").session(Sessions.demo(mvc, "lida"))).andExpect(status().isForbidden());
    }

    @Test
    void thePickerPutsTheHostRegionFirstAndLeavesRetiredVenuesOut() throws Exception {
        String tag = TestData.unique("Пикер");
        long brest = jdbc.sql("insert into venue (name_ru, territory_id) values (:n, :t) returning id")
                .param("n", "А " + tag).param("t", TestData.territory(jdbc, "BY-BR")).query(Long.class).single();
        long lida = jdbc.sql("insert into venue (name_ru, territory_id) values (:n, :t) returning id")
                .param("n", "Я " + tag).param("t", TestData.territory(jdbc, "BY-HR-LIDA")).query(Long.class).single();
        long retired = jdbc.sql("insert into venue (name_ru, territory_id, retired_at) values (:n, :t, now()) returning id")
                .param("n", "Б " + tag).param("t", TestData.territory(jdbc, "BY-HR")).query(Long.class).single();
        var picked = catalog.pickFor(TestData.territory(jdbc, "BY-HR"), tag.toUpperCase());
        assertThat(picked).extracting(Venue::id).containsExactly(lida, brest);
        assertThat(catalog.pickFor(TestData.territory(jdbc, "BY-BR"), tag)).extracting(Venue::id).containsExactly(brest, lida);
        assertThat(catalog.find(retired)).isPresent();
        // the host picker of the form finds organisations by name in the venue's region
        String options = mvc.perform(get("/manage/venues/organisations").session(Sessions.admin(mvc))
                        .param("territoryId", "" + TestData.territory(jdbc, "BY-HR-LIDA")).param("hostQuery", "лидский"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(options).contains("Лидский районный исполнительный комитет").doesNotContain("Брестский");
    }

    @Test
    void theApiNeverClearsALanguageItDidNotSend() throws Exception {
        long id = venue("BY-HR");
        mvc.perform(put("/api/v1/venues/{id}", id).with(OFFICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nameRu\":\"Зал 2\",\"addressRu\":\"ул. Ленина, 2\",\"notesRu\":\"Лифт\"}")).andExpect(status().isOk());
        assertThat(texts(id)).containsExactly("Зал 2", "Зала", "Hall", "ул. Ленина, 2", "вул. Леніна, 1", "1 Lenin St",
                "Лифт", "Пандус", "Ramp");
        mvc.perform(put("/api/v1/venues/{id}", id).with(OFFICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nameBe\":\"Зала 2\",\"addressBe\":\"вул. Леніна, 2\",\"notesBe\":\"Ліфт\"}")).andExpect(status().isOk());
        assertThat(texts(id)).containsExactly("Зал 2", "Зала 2", "Hall", "ул. Ленина, 2", "вул. Леніна, 2", "1 Lenin St",
                "Лифт", "Ліфт", "Ramp");
        mvc.perform(put("/api/v1/venues/{id}", id).with(OFFICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nameEn\":\"Hall 2\",\"addressEn\":\"2 Lenin St\",\"notesEn\":\"\"}")).andExpect(status().isOk());
        assertThat(texts(id)).containsExactly("Зал 2", "Зала 2", "Hall 2", "ул. Ленина, 2", "вул. Леніна, 2", "2 Lenin St",
                "Лифт", "Ліфт", null);
        assertThat(jdbc.sql("select territory_id from venue where id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(TestData.territory(jdbc, "BY-HR"));
    }

    @Test
    void theFormNeverClearsALanguageItDidNotSend() throws Exception {
        long id = venue("BY-HR");
        MockHttpSession office = Sessions.admin(mvc);
        mvc.perform(post("/manage/venues/{id}", id).session(office).with(csrf()).param("nameRu", "Зал 3")
                .param("notesRu", "Лифт")).andExpect(status().is3xxRedirection());
        assertThat(texts(id)).containsExactly("Зал 3", "Зала", "Hall", "ул. Ленина, 1", "вул. Леніна, 1", "1 Lenin St",
                "Лифт", "Пандус", "Ramp");
        mvc.perform(post("/manage/venues/{id}", id).session(office).with(csrf()).param("nameBe", "Зала 3")
                .param("addressBe", "вул. Леніна, 3")).andExpect(status().is3xxRedirection());
        assertThat(texts(id)).containsExactly("Зал 3", "Зала 3", "Hall", "ул. Ленина, 1", "вул. Леніна, 3", "1 Lenin St",
                "Лифт", "Пандус", "Ramp");
        mvc.perform(post("/manage/venues/{id}", id).session(office).with(csrf()).param("nameEn", "Hall 3")
                .param("addressEn", "")).andExpect(status().is3xxRedirection());
        assertThat(texts(id)).containsExactly("Зал 3", "Зала 3", "Hall 3", "ул. Ленина, 1", "вул. Леніна, 3", null,
                "Лифт", "Пандус", "Ramp");
        String page = mvc.perform(get("/manage/venues/{id}", id).session(office)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"nameBe\"").contains("name=\"notesEn\"").contains("Hall 3");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
        String typed = TestData.unique("Набраны адрас ");
        MockHttpSession office = Sessions.admin(mvc);
        String page = mvc.perform(post("/manage/venues/new").session(office).with(csrf())
                        .param("nameRu", "").param("addressBe", typed).param("territoryId", "987654321")
                        .param("capacity", "много"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        // (a number field cannot hold text in a browser; the text fields keep what was typed)
        assertThat(page).contains("value=\"" + typed + "\"").contains("aria-describedby=\"capacity-error\"");
        String unknownTerritory = mvc.perform(post("/api/v1/venues").with(OFFICE).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nameRu\":\"Зал\",\"territoryId\":987654321}"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(unknownTerritory).contains("\"field\":\"territoryId\"").contains("Territory 987654321 not found");
        String unknownHost = mvc.perform(post("/api/v1/venues").with(OFFICE).header("Accept-Language", "be")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nameRu\":\"Зал\",\"territoryId\":%d,\"hostOrganisationId\":987654321}"
                                .formatted(TestData.territory(jdbc, "BY-HR"))))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(unknownHost).contains("\"field\":\"hostOrganisationId\"").contains("даведніку");
        String tooLong = mvc.perform(post("/api/v1/venues").with(OFFICE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameRu\":\"Зал\",\"territoryId\":%d,\"notesRu\":\"%s\",\"capacity\":0}"
                                .formatted(TestData.territory(jdbc, "BY-HR"), "я".repeat(5001))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(tooLong).contains("\"field\":\"notesRu\"").contains("\"field\":\"capacity\"");
        mvc.perform(post("/api/v1/venues").with(OFFICE).contentType(MediaType.APPLICATION_JSON).content("{\"nameRu\":\"Зал\"}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select count(*) from venue where address_be = :a").param("a", typed).query(Long.class).single()).isZero();
        // a used venue is not deleted
        long used = venue("BY-HR");
        long seminar = TestData.demoGrodnoSeminar(jdbc);
        Long before = jdbc.sql("select venue_id from seminar where id = :s").param("s", seminar).query(Long.class).optional().orElse(null);
        jdbc.sql("update seminar set venue_id = :v where id = :s").param("v", used).param("s", seminar).update();
        try {
            mvc.perform(delete("/api/v1/venues/{id}", used).with(OFFICE)).andExpect(status().isConflict());
        } finally {
            jdbc.sql("update seminar set venue_id = :v where id = :s").param("v", before).param("s", seminar).update();
        }
        long unused = venue("BY-HR");
        mvc.perform(delete("/api/v1/venues/{id}", unused).with(OFFICE)).andExpect(status().isNoContent());
    }
}

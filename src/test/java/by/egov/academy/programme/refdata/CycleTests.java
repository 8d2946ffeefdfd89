package by.egov.academy.programme.refdata;

import java.util.List;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cycles and programmes: planned by the programme office in three languages; a closed cycle takes no new
 * seminars; the order of a cycle's seminars sets their numbers; one programme is the default.
 */
@IntegrationTest
class CycleTests {

    private static final RequestPostProcessor OFFICE = httpBasic("admin", Sessions.ADMIN_PASSWORD);
    private static final RequestPostProcessor GRODNO = httpBasic("grodno", Sessions.DEMO_PASSWORD);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long programme() {
        return jdbc.sql("insert into programme (title_ru, title_be, title_en, start_year, description_ru, description_be, "
                        + "description_en) values (:t, 'Праграма', 'Programme', 2030, 'Описание', 'Апісанне', 'Description') returning id")
                .param("t", TestData.unique("Программа ")).query(Long.class).single();
    }

    private long cycle(long programme) {
        return jdbc.sql("""
                        insert into cycle (programme_id, title_ru, title_be, title_en, description_ru, description_be, description_en)
                        values (:p, 'Цикл', 'Цыкл', 'Cycle', 'Описание', 'Апісанне', 'Description') returning id
                        """).param("p", programme).query(Long.class).single();
    }

    private long seminar(long cycle, int ordinal, String region) {
        long programme = jdbc.sql("select programme_id from cycle where id = :c").param("c", cycle).query(Long.class).single();
        return jdbc.sql("""
                        insert into seminar (programme_id, cycle_id, ordinal, level, host_territory_id, title_ru)
                        values (:p, :c, :o, 'REGIONAL', :t, :title) returning id
                        """).param("p", programme).param("c", cycle).param("o", ordinal)
                .param("t", TestData.territory(jdbc, region)).param("title", TestData.unique("Семинар "))
                .query(Long.class).single();
    }

    private String[] cycleTexts(long id) {
        return jdbc.sql("select title_ru, title_be, title_en, description_ru, description_be, description_en from cycle where id = :id")
                .param("id", id).query((rs, n) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)}).single();
    }

    private String[] programmeTexts(long id) {
        return jdbc.sql("select title_ru, title_be, title_en, description_ru, description_be, description_en from programme where id = :id")
                .param("id", id).query((rs, n) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)}).single();
    }

    private List<Long> order(long cycle) {
        return jdbc.sql("select id from seminar where cycle_id = :c order by ordinal").param("c", cycle).query(Long.class).list();
    }

    @Test
    void officeCreatesATrilingualCycleOnItsPageAndClosesIt() throws Exception {
        long programme = programme();
        MockHttpSession office = Sessions.admin(mvc);
        mvc.perform(get("/manage/cycles/new").param("programmeId", "" + programme).session(office)).andExpect(status().isOk());
        String title = TestData.unique("Цикл региональных семинаров ");
        String location = mvc.perform(post("/manage/cycles/new").session(office).with(csrf()).param("programmeId", "" + programme)
                        .param("titleRu", title).param("titleBe", "Цыкл рэгіянальных семінараў").param("titleEn", "Regional seminars")
                        .param("descriptionEn", "One seminar per region"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*/(\\d+)$", "$1"));
        assertThat(cycleTexts(id)).containsExactly(title, "Цыкл рэгіянальных семінараў", "Regional seminars", null, null,
                "One seminar per region");
        mvc.perform(post("/manage/cycles/{id}/close", id).session(office).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select closed from cycle where id = :id").param("id", id).query(Boolean.class).single()).isTrue();
        // a closed cycle takes no new seminars
        mvc.perform(post("/api/v1/seminars").with(OFFICE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cycleId\":%d,\"hostTerritoryId\":%d,\"titleRu\":\"Новый\"}".formatted(id, TestData.territory(jdbc, "BY-HR"))))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/api/v1/cycles/{id}/reopen", id).with(OFFICE)).andExpect(status().isOk());
        assertThat(jdbc.sql("select closed from cycle where id = :id").param("id", id).query(Boolean.class).single()).isFalse();
        // coordinators read, never write
        mvc.perform(get("/api/v1/cycles/{id}", id).with(GRODNO)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/cycles/{id}/close", id).with(GRODNO)).andExpect(status().isForbidden());
        mvc.perform(get("/manage/cycles/{id}/edit", id).session(Sessions.demo(mvc, "grodno"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cycles").with(GRODNO).contentType(MediaType.APPLICATION_JSON)
                .content("{\"programmeId\":%d,\"titleRu\":\"Свой\"}".formatted(programme))).andExpect(status().isForbidden());
    }

    @Test
    void theOrderOfSeminarsSetsTheirNumbers() throws Exception {
        long cycle = cycle(programme());
        long grodno = seminar(cycle, 1, "BY-HR");
        long brest = seminar(cycle, 2, "BY-BR");
        long vitebsk = seminar(cycle, 3, "BY-VI");
        String body = mvc.perform(put("/api/v1/cycles/{id}/order", cycle).with(OFFICE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"seminarIds\":[%d,%d,%d]}".formatted(vitebsk, grodno, brest)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(order(cycle)).containsExactly(vitebsk, grodno, brest);
        assertThat(body.indexOf("\"id\":" + vitebsk)).isLessThan(body.indexOf("\"id\":" + grodno));
        assertThat(jdbc.sql("select ordinal from seminar where id = :s").param("s", vitebsk).query(Integer.class).single()).isOne();
        // the page moves one up
        MockHttpSession office = Sessions.admin(mvc);
        mvc.perform(post("/manage/cycles/{id}/order", cycle).session(office).with(csrf()).param("seminarId", "" + brest)
                .param("direction", "up")).andExpect(status().is3xxRedirection());
        assertThat(order(cycle)).containsExactly(vitebsk, brest, grodno);
        String page = mvc.perform(get("/manage/cycles/{id}/order", cycle).session(office)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"direction\"");
        // not every seminar, a stranger, a repeat: refused, order untouched
        long other = seminar(cycle(programme()), 1, "BY-HR");
        for (String ids : List.of("[%d,%d]".formatted(vitebsk, brest), "[%d,%d,%d]".formatted(vitebsk, brest, other),
                "[%d,%d,%d]".formatted(vitebsk, brest, brest), "[%d,%d,null]".formatted(vitebsk, brest))) {
            mvc.perform(put("/api/v1/cycles/{id}/order", cycle).with(OFFICE).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"seminarIds\":" + ids + "}")).andExpect(status().is4xxClientError());
        }
        assertThat(order(cycle)).containsExactly(vitebsk, brest, grodno);
        mvc.perform(put("/api/v1/cycles/{id}/order", cycle).with(GRODNO).contentType(MediaType.APPLICATION_JSON)
                .content("{\"seminarIds\":[%d,%d,%d]}".formatted(grodno, brest, vitebsk))).andExpect(status().isForbidden());
    }

    @Test
    void cycleSavesNeverClearALanguageTheyDidNotSend() throws Exception {
        long id = cycle(programme());
        mvc.perform(put("/api/v1/cycles/{id}", id).with(OFFICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"titleRu\":\"Цикл 2\",\"descriptionRu\":\"Описание 2\"}")).andExpect(status().isOk());
        assertThat(cycleTexts(id)).containsExactly("Цикл 2", "Цыкл", "Cycle", "Описание 2", "Апісанне", "Description");
        mvc.perform(put("/api/v1/cycles/{id}", id).with(OFFICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"titleBe\":\"Цыкл 2\"}")).andExpect(status().isOk());
        assertThat(cycleTexts(id)).containsExactly("Цикл 2", "Цыкл 2", "Cycle", "Описание 2", "Апісанне", "Description");
        MockHttpSession office = Sessions.admin(mvc);
        mvc.perform(post("/manage/cycles/{id}/edit", id).session(office).with(csrf()).param("titleEn", "Cycle 3")
                .param("descriptionEn", "")).andExpect(status().is3xxRedirection());
        assertThat(cycleTexts(id)).containsExactly("Цикл 2", "Цыкл 2", "Cycle 3", "Описание 2", "Апісанне", null);
        mvc.perform(post("/manage/cycles/{id}/edit", id).session(office).with(csrf()).param("titleRu", "Цикл 4"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/manage/cycles/{id}/edit", id).session(office).with(csrf()).param("descriptionBe", "Апісанне 4"))
                .andExpect(status().is3xxRedirection());
        assertThat(cycleTexts(id)).containsExactly("Цикл 4", "Цыкл 2", "Cycle 3", "Описание 2", "Апісанне 4", null);
        String page = mvc.perform(get("/manage/cycles/{id}/edit", id).session(office)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"titleBe\"").contains("name=\"descriptionEn\"").contains("Апісанне 4");
    }

    @Test
    void programmeSavesNeverClearALanguageTheyDidNotSendAndOneIsTheDefault() throws Exception {
        long id = programme();
        mvc.perform(put("/api/v1/programmes/{id}", id).with(OFFICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"titleEn\":\"Programme 2\"}")).andExpect(status().isOk());
        assertThat(programmeTexts(id)).containsSubsequence("Праграма", "Programme 2", "Описание", "Апісанне", "Description");
        MockHttpSession office = Sessions.admin(mvc);
        mvc.perform(post("/manage/programmes/{id}", id).session(office).with(csrf()).param("descriptionRu", "Описание 3")
                .param("titleBe", "")).andExpect(status().is3xxRedirection());
        String[] texts = programmeTexts(id);
        assertThat(texts[1]).isNull();
        assertThat(texts).containsSubsequence("Programme 2", "Описание 3", "Апісанне", "Description");
        assertThat(jdbc.sql("select start_year from programme where id = :id").param("id", id).query(Integer.class).single())
                .isEqualTo(2030);
        // a new programme on its page, then made the default and the old default restored
        String created = mvc.perform(post("/manage/programmes/new").session(office).with(csrf())
                        .param("titleRu", TestData.unique("Программа ")).param("titleEn", "New").param("startYear", "2031"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(created).matches("/manage/programmes/\\d+");
        long before = jdbc.sql("select id from programme where is_default").query(Long.class).single();
        try {
            mvc.perform(post("/api/v1/programmes/{id}/default", id).with(OFFICE)).andExpect(status().isOk());
            assertThat(jdbc.sql("select id from programme where is_default").query(Long.class).list()).containsExactly(id);
            mvc.perform(post("/api/v1/programmes/{id}/default", id).with(GRODNO)).andExpect(status().isForbidden());
        } finally {
            mvc.perform(post("/manage/programmes/{id}/default", before).session(office).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.sql("select id from programme where is_default").query(Long.class).list()).containsExactly(before);
        mvc.perform(get("/manage/programmes").session(office)).andExpect(status().isOk());
        mvc.perform(get("/manage/programmes").session(Sessions.demo(mvc, "grodno"))).andExpect(status().isForbidden());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
        MockHttpSession office = Sessions.admin(mvc);
        String typed = TestData.unique("Набраная назва ");
        String page = mvc.perform(post("/manage/cycles/new").session(office).with(csrf()).param("programmeId", "987654321")
                        .param("titleRu", "").param("titleBe", typed).param("descriptionEn", "x".repeat(5001)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"" + typed + "\"").contains("aria-invalid=\"true\"");
        assertThat(jdbc.sql("select count(*) from cycle where title_be = :t").param("t", typed).query(Long.class).single()).isZero();
        String unknown = mvc.perform(post("/api/v1/cycles").with(OFFICE).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"programmeId\":987654321,\"titleRu\":\"Цикл\"}"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("\"field\":\"programmeId\"").contains("Programme 987654321 not found");
        String year = mvc.perform(post("/api/v1/programmes").with(OFFICE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"titleRu\":\"Программа\",\"startYear\":1066}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(year).contains("\"field\":\"startYear\"").contains("не меньше 1990");
        String blank = mvc.perform(post("/manage/programmes/new").session(office).with(csrf()).param("titleRu", " ")
                        .param("startYear", "двадцать"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(blank).contains("aria-describedby=\"startYear-error\"").contains("aria-describedby=\"titleRu-error\"");
        long cycle = cycle(programme());
        mvc.perform(put("/api/v1/cycles/{id}", cycle).with(OFFICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"titleRu\":\"\"}")).andExpect(status().isUnprocessableContent());
        assertThat(cycleTexts(cycle)[0]).isEqualTo("Цикл");
        mvc.perform(get("/api/v1/cycles/{id}", 987654321L).with(OFFICE)).andExpect(status().isNotFound());
    }
}

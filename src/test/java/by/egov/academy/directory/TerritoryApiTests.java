package by.egov.academy.directory;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TerritoryApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void listsOblastsForAnyone() throws Exception {
        mvc.perform(get("/api/v1/territories").param("level", "OBLAST"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(6)))
                .andExpect(jsonPath("$[*].level", everyItem(is("OBLAST"))))
                .andExpect(jsonPath("$[*].nameRu", hasItem("Гродненская область")))
                .andExpect(jsonPath("$[*].nameBe", hasItem("Гродзенская вобласць")))
                .andExpect(jsonPath("$[*].nameEn", hasItem("Grodno Region")))
                .andExpect(jsonPath("$[0].id").isNumber())
                .andExpect(jsonPath("$[0].parentId").value(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void listsTheDistrictsOfOneOblast() throws Exception {
        long grodno = TestData.territory(jdbc, "BY-HR");
        mvc.perform(get("/api/v1/territories").param("level", "DISTRICT").param("parent", "" + grodno))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(17)))
                .andExpect(jsonPath("$[*].parentId", everyItem(is((int) grodno))))
                .andExpect(jsonPath("$[*].nameRu", hasItem("Лидский район")));
    }

    @Test
    void listsCityDistrictsOfACity() throws Exception {
        long grodnoCity = jdbc.sql("select id from territory where level = 'CITY' and name_ru = 'Гродно'")
                .query(Long.class).single();
        mvc.perform(get("/api/v1/territories").param("level", "CITY_DISTRICT").param("parent", "" + grodnoCity))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[*].nameRu", hasItem("Ленинский район")));
    }

    @Test
    void badInputIsA400NamingTheParameterInTheUsersLanguage() throws Exception {
        mvc.perform(get("/api/v1/territories").param("level", "GALAXY"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("формат")));
        mvc.perform(get("/api/v1/territories").param("parent", "abc").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parent"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("format")));
        mvc.perform(get("/api/v1/territories/{id}", 999_999_999L))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("999999999")));
    }
}

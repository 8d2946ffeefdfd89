package by.egov.academy.programme;

import java.util.List;

import by.egov.academy.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo data holds every fact of the ministry's news item about the Grodno seminar of 8 September 2017. */
@IntegrationTest
class ProgrammeDemoDataTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    long grodnoSeminar() {
        return jdbc.sql("select s.id from seminar s join territory t on t.id = s.host_territory_id where t.code = 'BY-HR' and s.ordinal = 1 order by s.id limit 1")
                .query(Long.class).single();
    }

    @Test
    void theProgrammeStartedIn2016AndTheGrodnoSeminarIsTheFirstOfItsCycle() throws Exception {
        assertThat(jdbc.sql("select start_year from programme order by id limit 1").query(Integer.class).single()).isEqualTo(2016);
        long id = grodnoSeminar();
        mvc.perform(get("/api/v1/seminars/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REPORTED"))
                .andExpect(jsonPath("$.ordinal").value(1))
                .andExpect(jsonPath("$.start").value("2017-09-08T10:00:00+03:00"))
                .andExpect(jsonPath("$.venue.name").value("Отдел регионального развития по Гродненской области ГУ «Администрация Парка высоких технологий»"))
                .andExpect(jsonPath("$.organisers[*].name").value(org.hamcrest.Matchers.contains(
                        "Министерство связи и информатизации Республики Беларусь", "Гродненский областной исполнительный комитет")))
                .andExpect(jsonPath("$.remoteSites", hasSize(16)))
                .andExpect(jsonPath("$.remoteSites[*].territoryName", not(hasItem("Гродненский район"))))
                .andExpect(jsonPath("$.remoteSites[*].territoryName", hasItem("Лидский район")))
                .andExpect(jsonPath("$.talks[*].speakers[*].organisationName", org.hamcrest.Matchers.containsInAnyOrder(
                        "Microsoft Belarus", "ООО «Белорусские облачные технологии»", "SAP СНГ в Беларуси",
                        "НИРУП «Институт прикладных программных систем»")))
                .andExpect(jsonPath("$.talks[*].topics[*]", hasItem("DIGITAL_CITY")))
                .andExpect(jsonPath("$.outcome").value(org.hamcrest.Matchers.containsString("положительный эффект подобных мероприятий")))
                .andExpect(jsonPath("$.audience").value(org.hamcrest.Matchers.containsString("администраций Октябрьского и Ленинского районов г. Гродно")));
        assertThat(jdbc.sql("select illustrative_note from seminar where id = :id").param("id", id).query(String.class).single())
                .contains("иллюстративные");
        assertThat(jdbc.sql("""
                        select a.username from remote_site r join territory t on t.id = r.territory_id
                        join account a on a.id = r.operator_account_id where r.seminar_id = :id and t.code = 'BY-HR-LIDA'
                        """).param("id", id).query(String.class).single())
                .as("the Lida site is run by the Lida site operator's account").isEqualTo("lida");
        List<String> history = jdbc.sql("select to_status from seminar_status_change where seminar_id = :id order by id")
                .param("id", id).query(String.class).list();
        assertThat(history).containsExactly("PLANNED", "ANNOUNCED", "REGISTRATION_OPEN", "HELD", "REPORTED");
    }

    @Test
    void theNextSeminarIsPlannedForBrestOblastInOctober2017AndNotPublic() throws Exception {
        long next = jdbc.sql("select next_seminar_id from seminar where id = :id").param("id", grodnoSeminar())
                .query(Long.class).single();
        var row = jdbc.sql("""
                        select t.code, s.status, to_char(s.planned_month, 'YYYY-MM') from seminar s
                        join territory t on t.id = s.host_territory_id where s.id = :id
                        """).param("id", next)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        assertThat(row).containsExactly("BY-BR", "PLANNED", "2017-10");
        mvc.perform(get("/seminars/{id}", next)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/seminars/{id}", next)).andExpect(status().isNotFound());
        String cycle = mvc.perform(get("/cycles/{id}", jdbc.sql("select cycle_id from seminar where id = :id")
                        .param("id", next).query(Long.class).single()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(cycle).contains("Брестская область").contains("октябрь 2017").contains("Запланирован");
    }

    @Test
    void aSecondHeldSeminarOfAnotherShapeHostedByACityWithAUniversityAsPartner() throws Exception {
        long seminar = jdbc.sql("""
                        select s.id from seminar s join territory t on t.id = s.host_territory_id
                        where t.code = 'BY-MA-C-BABRUYSK' and s.title_ru like 'Семинар по открытым данным%'
                        """).query(Long.class).single();
        String page = mvc.perform(get("/seminars/{id}", seminar).param("lang", "be")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var doc = org.jsoup.Jsoup.parse(page);
        assertThat(doc.select("h1").text()).isEqualTo("Семінар па адкрытых даных для кіраўнікоў органаў улады Бабруйска");
        assertThat(doc.getElementById("seminar-venue").text()).startsWith("Актавая зала Бабруйскага гарадскога выканаўчага камітэта");
        assertThat(doc.getElementById("seminar-organisers").select("li").eachText()).containsExactly(
                "Міністэрства сувязі і інфарматызацыі Рэспублікі Беларусь — Арганізатар",
                "Бабруйскі гарадскі выканаўчы камітэт — Сустарганізатар",
                "Беларускі дзяржаўны ўніверсітэт інфарматыкі і радыёэлектронікі — Партнёр");
        mvc.perform(get("/api/v1/seminars/{id}", seminar)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.cycleId").doesNotExist())
                .andExpect(jsonPath("$.talks", hasSize(3)));
        // the programme page lists it among the events outside the cycles, as the regional seminar it is
        String programme = mvc.perform(get("/programme")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(programme).contains("Мероприятия вне циклов").contains("Региональный семинар · 23.11.2017");
        // its experts and topics were entered as new ones, in three languages
        assertThat(jdbc.sql("""
                        select count(*) from expert e join talk_speaker ts on ts.expert_id = e.id join talk k on k.id = ts.talk_id
                        where k.seminar_id = :s and e.position_be is not null and e.position_en is not null
                        """).param("s", seminar).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                        select count(*) from topic p join talk_topic tt on tt.topic_id = p.id join talk k on k.id = tt.talk_id
                        where k.seminar_id = :s and p.state = 'APPROVED' and p.name_be is not null and p.name_en is not null
                        """).param("s", seminar).query(Long.class).single()).isEqualTo(2);
    }
}

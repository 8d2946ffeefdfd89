package by.egov.academy.programme.expert;

import java.util.List;
import java.util.Map;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The experts' pages: create, edit, find, retire, delete, merge; duplicates and bad input; no language lost. */
@IntegrationTest
class ExpertTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    MockHttpSession admin;
    MockHttpSession coordinator;

    @BeforeEach
    void signIn() throws Exception {
        admin = Sessions.admin(mvc);
        coordinator = Sessions.demo(mvc, "grodno");
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select * from expert where id = :id").param("id", id).query().singleRow();
    }

    private long idOf(MvcResult r) {
        String url = r.getResponse().getRedirectedUrl();
        assertThat(url).as("redirect").matches("/manage/experts/\\d+");
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private long countNamed(String name) {
        return jdbc.sql("select count(*) from expert where lower(full_name) = lower(:n)").param("n", name).query(Long.class).single();
    }

    @Test
    void aCoordinatorCreatesEditsAndFindsAnExpertWithEitherSpellingOfYo() throws Exception {
        String name = TestData.unique("Сёмин Пётр ");
        long id = idOf(mvc.perform(post("/manage/experts").session(coordinator).with(csrf())
                        .param("fullName", name).param("positionRu", "Архитектор").param("positionBe", "Архітэктар")
                        .param("positionEn", "Architect").param("organisationId", "" + ExpertFixtures.ministry(jdbc))
                        .param("email", "semin@example.by").param("language", "be"))
                .andExpect(status().is3xxRedirection()).andReturn());
        assertThat(row(id)).containsEntry("full_name", name).containsEntry("position", "Архитектор")
                .containsEntry("position_be", "Архітэктар").containsEntry("position_en", "Architect")
                .containsEntry("language", "be");

        String found = mvc.perform(get("/manage/experts").session(coordinator).param("q", name.replace("ё", "е").toUpperCase()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(found).contains(name).contains("/manage/experts/" + id);

        mvc.perform(post("/manage/experts/{id}", id).session(coordinator).with(csrf())
                        .param("fullName", name).param("positionRu", "Главный архитектор").param("positionBe", "Архітэктар")
                        .param("positionEn", "Architect"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(id)).containsEntry("position", "Главный архитектор")
                .containsEntry("organisation_id", ExpertFixtures.ministry(jdbc));
        assertThat(mvc.perform(get("/manage/experts/{id}", id).session(coordinator)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("value=\"Главный архитектор\"");
    }

    @Test
    void savingOneLanguageNeverClearsTheOthers() throws Exception {
        String name = TestData.unique("Трёхъязычный ");
        long id = idOf(mvc.perform(post("/manage/experts").session(admin).with(csrf()).param("fullName", name)
                        .param("positionRu", "Руководитель").param("positionBe", "Кіраўнік").param("positionEn", "Head")
                        .param("organisationId", "" + ExpertFixtures.ministry(jdbc)))
                .andReturn());
        // Russian only submitted: Belarusian and English stay
        mvc.perform(post("/manage/experts/{id}", id).session(admin).with(csrf()).param("fullName", name)
                        .param("positionRu", "Руководитель отдела"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(id)).containsEntry("position", "Руководитель отдела").containsEntry("position_be", "Кіраўнік")
                .containsEntry("position_en", "Head");
        // English only: Russian and Belarusian stay
        mvc.perform(post("/manage/experts/{id}", id).session(admin).with(csrf()).param("fullName", name)
                        .param("positionEn", "Head of Department"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(id)).containsEntry("position", "Руководитель отдела").containsEntry("position_be", "Кіраўнік")
                .containsEntry("position_en", "Head of Department");
        // Belarusian only, and the e-mail and organisation not sent at all: nothing else changes
        mvc.perform(post("/manage/experts/{id}", id).session(admin).with(csrf()).param("fullName", name)
                        .param("positionBe", "Кіраўнік аддзела"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(id)).containsEntry("position", "Руководитель отдела").containsEntry("position_be", "Кіраўнік аддзела")
                .containsEntry("position_en", "Head of Department");
        // a language emptied on purpose is cleared
        mvc.perform(post("/manage/experts/{id}", id).session(admin).with(csrf()).param("fullName", name)
                        .param("positionRu", "Руководитель отдела").param("positionBe", "").param("positionEn", "Head of Department"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(id).get("position_be")).isNull();
        assertThat(row(id)).containsEntry("position_en", "Head of Department");
    }

    @Test
    void aPartnerOrganisationIsCreatedOnTheSpotInMinskWithItsThreeNames() throws Exception {
        String org = TestData.unique("Университет облачных технологий ");
        long id = idOf(mvc.perform(post("/manage/experts").session(coordinator).with(csrf())
                        .param("fullName", TestData.unique("Облаков ")).param("newOrganisationNameRu", org)
                        .param("newOrganisationNameBe", "Універсітэт воблачных тэхналогій")
                        .param("newOrganisationNameEn", "University of Cloud Technologies")
                        .param("newOrganisationCategory", "UNIVERSITY"))
                .andExpect(status().is3xxRedirection()).andReturn());
        Map<String, Object> o = jdbc.sql("""
                        select o.name_ru, o.name_be, o.name_en, o.category, t.code from expert e
                        join organisation o on o.id = e.organisation_id join territory t on t.id = o.territory_id where e.id = :id
                        """).param("id", id).query().singleRow();
        assertThat(o).containsEntry("name_ru", org).containsEntry("name_be", "Універсітэт воблачных тэхналогій")
                .containsEntry("name_en", "University of Cloud Technologies").containsEntry("category", "UNIVERSITY")
                .containsEntry("code", "BY-HM");
        // the organisation search of the form finds it by its English name too
        assertThat(mvc.perform(get("/manage/experts/organisations").session(coordinator)
                        .param("organisationQuery", "cloud technologies"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains(org);
    }

    @Test
    void aDuplicateIsRefusedWithALinkToTheExpertAlreadyRecordedAndNothingSaved() throws Exception {
        String name = TestData.unique("Двойников Иван ");
        long organisation = ExpertFixtures.organisation(jdbc);
        long existing = ExpertFixtures.expert(jdbc, name, organisation);
        MvcResult r = mvc.perform(post("/manage/experts").session(admin).with(csrf())
                        .param("fullName", "  " + name.toUpperCase() + " ").param("positionRu", "Консультант")
                        .param("organisationId", "" + organisation))
                .andExpect(status().isConflict()).andReturn();
        Document page = Jsoup.parse(r.getResponse().getContentAsString());
        assertThat(page.select("#duplicate-link").attr("href")).isEqualTo("/manage/experts/" + existing);
        assertThat(page.select("input[name=positionRu]").val()).isEqualTo("Консультант");
        assertThat(page.text()).contains("уже есть (№ " + existing + ")");
        assertThat(countNamed(name)).isEqualTo(1);
        // the same name in another organisation is another person
        mvc.perform(post("/manage/experts").session(admin).with(csrf()).param("fullName", name)
                        .param("organisationId", "" + ExpertFixtures.ministry(jdbc)))
                .andExpect(status().is3xxRedirection());
        assertThat(countNamed(name)).isEqualTo(2);
    }

    @Test
    void badInputIsRefusedNamingTheFieldInRussianAndEnglishAndKeepsWhatWasTyped() throws Exception {
        String name = TestData.unique("Длинный ");
        String tooLong = "Д".repeat(501);
        String ru = mvc.perform(post("/manage/experts").session(admin).with(csrf()).param("fullName", name)
                        .param("positionBe", tooLong).param("organisationId", "" + ExpertFixtures.ministry(jdbc))
                        .param("email", "not-an-address"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(ru);
        assertThat(page.text()).contains("Должность (по-белорусски): не длиннее 500 символов.")
                .contains("Электронная почта: введите корректный адрес.");
        assertThat(page.select("input[name=fullName]").val()).isEqualTo(name);
        assertThat(page.select("input[name=email]").val()).isEqualTo("not-an-address");
        assertThat(page.select("input[name=positionBe]").attr("aria-invalid")).isEqualTo("true");

        String en = mvc.perform(post("/manage/experts").session(admin).with(csrf()).param("lang", "en").param("fullName", name)
                        .param("organisationId", "987654321"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(en).text()).contains("Organisation No. 987654321 is not in the directory.");

        String be = mvc.perform(post("/manage/experts").session(admin).with(csrf()).param("lang", "be")
                        .param("fullName", "Я".repeat(301)).param("organisationId", "" + ExpertFixtures.ministry(jdbc)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(be).text()).contains("Прозвішча, імя, імя па бацьку: не даўжэй за 300 сімвалаў.");

        String noOrganisation = mvc.perform(post("/manage/experts").session(admin).with(csrf()).param("lang", "ru")
                        .param("fullName", name).param("newOrganisationNameRu", "Новая организация без вида"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(noOrganisation).text()).contains("Укажите вид новой организации.");
        assertThat(Jsoup.parse(noOrganisation).select("input[name=newOrganisationNameRu]").val())
                .isEqualTo("Новая организация без вида");
        assertThat(countNamed(name)).isZero();
        assertThat(jdbc.sql("select count(*) from organisation where name_ru = 'Новая организация без вида'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void anExpertWhoSpokeIsRetiredNotDeletedAndOneNeverUsedIsDeleted() throws Exception {
        long organisation = ExpertFixtures.organisation(jdbc);
        String name = TestData.unique("Выступавший ");
        long spoke = ExpertFixtures.expert(jdbc, name, organisation);
        long unused = ExpertFixtures.expert(jdbc, TestData.unique("Невыступавший "), organisation);
        ExpertFixtures.talks(mvc, jdbc, admin, new long[]{spoke});

        MvcResult refused = mvc.perform(post("/manage/experts/{id}/delete", spoke).session(admin).param("confirmed", "true").with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getFlashMap().get("flashError")).isEqualTo("expert.inUse");
        assertThat(countNamed(name)).isEqualTo(1);

        // a coordinator may not retire; the office may
        mvc.perform(post("/manage/experts/{id}/retire", spoke).session(coordinator).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/manage/experts/{id}/retire", spoke).session(admin).param("confirmed", "true").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(row(spoke).get("retired_at")).isNotNull();
        String link = "href=\"/manage/experts/" + spoke + "\"";
        assertThat(mvc.perform(get("/manage/experts").session(admin).param("q", name)).andReturn().getResponse()
                .getContentAsString()).doesNotContain(link);
        assertThat(mvc.perform(get("/manage/experts").session(admin).param("q", name).param("retired", "true")).andReturn()
                .getResponse().getContentAsString()).contains(link);
        // the speaker picker offers no retired expert
        assertThat(mvc.perform(get("/manage/experts/options").session(admin).param("q", name)).andReturn().getResponse()
                .getContentAsString()).doesNotContain(name);

        mvc.perform(post("/manage/experts/{id}/delete", unused).session(admin).param("confirmed", "true").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from expert where id = :id").param("id", unused).query(Long.class).single()).isZero();
    }

    @Test
    void mergingMovesEveryTalkToTheKeptExpertWithoutDuplicatingASpeaker() throws Exception {
        long organisation = ExpertFixtures.organisation(jdbc);
        String name = TestData.unique("Дубликатов Сергей ");
        long duplicate = ExpertFixtures.expert(jdbc, name, organisation);
        long kept = ExpertFixtures.expert(jdbc, name, ExpertFixtures.ministry(jdbc));
        jdbc.sql("update expert set position_en = 'Analyst' where id = :id").param("id", duplicate).update();
        long[] talks = ExpertFixtures.talks(mvc, jdbc, admin, new long[]{duplicate, kept}, new long[]{duplicate});

        // the edit page offers the other record of the same surname
        assertThat(mvc.perform(get("/manage/experts/{id}", duplicate).session(admin)).andReturn().getResponse()
                .getContentAsString()).contains("name=\"into\" value=\"" + kept + "\"");
        mvc.perform(post("/manage/experts/{id}/merge", duplicate).session(admin).with(csrf()).param("into", "" + kept))
                .andExpect(status().is3xxRedirection());

        List<Long> keptTalks = jdbc.sql("select talk_id from talk_speaker where expert_id = :e order by talk_id")
                .param("e", kept).query(Long.class).list();
        assertThat(keptTalks).containsExactly(talks[0], talks[1]);
        assertThat(jdbc.sql("select count(*) from talk_speaker where expert_id = :e").param("e", duplicate)
                .query(Long.class).single()).isZero();
        assertThat(row(duplicate)).containsEntry("merged_into", kept);
        assertThat(row(duplicate).get("retired_at")).isNotNull();
        assertThat(row(kept)).containsEntry("position_en", "Analyst");
        // a merged record is not merged again nor edited
        MvcResult again = mvc.perform(post("/manage/experts/{id}/merge", duplicate).session(admin).with(csrf())
                .param("into", "" + kept)).andReturn();
        assertThat(again.getFlashMap().get("flashError")).isEqualTo("expert.merged");
        MvcResult self = mvc.perform(post("/manage/experts/{id}/merge", kept).session(admin).with(csrf())
                .param("into", "" + kept)).andReturn();
        assertThat(self.getFlashMap().get("flashError")).isEqualTo("expert.merge.self");
    }

    @Test
    void theSpeakerPickerFragmentListsCheckboxesWithNamePositionAndOrganisation() throws Exception {
        String name = TestData.unique("Докладчиков ");
        long organisation = ExpertFixtures.organisation(jdbc);
        long e = ExpertFixtures.expert(jdbc, name, organisation);
        jdbc.sql("update expert set position = 'Эксперт по данным' where id = :id").param("id", e).update();
        long chosen = ExpertFixtures.expert(jdbc, TestData.unique("Выбранный "), organisation);
        Document fragment = Jsoup.parse(mvc.perform(get("/manage/experts/options").session(coordinator)
                        .header("HX-Request", "true").param("q", name).param("expertIds", "" + chosen))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(fragment.select("input[type=checkbox][name=expertIds][value=" + e + "]")).hasSize(1);
        assertThat(fragment.select("input[name=expertIds][value=" + chosen + "]").hasAttr("checked")).isTrue();
        assertThat(fragment.text()).contains(name).contains("Эксперт по данным");
        // an expert account may not use it
        mvc.perform(get("/manage/experts/options").session(Sessions.demo(mvc, "expert")).param("q", name))
                .andExpect(status().isForbidden());
    }
}

package by.egov.academy.programme.expert;

import by.egov.academy.support.TestData;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Experts, organisations and talks of the expert tests, each with a unique name. */
final class ExpertFixtures {

    static final String MINISTRY = "Министерство связи и информатизации Республики Беларусь";

    private ExpertFixtures() {
    }

    static long ministry(JdbcClient jdbc) {
        return TestData.organisation(jdbc, MINISTRY);
    }

    static long organisation(JdbcClient jdbc) {
        return jdbc.sql("insert into organisation (name_ru, category, territory_id) values (:n, 'PARTNER_IT_COMPANY', :t) returning id")
                .param("n", TestData.unique("Партнёр ")).param("t", TestData.territory(jdbc, "BY-HM")).query(Long.class).single();
    }

    static long expert(JdbcClient jdbc, String name, long organisation) {
        return jdbc.sql("insert into expert (full_name, organisation_id) values (:n, :o) returning id")
                .param("n", name).param("o", organisation).query(Long.class).single();
    }

    /** A seminar with one talk per given speaker list, made through the API as the programme office. */
    static long[] talks(MockMvc mvc, JdbcClient jdbc, MockHttpSession admin, long[]... speakers) throws Exception {
        long cycle = jdbc.sql("select min(id) from cycle").query(Long.class).single();
        String created = mvc.perform(post("/api/v1/seminars").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"%s","start":"2032-05-04T10:00","end":"2032-05-04T16:00"}
                                """.formatted(cycle, TestData.territory(jdbc, "BY-HR"), TestData.unique("Семинар экспертов "))))
                .andReturn().getResponse().getContentAsString();
        long seminar = Long.parseLong(created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        long[] talks = new long[speakers.length];
        for (int i = 0; i < speakers.length; i++) {
            String ids = java.util.Arrays.stream(speakers[i]).mapToObj(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(","));
            mvc.perform(post("/api/v1/seminars/{id}/talks", seminar).session(admin).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"kind":"TALK","titleRu":"Доклад %d","start":"2032-05-04T1%d:00","end":"2032-05-04T1%d:30","expertIds":[%s]}
                            """.formatted(i, i, i, ids)));
            talks[i] = jdbc.sql("select id from talk where seminar_id = :s and title_ru = :t").param("s", seminar)
                    .param("t", "Доклад " + i).query(Long.class).single();
        }
        return talks;
    }
}

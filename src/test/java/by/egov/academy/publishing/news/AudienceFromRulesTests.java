package by.egov.academy.publishing.news;

import java.util.Locale;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A seminar whose audience is only its invitation rules gets that audience in prose, in three languages. */
@IntegrationTest
class AudienceFromRulesTests {

    @Autowired
    NewsDrafts drafts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theRulesBecomeTheAudienceSentence() {
        long grodnoOblast = TestData.territory(jdbc, "BY-HR");
        long grodnoCity = jdbc.sql("select id from territory where code = 'BY-HR-C-GRODNO'").query(Long.class).single();
        long seminar = jdbc.sql("""
                        insert into seminar (programme_id, cycle_id, level, host_territory_id, title_ru, starts_at, ends_at, status)
                        select (select min(id) from programme), (select min(id) from cycle), 'REGIONAL', :host, :title,
                               timestamptz '2031-05-05 10:00+03', timestamptz '2031-05-05 14:00+03', 'HELD'
                        returning id
                        """).param("host", grodnoOblast).param("title", TestData.unique("Семинар по правилам "))
                .query(Long.class).single();
        jdbc.sql("""
                insert into audience_rule (seminar_id, categories, scope, territory_id, positions) values
                  (:s, 'OBLAST_EXECUTIVE_COMMITTEE,DISTRICT_EXECUTIVE_COMMITTEE', 'HOST_REGION', null, 'HEADS_AND_DEPUTIES'),
                  (:s, 'CITY_DISTRICT_ADMINISTRATION', 'CITY_DISTRICTS', :city, 'HEADS')
                """).param("s", seminar).param("city", grodnoCity).update();

        Draft ru = drafts.news(seminar, Locale.forLanguageTag("ru"));
        assertThat(ru.body()).contains("Целевой аудиторией семинара стали приглашенные руководители и заместители руководителей "
                + "областного исполнительного комитета и районных исполнительных комитетов Гродненской области и руководители "
                + "администраций районов г. Гродно.");
        assertThat(ru.missing()).doesNotContain("audience");
        assertThat(drafts.news(seminar, Locale.forLanguageTag("be")).body()).contains("Мэтавай аўдыторыяй семінара сталі "
                + "запрошаныя кіраўнікі і намеснікі кіраўнікоў абласнога выканаўчага камітэта і раённых выканаўчых камітэтаў "
                + "Гродзенскай вобласці і кіраўнікі адміністрацый раёнаў г. Гродна.");
        assertThat(drafts.news(seminar, Locale.ENGLISH).body()).contains("The seminar was addressed to invited heads and deputy "
                + "heads of the regional executive committee and district executive committees of Grodno Region and heads of "
                + "city district administrations of Grodno.");
    }
}

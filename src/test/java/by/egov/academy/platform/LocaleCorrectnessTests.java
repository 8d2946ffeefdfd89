package by.egov.academy.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14, part 9: numbers, percentages and years as each language writes them; Russian and Belarusian names in
 * alphabetical order through the database's ICU collations (Ё with Е, not before А); territory pickers as
 * region → its cities (with their city districts, named with the city) → districts; English names on English pages.
 */
@IntegrationTest
class LocaleCorrectnessTests {

    private static final char NBSP = '\u00a0';
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private String page(MockHttpSession session, String url, String lang) throws Exception {
        return mvc.perform(get(url).param("lang", lang).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void numbersByLanguage() {
        Locale ru = LocaleConfiguration.RUSSIAN;
        Locale be = LocaleConfiguration.BELARUSIAN;
        assertThat(Formats.percent(4.5, ru)).isEqualTo("4,5" + NBSP + "%");
        assertThat(Formats.percent(4.5, be)).isEqualTo("4,5" + NBSP + "%");
        assertThat(Formats.percent(4.5, Locale.ENGLISH)).isEqualTo("4.5%");
        assertThat(Formats.percent(50, ru)).isEqualTo("50" + NBSP + "%");
        assertThat(Formats.percent(66.667, Locale.ENGLISH)).isEqualTo("66.7%");
        assertThat(Formats.percent(null, ru)).isEqualTo("—");
        assertThat(Formats.decimal(4.333, 2, ru)).isEqualTo("4,33");
        assertThat(Formats.decimal(4.5, 2, Locale.ENGLISH)).isEqualTo("4.50");
        assertThat(Formats.integer(12345, be)).isEqualTo("12" + NBSP + "345");
        assertThat(Formats.integer(12345, Locale.ENGLISH)).isEqualTo("12,345");
        assertThat(new Formats().year(2026)).isEqualTo("2026");
        // a language we do not speak is Russian, as everywhere else
        assertThat(Formats.percent(4.5, Locale.GERMAN)).isEqualTo("4,5" + NBSP + "%");
    }

    @Test
    void theGapsPageWritesTheYearWholeAndPercentsInTheLanguage() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        String year = String.valueOf(LocalDate.now(clock).getYear());
        String grouped = year.charAt(0) + "\\s" + year.substring(1); // «2 026» with any kind of space
        String ru = page(admin, "/reports/gaps", "ru");
        assertThat(ru).contains("на конец " + year + " г.").doesNotContainPattern(grouped);
        assertThat(ru).containsPattern("\\d" + NBSP + "%").doesNotContainPattern("\\d%<");
        String be = page(admin, "/reports/gaps", "be");
        assertThat(be).contains("на канец " + year + " г.").doesNotContainPattern(grouped);
        String en = page(admin, "/reports/gaps", "en");
        assertThat(en).contains("at the end of " + year).containsPattern("\\d%<").doesNotContain(NBSP + "%");
    }

    @Test
    void theCoveragePageHasOneDecimalSeparatorPerLanguage() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        String ru = page(admin, "/reports/coverage", "ru");
        assertThat(ru).containsPattern("\\d" + NBSP + "%").doesNotContainPattern("\\d\\.\\d+\\s?%").doesNotContainPattern("\\d%");
        String en = page(admin, "/reports/coverage", "en");
        assertThat(en).containsPattern("\\d%").doesNotContainPattern("\\d,\\d+\\s?%").doesNotContain(NBSP + "%");
    }

    @Test
    void theEmbeddedDatabaseSortsWithIcu() {
        assertThat(jdbc.sql("select collprovider::text from pg_collation where collname in ('ru_icu', 'be_icu')")
                .query(String.class).list()).containsExactly("i", "i");
        assertThat(jdbc.sql("""
                        select n from (values ('Жуков'), ('Ёлкин'), ('Ерёменко'), ('Ананьев'), ('Елисеев')) v(n)
                        order by n collate ru_icu
                        """).query(String.class).list())
                .containsExactly("Ананьев", "Елисеев", "Ёлкин", "Ерёменко", "Жуков");
        // Belarusian: Ё and Ў are letters of their own, after Е and У; І where И is in Russian
        assertThat(jdbc.sql("""
                        select n from (values ('Шчука'), ('Ўладзімір'), ('Яўген'), ('Уладзімір'), ('Іваноў'), ('Ёрш'),
                                              ('Ева')) v(n)
                        order by n collate be_icu
                        """).query(String.class).list())
                .containsExactly("Ева", "Ёрш", "Іваноў", "Уладзімір", "Ўладзімір", "Шчука", "Яўген");
    }

    @Test
    void officialsOfAnOrganisationAreListedAlphabetically() throws Exception {
        long org = lidaOrganisation();
        for (String name : List.of("Жуков Жан", "Ёлкин Ефрем", "Ерёменко Ерофей", "Ананьев Арсений", "Елисеев Елисей")) {
            TestData.official(jdbc, org, name, TestData.unique("abc") + "@t.by");
        }
        String html = page(Sessions.admin(mvc), "/directory/organisations/" + org, "ru");
        assertThat(inOrder(html, "Ананьев Арсений", "Елисеев Елисей", "Ёлкин Ефрем", "Ерёменко Ерофей", "Жуков Жан"))
                .isTrue();
    }

    @Test
    void territoryPickersListTheRegionFirstAndCityDistrictsWithTheirCity() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        String ru = page(admin, "/directory/organisations", "ru");
        String grodno = group(ru, "Гродненская область");
        assertThat(grodno.indexOf(">Гродненская область<")).isGreaterThanOrEqualTo(0)
                .isLessThan(grodno.indexOf("Лидский район"));
        assertThat(grodno).contains("Ленинский район (г. Гродно)").contains("Октябрьский район (г. Гродно)")
                .doesNotContain(">— Ленинский район<");
        // the city, then its districts, each right after it
        assertThat(inOrder(grodno, ">— Гродно<", "Ленинский район (г. Гродно)", "Октябрьский район (г. Гродно)",
                "Берестовицкий район")).isTrue();
        assertThat(group(ru, "Брестская область")).contains("Ленинский район (г. Брест)");
        assertThat(group(ru, "город Минск")).contains("Ленинский район (город Минск)");
        String en = page(admin, "/directory/organisations", "en");
        assertThat(group(en, "Grodno Region")).contains("Leninsky District (Grodno)").doesNotContainPattern(CYRILLIC);
    }

    @Test
    void theParticipationPageInEnglishNamesTerritoriesInEnglish() throws Exception {
        long seminar = TestData.demoGrodnoSeminar(jdbc);
        long official = TestData.official(jdbc, lidaOrganisation(), "Шчука Ўладзімір", TestData.unique("shchuka") + "@t.by");
        String nonce = TestData.unique("n").replace("-", "");
        jdbc.sql("""
                        insert into invitation (seminar_id, official_id, token_nonce, token_hash, short_code, source, state)
                        values (:s, :o, rpad(:n, 32, '0'), md5(:n) || md5(:n), :c, 'MANUAL', 'SENT')
                        """).param("s", seminar).param("o", official).param("n", nonce)
                .param("c", String.valueOf(official % 1_000_000)).update();
        String en = page(Sessions.admin(mvc), "/manage/seminars/" + seminar + "/participation", "en");
        Matcher table = Pattern.compile("<caption>By territory</caption>(.*?)</table>", Pattern.DOTALL).matcher(en);
        assertThat(table.find()).isTrue();
        assertThat(table.group(1)).contains("Lida District").doesNotContainPattern(CYRILLIC);
        String ru = page(Sessions.admin(mvc), "/manage/seminars/" + seminar + "/participation", "ru");
        assertThat(ru).contains("Лидский район");
    }

    @Test
    void aSentSurveySaysSentOnce() throws Exception {
        long seminar = jdbc.sql("select seminar_id from survey where state = 'SENT' and sent_at is not null order by id limit 1")
                .query(Long.class).single();
        String ru = page(Sessions.admin(mvc), "/manage/seminars/" + seminar + "/survey", "ru");
        Matcher state = Pattern.compile("<p id=\"survey-state\">(.*?)</p>", Pattern.DOTALL).matcher(ru);
        assertThat(state.find()).isTrue();
        String text = state.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(text).contains("разослана").doesNotContain("разослана разослана")
                .containsPattern("разослана \\d\\d\\.\\d\\d\\.\\d{4}");
    }

    /** A housing-and-utilities enterprise of Lida district the demo never had. */
    private long lidaOrganisation() {
        long lida = TestData.territory(jdbc, "BY-HR-LIDA");
        return jdbc.sql("""
                        insert into organisation (name_ru, name_en, category, territory_id)
                        values (:n, :e, 'HOUSING_UTILITIES', :t) returning id
                        """).param("n", TestData.unique("Ёлочка ЖКХ ")).param("e", TestData.unique("Yolochka utilities "))
                .param("t", lida).query(Long.class).single();
    }

    /** The options of one optgroup of the page's territory filter. */
    private static String group(String html, String label) {
        Matcher m = Pattern.compile("<optgroup label=\"" + Pattern.quote(label) + "\">(.*?)</optgroup>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("optgroup " + label).isTrue();
        return m.group(1);
    }

    private static boolean inOrder(String text, String... parts) {
        int at = -1;
        for (String p : parts) {
            int next = text.indexOf(p, at + 1);
            if (next < 0 || next < at) {
                return false;
            }
            at = next;
        }
        return true;
    }
}

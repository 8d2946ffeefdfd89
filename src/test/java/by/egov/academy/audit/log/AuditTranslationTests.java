package by.egov.academy.audit.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import by.egov.academy.platform.LocaleConfiguration;
import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit log speaks the page's language: every table the audit triggers watch is a known entity with a name in
 * Russian, Belarusian and English, every column they copy (and every key of an export or erasure entry) has a label,
 * and the log rendered for each entity type written shows no {@code ??key??} and no raw column name.
 */
@IntegrationTest
class AuditTranslationTests {

    /** Left out of the log by audit_clean() (V10__audit_log.sql). */
    private static final List<String> NEVER_LOGGED = List.of("password_hash", "token_hash", "token_nonce", "search_text");
    /** The details of the explicit entries (personal-data export and erasure). */
    private static final List<String> DETAIL_KEYS = List.of("invitations", "surveyAnswers", "mails", "auditEntries");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    private List<String> auditedTables() {
        return jdbc.sql("""
                select distinct event_object_table from information_schema.triggers
                where trigger_name = 'audit_row' order by 1
                """).query(String.class).list();
    }

    @Test
    void everyAuditedTableIsAFilterableEntity() {
        List<String> tables = auditedTables();
        assertThat(tables).contains("official", "certificate", "survey", "news_item");
        assertThat(new TreeSet<>(AuditFilter.ENTITIES)).isEqualTo(new TreeSet<>(tables));
    }

    @Test
    void everyEntityAndColumnHasALabelInEachLanguage() {
        List<String> missing = new ArrayList<>();
        List<String> tables = auditedTables();
        List<String> columns = jdbc.sql("""
                        select distinct column_name from information_schema.columns
                        where table_schema = current_schema() and table_name in (:t) order by 1
                        """).param("t", tables).query(String.class).list();
        assertThat(columns).contains("full_name", "name_ru", "state");
        for (Locale locale : LocaleConfiguration.SUPPORTED) {
            for (String table : tables) {
                check("audit.entity." + table, locale, missing);
            }
            for (String column : columns) {
                if (!NEVER_LOGGED.contains(column)) {
                    check("audit.column." + column, locale, missing);
                }
            }
            DETAIL_KEYS.forEach(k -> check("audit.column." + k, locale, missing));
        }
        assertThat(missing).as("audit labels without a message").isEmpty();
    }

    private void check(String key, Locale locale, List<String> missing) {
        String text = messages.getMessage(key, null, null, locale);
        if (text == null || text.isBlank()) {
            missing.add(locale + ":" + key);
        }
    }

    @Test
    void theLogOfEveryEntityTypeWrittenIsTranslated() throws Exception {
        // entries the demo has none of: a new official changed, exported (details) and a venue of our own
        long org = TestData.organisation(jdbc, "Гродненский областной исполнительный комитет");
        long official = TestData.official(jdbc, org, "Ёлкин Ефрем Ерофеевич", TestData.unique("elkin") + "@t.by");
        jdbc.sql("update official set position = 'Начальник отдела цифровизации' where id = :id").param("id", official).update();
        jdbc.sql("select audit_record('official', :id, 'EXPORT', cast('{\"invitations\":0,\"mails\":1}' as jsonb))")
                .param("id", String.valueOf(official)).query().listOfRows();
        MockHttpSession admin = Sessions.admin(mvc);
        List<String> written = jdbc.sql("select distinct entity from audit_log order by 1").query(String.class).list();
        assertThat(written).contains("official", "seminar", "survey");
        List<Map<String, Object>> columns = jdbc.sql("""
                        select distinct l.entity, k from audit_log l, jsonb_object_keys(coalesce(l.diff, l.after)) k
                        where l.entity = 'official' and l.entity_id = :id
                        """).param("id", String.valueOf(official)).query().listOfRows();
        assertThat(columns).extracting(r -> r.get("k")).contains("position", "full_name", "mails");
        for (String lang : List.of("ru", "be", "en")) {
            for (String entity : written) {
                String page = mvc.perform(get("/admin/audit").param("entity", entity).param("lang", lang).session(admin))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertThat(page).as(entity + " in " + lang).doesNotContain("??").doesNotContain("<code>");
            }
        }
        String en = mvc.perform(get("/admin/audit").param("entity", "official").param("entityId", String.valueOf(official))
                        .param("lang", "en").session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Position").contains("Full name").contains("E-mails")
                .doesNotContain(">position<").doesNotContain(">full_name<");
        String ru = mvc.perform(get("/admin/audit").param("entity", "official").param("entityId", String.valueOf(official))
                        .param("lang", "ru").session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ru).contains("Должность").contains("ФИО").contains("Должностное лицо");
    }
}

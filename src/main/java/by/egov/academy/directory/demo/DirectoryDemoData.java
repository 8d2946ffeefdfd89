package by.egov.academy.directory.demo;

import java.util.List;

import by.egov.academy.platform.EgovProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data of the directory: the organisations named in the ministry's news item about the Grodno
 * seminar of 8 September 2017 (the ministry, the Hi-Tech Park's Grodno office, the expert companies)
 * and fictional officials of Grodno oblast's executive bodies. People's names and addresses are
 * invented; organisation names are the real ones from the news item. Loaded once, when
 * {@code egov.demo.enabled} (default true) and the ministry is not there yet.
 */
@Component
@Order(10)
class DirectoryDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DirectoryDemoData.class);
    static final String MINISTRY = "Министерство связи и информатизации Республики Беларусь";

    private static final List<String> SURNAMES = List.of(
            "Ковалёв", "Новик", "Ярошевич", "Климович", "Савицкий", "Шевчук", "Мельник", "Жук", "Бондарь",
            "Кравченко", "Василевский", "Гончар", "Лукашевич", "Сидоревич", "Томашевич", "Радкевич", "Ёлкин",
            "Петрашевич", "Юшкевич", "Дубовик", "Волчек", "Михалевич", "Соколовский", "Карпович");
    private static final List<String> NAMES = List.of(
            "Андрей Петрович", "Игорь Николаевич", "Сергей Иванович", "Александр Викторович",
            "Виктор Михайлович", "Дмитрий Александрович", "Юрий Степанович", "Олег Владимирович");
    private static final List<String> FEMALE_NAMES = List.of(
            "Елена Ивановна", "Ольга Сергеевна", "Наталья Викторовна", "Ирина Петровна");

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final EgovProperties properties;

    DirectoryDemoData(JdbcClient jdbc, TransactionTemplate tx, EgovProperties properties) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()) {
            return;
        }
        Boolean loaded = tx.execute(s -> {
            // two nodes starting on one empty database: the second waits here, then finds the data
            jdbc.sql("select pg_advisory_xact_lock(727001)").query((rs, n) -> 1).single();
            boolean present = jdbc.sql("select exists(select 1 from official where email like '%@demo.egov.example')")
                    .query(Boolean.class).single();
            if (!present) {
                load();
            }
            return !present;
        });
        if (!Boolean.TRUE.equals(loaded)) {
            return;
        }
        log.info("Demo data loaded: the organisations of the Grodno seminar of 8 September 2017 and officials of Grodno oblast");
    }

    private void load() {
        long minsk = territory("BY-HM");
        long grodnoOblast = territory("BY-HR");
        long grodnoCity = jdbc.sql("select id from territory where level = 'CITY' and name_ru = 'Гродно'")
                .query(Long.class).single();

        // the ministry is reference data (V8); the demo only adds its people
        long ministry = jdbc.sql("select id from organisation where name_ru = :n").param("n", MINISTRY)
                .query(Long.class).single();
        org("ГУ «Администрация Парка высоких технологий»", "ДУ «Адміністрацыя Парка высокіх тэхналогій»", "OTHER", minsk,
                null);
        org("Отдел регионального развития по Гродненской области ГУ «Администрация Парка высоких технологий»",
                "Аддзел рэгіянальнага развіцця па Гродзенскай вобласці ДУ «Адміністрацыя Парка высокіх тэхналогій»",
                "OTHER", grodnoCity, null);
        long microsoft = org("Microsoft Belarus", "Microsoft Belarus", "PARTNER_IT_COMPANY", minsk, null);
        long becloud = org("ООО «Белорусские облачные технологии»", "ТАА «Беларускія воблачныя тэхналогіі»",
                "PARTNER_IT_COMPANY", minsk, null);
        long sap = org("SAP СНГ в Беларуси", "SAP СНД у Беларусі", "PARTNER_IT_COMPANY", minsk, null);
        long iaps = org("НИРУП «Институт прикладных программных систем»",
                "НДРУП «Інстытут прыкладных праграмных сістэм»", "RESEARCH_INSTITUTE", minsk, null);
        long housing1 = org("ГП «Гродненское городское ЖКХ»", "ДП «Гродзенская гарадская ЖКГ»", "HOUSING_UTILITIES",
                grodnoCity, null);
        long housing2 = org("КУП «Гродноводоканал»", "КУП «Гроднавадаканал»", "HOUSING_UTILITIES", grodnoCity, null);

        int[] n = {0};
        official(ministry, "Начальник главного управления информатизации", "OTHER", n);
        official(microsoft, "Эксперт по цифровой трансформации городов", "OTHER", n);
        official(becloud, "Директор по развитию облачных услуг", "OTHER", n);
        official(sap, "Руководитель направления государственного сектора", "OTHER", n);
        official(iaps, "Заведующий отделом электронного правительства", "OTHER", n);
        official(housing1, "Директор", "HEAD", n);
        official(housing2, "Директор", "HEAD", n);

        // heads and deputies of every executive body of Grodno oblast
        List<Long> bodies = jdbc.sql("""
                        select o.id from organisation o join territory t on t.id = o.territory_id
                        where t.region_id = :r and o.category in ('OBLAST_EXECUTIVE_COMMITTEE', 'CITY_EXECUTIVE_COMMITTEE',
                              'DISTRICT_EXECUTIVE_COMMITTEE', 'CITY_DISTRICT_ADMINISTRATION')
                        order by o.category, o.name_ru
                        """).param("r", grodnoOblast).query(Long.class).list();
        for (long body : bodies) {
            String category = jdbc.sql("select category from organisation where id = :id").param("id", body)
                    .query(String.class).single();
            boolean administration = category.equals("CITY_DISTRICT_ADMINISTRATION");
            official(body, administration ? "Глава администрации" : "Председатель", "HEAD", n);
            official(body, administration ? "Заместитель главы администрации" : "Заместитель председателя",
                    "DEPUTY_HEAD", n);
        }
    }

    private long territory(String code) {
        return jdbc.sql("select id from territory where code = :c").param("c", code).query(Long.class).single();
    }

    private long org(String nameRu, String nameBe, String category, long territoryId, String address) {
        return jdbc.sql("""
                        insert into organisation (name_ru, name_be, category, territory_id, address)
                        values (:ru, :be, :c, :t, :a) returning id
                        """)
                .param("ru", nameRu).param("be", nameBe).param("c", category).param("t", territoryId)
                .param("a", address).query(Long.class).single();
    }

    private void official(long organisationId, String position, String leadership, int[] counter) {
        int i = counter[0]++;
        boolean female = i % 5 == 3;
        String surname = SURNAMES.get(i % SURNAMES.size());
        if (female) {
            surname = feminine(surname);
        }
        String given = female ? FEMALE_NAMES.get(i % FEMALE_NAMES.size()) : NAMES.get((i / 3) % NAMES.size());
        String email = "official" + (i + 1) + "@demo.egov.example";
        jdbc.sql("""
                        insert into official (full_name, position, leadership, organisation_id, email, phone)
                        values (:name, :position, :leadership, :org, :email, :phone)
                        """)
                .param("name", surname + " " + given).param("position", position).param("leadership", leadership)
                .param("org", organisationId).param("email", email)
                .param("phone", String.format("+375 152 %06d", 100000 + i))
                .update();
    }

    private static String feminine(String surname) {
        if (surname.endsWith("ий")) {
            return surname.substring(0, surname.length() - 2) + "ая";
        }
        if (surname.endsWith("ёв") || surname.endsWith("ев") || surname.endsWith("ов") || surname.endsWith("ин")) {
            return surname + "а";
        }
        return surname; // Новик, Жук, Ярошевич do not change
    }
}

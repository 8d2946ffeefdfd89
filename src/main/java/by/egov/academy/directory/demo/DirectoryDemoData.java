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
 * and fictional officials of the executive bodies of Grodno and Brest oblasts. People's names and addresses are
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

    /**
     * The organisations of the news item. English names as the organisations write them in English: a quoted
     * Russian name («…») keeps its quotes as “…” after the legal form, like the Russian does.
     */
    record DemoOrganisation(String ru, String be, String en, String category, boolean inGrodno) {
    }

    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("ГУ «Администрация Парка высоких технологий»", "ДУ «Адміністрацыя Парка высокіх тэхналогій»",
                    "State Institution “Administration of the High Technologies Park”", "OTHER", false),
            new DemoOrganisation("Отдел регионального развития по Гродненской области ГУ «Администрация Парка высоких технологий»",
                    "Аддзел рэгіянальнага развіцця па Гродзенскай вобласці ДУ «Адміністрацыя Парка высокіх тэхналогій»",
                    "Grodno Region Regional Development Department of the State Institution “Administration of the High "
                            + "Technologies Park”", "OTHER", true),
            new DemoOrganisation("Microsoft Belarus", "Microsoft Belarus", "Microsoft Belarus", "PARTNER_IT_COMPANY", false),
            new DemoOrganisation("ООО «Белорусские облачные технологии»", "ТАА «Беларускія воблачныя тэхналогіі»",
                    "Belarusian Cloud Technologies LLC (beCloud)", "PARTNER_IT_COMPANY", false),
            new DemoOrganisation("SAP СНГ в Беларуси", "SAP СНД у Беларусі", "SAP CIS in Belarus", "PARTNER_IT_COMPANY", false),
            new DemoOrganisation("НИРУП «Институт прикладных программных систем»",
                    "НДРУП «Інстытут прыкладных праграмных сістэм»",
                    "Republican Research Unitary Enterprise “Institute of Applied Software Systems”",
                    "RESEARCH_INSTITUTE", false),
            new DemoOrganisation("ГП «Гродненское городское ЖКХ»", "ДП «Гродзенская гарадская ЖКГ»",
                    "State Enterprise “Grodno City Housing and Utilities”", "HOUSING_UTILITIES", true),
            new DemoOrganisation("КУП «Гродноводоканал»", "КУП «Гроднавадаканал»",
                    "Municipal Unitary Enterprise “Grodnovodokanal”", "HOUSING_UTILITIES", true));

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
            } else {
                addEnglishNames();
            }
            return !present;
        });
        if (!Boolean.TRUE.equals(loaded)) {
            return;
        }
        log.info("Demo data loaded: the organisations of the Grodno seminar of 8 September 2017 and officials of Grodno and Brest oblasts");
    }

    private void load() {
        long minsk = territory("BY-HM");
        long grodnoCity = jdbc.sql("select id from territory where level = 'CITY' and name_ru = 'Гродно'")
                .query(Long.class).single();

        // the ministry is reference data (V8); the demo only adds its people
        long ministry = jdbc.sql("select id from organisation where name_ru = :n").param("n", MINISTRY)
                .query(Long.class).single();
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        for (DemoOrganisation o : ORGANISATIONS) {
            ids.put(o.ru(), org(o, o.inGrodno() ? grodnoCity : minsk));
        }
        long microsoft = ids.get("Microsoft Belarus");
        long becloud = ids.get("ООО «Белорусские облачные технологии»");
        long sap = ids.get("SAP СНГ в Беларуси");
        long iaps = ids.get("НИРУП «Институт прикладных программных систем»");
        long housing1 = ids.get("ГП «Гродненское городское ЖКХ»");
        long housing2 = ids.get("КУП «Гродноводоканал»");

        int[] n = {0};
        official(ministry, "Начальник главного управления информатизации", "OTHER", n);
        official(microsoft, "Эксперт по цифровой трансформации городов", "OTHER", n);
        official(becloud, "Директор по развитию облачных услуг", "OTHER", n);
        official(sap, "Руководитель направления государственного сектора", "OTHER", n);
        official(iaps, "Заведующий отделом электронного правительства", "OTHER", n);
        official(housing1, "Директор", "HEAD", n);
        official(housing2, "Директор", "HEAD", n);

        // heads and deputies of every executive body of Grodno oblast, and of Brest oblast, whose seminar is next:
        // its planner proposes an invitation list from them
        for (String region : List.of("BY-HR", "BY-BR")) {
            executiveBodies(territory(region), region.equals("BY-HR") ? "152" : "162", n);
        }
    }

    private void executiveBodies(long region, String phoneCode, int[] n) {
        List<Long> bodies = jdbc.sql("""
                        select o.id from organisation o join territory t on t.id = o.territory_id
                        where t.region_id = :r and o.category in ('OBLAST_EXECUTIVE_COMMITTEE', 'CITY_EXECUTIVE_COMMITTEE',
                              'DISTRICT_EXECUTIVE_COMMITTEE', 'CITY_DISTRICT_ADMINISTRATION')
                        order by o.category, o.name_ru
                        """).param("r", region).query(Long.class).list();
        for (long body : bodies) {
            String category = jdbc.sql("select category from organisation where id = :id").param("id", body)
                    .query(String.class).single();
            boolean administration = category.equals("CITY_DISTRICT_ADMINISTRATION");
            official(body, administration ? "Глава администрации" : "Председатель", "HEAD", phoneCode, n);
            official(body, administration ? "Заместитель главы администрации" : "Заместитель председателя",
                    "DEPUTY_HEAD", phoneCode, n);
        }
    }

    private long territory(String code) {
        return jdbc.sql("select id from territory where code = :c").param("c", code).query(Long.class).single();
    }

    private long org(DemoOrganisation o, long territoryId) {
        return jdbc.sql("""
                        insert into organisation (name_ru, name_be, name_en, category, territory_id)
                        values (:ru, :be, :en, :c, :t) returning id
                        """)
                .param("ru", o.ru()).param("be", o.be()).param("en", o.en()).param("c", o.category())
                .param("t", territoryId).query(Long.class).single();
    }

    /** Demo data loaded before organisations had English names gets them; a name someone typed stays. */
    private void addEnglishNames() {
        for (DemoOrganisation o : ORGANISATIONS) {
            jdbc.sql("update organisation set name_en = :en where name_ru = :ru and name_en is null")
                    .param("en", o.en()).param("ru", o.ru()).update();
        }
    }

    private void official(long organisationId, String position, String leadership, int[] counter) {
        official(organisationId, position, leadership, "152", counter);
    }

    private void official(long organisationId, String position, String leadership, String phoneCode, int[] counter) {
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
                .param("phone", String.format("+375 %s %06d", phoneCode, 100000 + i))
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

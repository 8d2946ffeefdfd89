package by.egov.academy.publishing.news;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import by.egov.academy.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The Russian draft of the demo Grodno seminar holds every fact of the ministry's item of 8 September 2017. */
@IntegrationTest
class NewsWriterTests {

    static final Locale RU = Locale.forLanguageTag("ru");
    static final Locale BE = Locale.forLanguageTag("be");

    @Autowired
    NewsDrafts drafts;
    @Autowired
    JdbcClient jdbc;

    long grodno() {
        return by.egov.academy.support.TestData.demoGrodnoSeminar(jdbc);
    }

    @Test
    void theGrodnoDraftHoldsEveryFactOfTheReferenceItem() {
        Draft d = drafts.news(grodno(), RU);
        System.out.println("=== RU ===\n" + d.title() + "\n\n" + d.body() + "\nmissing " + d.missing());
        assertThat(d.title()).isEqualTo("Состоялся первый семинар цикла региональных семинаров по вопросам развития "
                + "технологий электронного правительства для руководителей местных исполнительных органов государственного управления");
        assertThat(d.body()).contains(
                "8 сентября 2017 г. Министерством связи и информатизации совместно с Гродненским областным исполнительным "
                        + "комитетом на территории отдела регионального развития по Гродненской области ГУ «Администрация Парка "
                        + "высоких технологий» проведен первый семинар цикла региональных семинаров по вопросам развития "
                        + "технологий электронного правительства.",
                "Целевой аудиторией семинара стали приглашенные представители руководителей Гродненского областного, "
                        + "городского, районного исполнительных комитетов, администраций Октябрьского и Ленинского районов "
                        + "г. Гродно и ряда предприятий города, оказывающих услуги в жилищно-коммунальной сфере.",
                "Представители 16 районов Гродненской области также присутствовали на мероприятии посредством видеоконференцсвязи.",
                "Microsoft Belarus", "ООО «Белорусские облачные технологии»", "SAP СНГ в Беларуси",
                "НИРУП «Институт прикладных программных систем»",
                "цифровая трансформация городов", "качество работы государственных органов",
                "заинтересованный обмен мнениями на практике показал положительный эффект подобных мероприятий",
                "Проект по постоянному наращиванию компетенций руководителей высшего звена в сфере электронного правительства "
                        + "инициирован Правительством Республики Беларусь в 2016 году.",
                "Следующее мероприятие в рамках данного проекта состоится на территории Брестской области в октябре 2017 г.");
        assertThat(d.body()).doesNotContain("null").doesNotContain("  ").doesNotContain(" .");
        assertThat(d.missing()).isEmpty();
    }

    @Test
    void belarusianAndEnglishDrafts() {
        Draft be = drafts.news(grodno(), BE);
        Draft en = drafts.news(grodno(), Locale.ENGLISH);
        System.out.println("=== BE ===\n" + be.title() + "\n\n" + be.body() + "\nmissing " + be.missing());
        System.out.println("=== EN ===\n" + en.title() + "\n\n" + en.body() + "\nmissing " + en.missing());
        assertThat(be.title()).startsWith("Адбыўся першы семінар цыкла рэгіянальных семінараў");
        assertThat(be.body()).contains("8 верасня 2017 г. Міністэрствам сувязі і інфарматызацыі сумесна з Гродзенскім "
                        + "абласным выканаўчым камітэтам на тэрыторыі аддзела рэгіянальнага развіцця",
                "Прадстаўнікі 16 раёнаў Гродзенскай вобласці", "на тэрыторыі Брэсцкай вобласці ў кастрычніку 2017 г.",
                "Мэтавай аўдыторыяй семінара сталі запрошаныя прадстаўнікі кіраўнікоў Гродзенскага абласнога",
                "Зацікаўлены абмен меркаваннямі");
        assertThat(be.missing()).isEmpty();
        assertThat(be.body()).doesNotContain("null").doesNotContain("відэаканферэнцсувязі.;");
        assertThat(en.title()).isEqualTo("The first seminar of the cycle of regional seminars on developing e-government "
                + "technologies for the heads of local executive bodies took place in Grodno");
        assertThat(en.body()).contains("On 8 September 2017 the Ministry of Communications and Informatization, together with "
                        + "the Grodno Regional Executive Committee, held the first seminar of the cycle of regional seminars on "
                        + "developing e-government technologies. It took place in Grodno, on the premises of the Grodno Region "
                        + "Regional Development Department of the State Institution “Administration of the High Technologies Park”.",
                "Representatives of 16 districts of Grodno Region also took part by videoconference.",
                "Representatives of Microsoft Belarus, Belarusian Cloud Technologies LLC (beCloud), SAP CIS in Belarus, and the "
                        + "Republican Research Unitary Enterprise “Institute of Applied Software Systems” took part as experts.",
                "The next event of the project will be held in Brest Region in October 2017.");
        // every name in the English item is English: no Russian name left where an English one is recorded
        assertThat(en.title() + en.body()).doesNotContainPattern("\\p{IsCyrillic}");
        assertThat(en.missing()).isEmpty();
        for (Draft d : List.of(be, en)) {
            assertThat(d.title() + d.body()).doesNotContain("null").doesNotContain("  ");
        }
    }

    /** The demo data's seminars: those of the demo Grodno seminar's cycle with its title and an ordinal (tests make others). */
    List<Long> demoSeminars() {
        return jdbc.sql("""
                select s.id from seminar s join seminar g on g.id = :g
                where s.cycle_id = g.cycle_id and s.ordinal is not null and s.title_ru = g.title_ru order by s.ordinal""")
                .param("g", grodno()).query(Long.class).list();
    }

    /**
     * For every demo seminar, in every language, the news item and the announcement: no «null», no blank where a
     * fact should be, every paragraph a finished sentence, every missing fact one the editor's page can name.
     */
    @Test
    void noSentenceOfAnyDemoSeminarHasABlankOrNull() throws Exception {
        List<Long> seminars = demoSeminars();
        assertThat(seminars).hasSizeGreaterThanOrEqualTo(2); // held Grodno and planned Brest
        java.util.Properties messages = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (long seminar : seminars) {
            for (Locale language : List.of(RU, BE, Locale.ENGLISH)) {
                for (Draft d : List.of(drafts.news(seminar, language), drafts.announcement(seminar, language))) {
                    String text = d.title() + "\n\n" + d.body();
                    String where = seminar + "/" + language + ": " + text;
                    assertThat(text).as(where).doesNotContainIgnoringCase("null").doesNotContain("  ").doesNotContain(" .")
                            .doesNotContain(" ,").doesNotContain(",,").doesNotContain("..").doesNotContain("«»")
                            .doesNotContain("()").doesNotContain("“”").doesNotContain(" :").doesNotContain("\n\n\n");
                    assertThat(d.title()).as(where).isNotBlank().doesNotEndWith(" ");
                    for (String paragraph : d.body().split("\n\n")) {
                        assertThat(paragraph).as(where).isNotBlank().matches("(?s)[\\p{Lu}\\d].*[.!?]");
                    }
                    for (String code : d.missing()) {
                        String key = "news.missing." + (code.contains(":") ? code.substring(0, code.indexOf(':')) : code);
                        assertThat(messages).as(where).containsKey(key);
                    }
                }
            }
        }
        // the held Grodno seminar's item lacks nothing in any language
        for (Locale language : List.of(RU, BE, Locale.ENGLISH)) {
            assertThat(drafts.news(grodno(), language).missing()).as(language.toString()).isEmpty();
        }
    }

    /**
     * An expert organisation without an English name: the English item keeps the sentence with the Russian name and
     * lists the organisation (no transliteration is made up); once the name is recorded the item uses it.
     */
    @Test
    void aMissingEnglishNameIsListedAndNeverTransliterated() {
        long minsk = by.egov.academy.support.TestData.territory(jdbc, "BY-HM");
        String nameRu = by.egov.academy.support.TestData.unique("ООО «Цифровые решения ") + "»";
        long org = jdbc.sql("insert into organisation (name_ru, category, territory_id) values (:n, 'PARTNER_IT_COMPANY', :t) returning id")
                .param("n", nameRu).param("t", minsk).query(Long.class).single();
        long seminar = jdbc.sql("""
                        insert into seminar (programme_id, cycle_id, level, host_territory_id, title_ru, starts_at, ends_at, status)
                        select (select min(id) from programme), (select min(id) from cycle), 'REGIONAL', :host, :title,
                               timestamptz '2032-03-03 10:00+03', timestamptz '2032-03-03 14:00+03', 'HELD'
                        returning id
                        """).param("host", by.egov.academy.support.TestData.territory(jdbc, "BY-HR"))
                .param("title", by.egov.academy.support.TestData.unique("Семинар без английских названий ")).query(Long.class).single();
        long expert = jdbc.sql("insert into expert (full_name, organisation_id) values ('Эксперт Решений', :o) returning id")
                .param("o", org).query(Long.class).single();
        long talk = jdbc.sql("""
                insert into talk (seminar_id, kind, title_ru, starts_at, ends_at)
                values (:s, 'TALK', 'Доклад', timestamptz '2032-03-03 10:00+03', timestamptz '2032-03-03 11:00+03') returning id
                """).param("s", seminar).query(Long.class).single();
        jdbc.sql("insert into talk_speaker (talk_id, expert_id) values (:t, :e)").param("t", talk).param("e", expert).update();

        Draft en = drafts.news(seminar, Locale.ENGLISH);
        // English prints the quotes of the Russian name as “…”
        assertThat(en.body()).contains("Representatives of " + nameRu.replace('«', '“').replace('»', '”') + " took part as experts.");
        assertThat(en.missing()).contains("nameEn:" + org);
        Draft be = drafts.news(seminar, BE);
        assertThat(be.body()).contains("прадстаўнікі " + nameRu + ".");
        assertThat(be.missing()).contains("nameBe:" + org);
        assertThat(drafts.news(seminar, RU).missing()).noneMatch(m -> m.startsWith("name"));

        jdbc.sql("update organisation set name_en = 'Digital Solutions LLC', name_be = 'ТАА «Лічбавыя рашэнні»' where id = :id")
                .param("id", org).update();
        en = drafts.news(seminar, Locale.ENGLISH);
        assertThat(en.body()).contains("Representatives of Digital Solutions LLC took part as experts.");
        assertThat(en.missing()).noneMatch(m -> m.startsWith("name"));
        assertThat(drafts.news(seminar, BE).body()).contains("прадстаўнікі ТАА «Лічбавыя рашэнні».");
        jdbc.sql("delete from seminar where id = :id").param("id", seminar).update();
        jdbc.sql("delete from expert where id = :id").param("id", expert).update();
        jdbc.sql("delete from organisation where id = :id").param("id", org).update();
    }

    /** Every district's committee named from its adjective matches the district's own stored case forms. */
    @Test
    void everyDistrictsAdjectiveDeclinesLikeItsStoredCaseForms() {
        var ru = by.egov.academy.publishing.grammar.Grammar.of(RU);
        var be = by.egov.academy.publishing.grammar.Grammar.of(BE);
        record D(String nameRu, String nameBe, String adjRu, String adjBe, String ruGen, String ruIns, String beGen, String beIns) {
        }
        List<D> districts = jdbc.sql("""
                select name_ru, name_be, adj_ru, adj_be, ru_gen, ru_ins, be_gen, be_ins from territory
                where level = 'DISTRICT' and name_ru = adj_ru || ' район' and name_be = adj_be || ' раён'""")
                .query(D.class).list();
        assertThat(districts).hasSizeGreaterThan(100);
        for (D d : districts) {
            assertThat(ru.adjective(d.adjRu(), by.egov.academy.publishing.grammar.GrammaticalCase.INSTRUMENTAL) + " районом")
                    .isEqualTo(d.ruIns());
            assertThat(ru.adjective(d.adjRu(), by.egov.academy.publishing.grammar.GrammaticalCase.GENITIVE) + " района")
                    .isEqualTo(d.ruGen());
            assertThat(be.adjective(d.adjBe(), by.egov.academy.publishing.grammar.GrammaticalCase.INSTRUMENTAL) + " раёнам")
                    .isEqualTo(d.beIns());
            assertThat(be.adjective(d.adjBe(), by.egov.academy.publishing.grammar.GrammaticalCase.GENITIVE) + " раёна")
                    .isEqualTo(d.beGen());
        }
    }
}

package by.egov.academy.publishing.news;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import by.egov.academy.publishing.grammar.Bodies;
import by.egov.academy.publishing.news.SeminarFacts.Next;
import by.egov.academy.publishing.news.SeminarFacts.Place;
import by.egov.academy.publishing.news.SeminarFacts.Programme;
import by.egov.academy.publishing.news.SeminarFacts.Texts;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer over many ordinals, dates, district counts and oblasts; and what it leaves out when facts are missing. */
class NewsWriterPropertyTests {

    static final Locale RU = Locale.forLanguageTag("ru");
    static final Locale BE = Locale.forLanguageTag("be");
    static final String[] ORDINALS_RU = {"первый", "второй", "третий", "четвёртый", "пятый", "шестой", "седьмой", "восьмой",
            "девятый", "десятый", "одиннадцатый", "двенадцатый", "тринадцатый", "четырнадцатый", "пятнадцатый",
            "шестнадцатый", "семнадцатый", "восемнадцатый", "девятнадцатый", "двадцатый"};
    static final String[] ORDINALS_BE = {"першы", "другі", "трэці", "чацвёрты", "пяты", "шосты", "сёмы", "восьмы",
            "дзявяты", "дзясяты", "адзінаццаты", "дванаццаты", "трынаццаты", "чатырнаццаты", "пятнаццаты", "шаснаццаты",
            "сямнаццаты", "васямнаццаты", "дзевятнаццаты", "дваццаты"};
    static final String[] ORDINALS_EN = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth"};
    static final String[] MONTHS_RU = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря"};
    /** Oblast, its adjective and genitive, Russian and Belarusian (as in V2__territories.sql). */
    static final String[][] OBLASTS = {
            {"Брестский", "Брэсцкі", "Брестской области", "Брэсцкай вобласці", "Brest Region"},
            {"Витебский", "Віцебскі", "Витебской области", "Віцебскай вобласці", "Vitebsk Region"},
            {"Гомельский", "Гомельскі", "Гомельской области", "Гомельскай вобласці", "Gomel Region"},
            {"Гродненский", "Гродзенскі", "Гродненской области", "Гродзенскай вобласці", "Grodno Region"},
            {"Минский", "Мінскі", "Минской области", "Мінскай вобласці", "Minsk Region"},
            {"Могилевский", "Магілёўскі", "Могилевской области", "Магілёўскай вобласці", "Mogilev Region"}};

    static SeminarFacts facts(int ordinal, LocalDate date, int districts, String[] oblast, boolean complete) {
        Place place = new Place("OBLAST", "x", "x", oblast[4], oblast[2], oblast[3], "x", "x");
        Texts none = new Texts(null, null, null);
        return new SeminarFacts(1, "HELD", complete ? ordinal : null,
                complete ? new Texts("Цикл семинаров", "Цыкл семінараў", "Cycle of seminars") : none,
                new Texts("Семинар для руководителей", "Семінар для кіраўнікоў", "Seminar for leaders"),
                complete ? date : null, "10:00", YearMonth.from(date),
                List.of(new Bodies.Body(1, "MINISTRY", null, null, null, "Министерство связи и информатизации Республики Беларусь",
                                "Міністэрства сувязі і інфарматызацыі Рэспублікі Беларусь",
                                "Ministry of Communications and Informatization of the Republic of Belarus"),
                        new Bodies.Body(2, "OBLAST_EXECUTIVE_COMMITTEE", oblast[0], oblast[1], oblast[4], "x", "x", null)),
                complete ? new Texts("Дом правительства", "Дом урада", null) : none,
                complete ? new Place("CITY", "Город", "Горад", "Town", "x", "x", "x", "x") : null, place,
                complete ? new Texts("Руководители", "Кіраўнікі", "Heads") : none, 0, districts, districts > 0 ? place : null,
                complete ? List.of(new SeminarFacts.Organisation(3, new Texts("ООО «Альфа»", "ТАА «Альфа»", "Alpha LLC"))) : List.of(),
                complete ? List.of(new Texts("Данные", "Даныя", "Data")) : List.of(), complete ? new Texts("Итог.", "Вынік.", "Outcome.") : none,
                new Programme(new Texts("Проект", "Праект", "The project"), none, 2016),
                new Next(place, YearMonth.from(date).plusMonths(1)), new SeminarFacts.Records("REGIONAL", List.of(), 0, 10L, 11L,
                        new NameForms(java.util.Map.of(
                                NameForms.key(NameForms.VENUE, 10, "ru"), new NameForms.CaseForms("Дом правительства", "дома правительства", "доме правительства", null),
                                NameForms.key(NameForms.VENUE, 10, "be"), new NameForms.CaseForms("Дом урада", "дома ўрада", "доме ўрада", null),
                                NameForms.key(NameForms.CYCLE, 11, "ru"), new NameForms.CaseForms("Цикл семинаров", "цикла семинаров", null, null),
                                NameForms.key(NameForms.CYCLE, 11, "be"), new NameForms.CaseForms("Цыкл семінараў", "цыкла семінараў", null, null)))));
    }

    @Test
    void ordinalsDatesDistrictsAndOblastsAgree() {
        Random random = new Random(2017);
        for (int i = 0; i < 2000; i++) {
            int ordinal = 1 + random.nextInt(20);
            LocalDate date = LocalDate.of(2016 + random.nextInt(15), 1, 1).plusDays(random.nextInt(365));
            int districts = 1 + random.nextInt(130);
            String[] oblast = OBLASTS[random.nextInt(OBLASTS.length)];
            SeminarFacts f = facts(ordinal, date, districts, oblast, true);
            Draft ru = NewsWriter.write(f, RU);
            assertThat(ru.title()).isEqualTo("Состоялся " + ORDINALS_RU[ordinal - 1] + " семинар цикла семинаров для руководителей");
            assertThat(ru.body()).startsWith(date.getDayOfMonth() + " " + MONTHS_RU[date.getMonthValue() - 1] + " "
                    + date.getYear() + " г. Министерством связи и информатизации совместно с "
                    + oblast[0].replaceAll("ий$", "им") + " областным исполнительным комитетом в доме правительства проведен "
                    + ORDINALS_RU[ordinal - 1] + " семинар цикла семинаров.");
            int last = districts % 10;
            String form = last == 1 && districts % 100 != 11 ? "района" : "районов";
            assertThat(ru.body()).contains("Представители " + districts + " " + form + " " + oblast[2] + " также");
            assertThat(ru.body()).contains("на территории " + oblast[2] + " в ");
            Draft be = NewsWriter.write(f, BE);
            String formBe = last == 1 && districts % 100 != 11 ? "раёна" : "раёнаў";
            assertThat(be.body()).contains("Прадстаўнікі " + districts + " " + formBe + " " + oblast[3] + " таксама",
                    oblast[1].replaceAll("і$", "ім") + " абласным выканаўчым камітэтам", "на тэрыторыі " + oblast[3] + " ў ");
            Draft en = NewsWriter.write(f, Locale.ENGLISH);
            assertThat(en.body()).contains("Representatives of " + Phrases.englishCount(districts, by.egov.academy.publishing.grammar.Noun.DISTRICT_EN) + " of " + oblast[4]);
            String month = date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK);
            assertThat(en.title()).isEqualTo("The " + ORDINALS_EN[ordinal - 1] + " seminar of the cycle of seminars for leaders took place in Town");
            assertThat(en.body()).startsWith("On " + date.getDayOfMonth() + " " + month + " " + date.getYear()
                            + " the Ministry of Communications and Informatization, together with the "
                            + oblast[4].replace(" Region", "") + " Regional Executive Committee, held the " + ORDINALS_EN[ordinal - 1]
                            + " seminar of the cycle of seminars. It took place in Town.")
                    .contains("Representatives of Alpha LLC took part as experts.",
                            "The next event of the project will be held in " + oblast[4] + " in "
                                    + date.plusMonths(1).getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK));
            assertThat(be.title()).isEqualTo("Адбыўся " + ORDINALS_BE[ordinal - 1] + " семінар цыкла семінараў для кіраўнікоў");
            for (Draft d : List.of(ru, be, en)) {
                assertThat(d.missing()).isEmpty();
                assertThat(d.title() + d.body()).doesNotContain("null").doesNotContain("  ").doesNotContain("..");
            }
        }
    }

    @Test
    void aSentenceWithoutItsFactsIsLeftOutAndNamed() {
        for (Locale language : List.of(RU, BE, Locale.ENGLISH)) {
            Draft d = NewsWriter.write(facts(3, LocalDate.of(2018, 3, 1), 0, OBLASTS[0], false), language);
            assertThat(d.missing()).containsExactlyInAnyOrder("cycle", "date", "venue", "audience", "remote", "experts",
                    "topics", "outcome");
            assertThat(d.title() + d.body()).doesNotContain("null").doesNotContain("  ").doesNotContain("..")
                    .doesNotContain("«»");
        }
    }

    @Test
    void theAnnouncementSaysWhatWhenWhereForWhomHowDistrictsJoinAndRegistration() {
        Random random = new Random(2018);
        for (int i = 0; i < 500; i++) {
            int ordinal = 1 + random.nextInt(20);
            LocalDate date = LocalDate.of(2017, 1, 1).plusDays(random.nextInt(3000));
            int districts = 1 + random.nextInt(30);
            String[] oblast = OBLASTS[random.nextInt(OBLASTS.length)];
            SeminarFacts f = facts(ordinal, date, districts, oblast, true);
            Draft ru = AnnouncementWriter.write(f, RU);
            assertThat(ru.title()).isEqualTo("Состоится " + ORDINALS_RU[ordinal - 1] + " семинар цикла семинаров для руководителей");
            assertThat(ru.body()).startsWith(date.getDayOfMonth() + " " + MONTHS_RU[date.getMonthValue() - 1] + " "
                            + date.getYear() + " г. в 10:00 Министерством связи и информатизации совместно с "
                            + oblast[0].replaceAll("ий$", "им") + " областным исполнительным комитетом в доме "
                            + "правительства будет проведен " + ORDINALS_RU[ordinal - 1] + " семинар цикла семинаров.")
                    .contains("Целевая аудитория семинара — руководители.",
                            "Представители " + districts + (districts % 10 == 1 && districts % 100 != 11 ? " района " : " районов ")
                                    + oblast[2] + " смогут присоединиться к семинару посредством видеоконференцсвязи",
                            "В качестве экспертов выступят представители ООО «Альфа».", "Тема семинара: данные.",
                            "Регистрация откроется позднее");
            for (Locale language : List.of(RU, BE, Locale.ENGLISH)) {
                Draft d = AnnouncementWriter.write(f, language);
                assertThat(d.missing()).isEmpty();
                assertThat(d.title() + d.body()).doesNotContain("null").doesNotContain("  ").doesNotContain("..");
            }
        }
        Draft missing = AnnouncementWriter.write(facts(2, LocalDate.of(2017, 10, 13), 0, OBLASTS[0], false), RU);
        assertThat(missing.missing()).contains("date", "venue", "audience", "remote", "experts", "topics");
        assertThat(missing.body()).startsWith("В октябре 2017 г. Министерством связи").doesNotContain("null");
    }
}

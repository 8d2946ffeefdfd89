package by.egov.academy.publishing.grammar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The grammar the news writer relies on, checked on the reference item's forms and over whole ranges. */
class GrammarTests {

    private final Grammar ru = Grammar.of(Locale.forLanguageTag("ru"));
    private final Grammar be = Grammar.of(Locale.forLanguageTag("be"));
    private final Grammar en = Grammar.of(Locale.ENGLISH);

    @Test
    void theReferenceItemsForms() {
        assertThat(ru.ordinal(1)).isEqualTo("первый");
        assertThat(ru.date(LocalDate.of(2017, 9, 8))).isEqualTo("8 сентября 2017 г.");
        assertThat(ru.inMonth(YearMonth.of(2017, 10))).isEqualTo("в октябре 2017 г.");
        assertThat(ru.countGenitive(16, Noun.DISTRICT_RU)).isEqualTo("16 районов");
        assertThat(ru.adjective("Гродненский", GrammaticalCase.INSTRUMENTAL) + " "
                + ru.adjective("областной", GrammaticalCase.INSTRUMENTAL) + " "
                + ru.adjective("исполнительный", GrammaticalCase.INSTRUMENTAL) + " комитетом")
                .isEqualTo("Гродненским областным исполнительным комитетом");
    }

    @ParameterizedTest
    @CsvSource({"1,района", "2,районов", "4,районов", "5,районов", "11,районов", "12,районов", "16,районов",
            "21,района", "22,районов", "101,района", "111,районов", "121,района"})
    void russianGenitiveAfterAQuantity(int n, String form) {
        assertThat(ru.countGenitive(n, Noun.DISTRICT_RU)).isEqualTo(n + " " + form);
    }

    @ParameterizedTest
    @CsvSource({"1,район", "2,района", "4,района", "5,районов", "11,районов", "14,районов", "21,район", "22,района",
            "25,районов", "111,районов", "112,районов", "124,района"})
    void russianNominativeCounting(int n, String form) {
        assertThat(ru.count(n, Noun.DISTRICT_RU)).isEqualTo(n + " " + form);
    }

    @Test
    void agreementHoldsOverEveryNumberUpToAThousand() {
        for (int n = 0; n <= 1000; n++) {
            int last = n % 10;
            int lastTwo = n % 100;
            boolean teen = lastTwo >= 11 && lastTwo <= 14;
            String expected = teen ? "районов" : last == 1 ? "район" : last >= 2 && last <= 4 ? "района" : "районов";
            assertThat(ru.count(n, Noun.DISTRICT_RU)).as("%d", n).isEqualTo(n + " " + expected);
            String expectedBe = teen ? "раёнаў" : last == 1 ? "раён" : last >= 2 && last <= 4 ? "раёны" : "раёнаў";
            assertThat(be.count(n, Noun.DISTRICT_BE)).as("%d", n).isEqualTo(n + " " + expectedBe);
            assertThat(ru.countGenitive(n, Noun.DISTRICT_RU)).as("%d", n)
                    .isEqualTo(n + " " + (last == 1 && lastTwo != 11 ? "района" : "районов"));
            assertThat(en.count(n, Noun.DISTRICT_EN)).as("%d", n).isEqualTo(n + (n == 1 ? " district" : " districts"));
        }
    }

    @Test
    void ordinalsUpToTwentyAreWordsAndAllDiffer() {
        List<String> expected = List.of("первый", "второй", "третий", "четвёртый", "пятый", "шестой", "седьмой",
                "восьмой", "девятый", "десятый", "одиннадцатый", "двенадцатый", "тринадцатый", "четырнадцатый",
                "пятнадцатый", "шестнадцатый", "семнадцатый", "восемнадцатый", "девятнадцатый", "двадцатый");
        assertThat(IntStream.rangeClosed(1, 20).mapToObj(ru::ordinal).toList()).isEqualTo(expected);
        assertThat(be.ordinal(1)).isEqualTo("першы");
        assertThat(be.ordinal(2)).isEqualTo("другі");
        assertThat(be.ordinal(20)).isEqualTo("дваццаты");
        assertThat(en.ordinal(3)).isEqualTo("third");
        assertThat(en.ordinal(21)).isEqualTo("twenty-first");
        assertThat(ru.ordinal(21)).isEqualTo("двадцать первый");
        for (Grammar g : List.of(ru, be, en)) {
            Set<String> seen = new HashSet<>();
            for (int n = 1; n <= 100; n++) {
                String word = g.ordinal(n);
                assertThat(word).as("%d", n).isNotBlank();
                if (n <= 20) {
                    assertThat(word).as("%d is one word", n).doesNotContain(" ");
                }
                assertThat(seen.add(word)).as("ordinal %d repeats %s", n, word).isTrue();
            }
        }
        assertThatThrownBy(() -> ru.ordinal(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesOfEveryDayOfTwoYears() {
        for (LocalDate d = LocalDate.of(2016, 1, 1); d.getYear() < 2018; d = d.plusDays(1)) {
            assertThat(ru.date(d)).matches("\\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \\d{4} г\\.");
            assertThat(be.date(d)).matches("\\d{1,2} (студзеня|лютага|сакавіка|красавіка|мая|чэрвеня|ліпеня|жніўня|верасня|кастрычніка|лістапада|снежня) \\d{4} г\\.");
            assertThat(en.date(d)).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}");
            assertThat(ru.date(d)).startsWith(d.getDayOfMonth() + " ").endsWith(d.getYear() + " г.");
        }
        assertThat(be.inMonth(YearMonth.of(2017, 10))).isEqualTo("у кастрычніку 2017 г.");
        assertThat(en.inMonth(YearMonth.of(2017, 10))).isEqualTo("in October 2017");
    }

    @ParameterizedTest
    @CsvSource({
            "Гродненский,GENITIVE,Гродненского", "Гродненский,DATIVE,Гродненскому", "Гродненский,INSTRUMENTAL,Гродненским",
            "Гродненский,PREPOSITIONAL,Гродненском", "областной,GENITIVE,областного", "областной,INSTRUMENTAL,областным",
            "городской,INSTRUMENTAL,городским", "исполнительный,GENITIVE,исполнительного", "Минский,INSTRUMENTAL,Минским",
            "верхний,GENITIVE,верхнего", "верхний,INSTRUMENTAL,верхним", "Витебский,PREPOSITIONAL,Витебском",
            "Могилёвский,DATIVE,Могилёвскому"})
    void russianAdjectives(String word, GrammaticalCase c, String expected) {
        assertThat(ru.adjective(word, c)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "Гродзенскі,GENITIVE,Гродзенскага", "Гродзенскі,DATIVE,Гродзенскаму", "Гродзенскі,INSTRUMENTAL,Гродзенскім",
            "абласны,INSTRUMENTAL,абласным", "абласны,GENITIVE,абласнога", "выканаўчы,INSTRUMENTAL,выканаўчым",
            "Брэсцкі,INSTRUMENTAL,Брэсцкім", "сіні,GENITIVE,сіняга", "гарадскі,GENITIVE,гарадскога",
            "раённы,GENITIVE,раённага", "абласны,DATIVE,абласному"})
    void belarusianAdjectives(String word, GrammaticalCase c, String expected) {
        assertThat(be.adjective(word, c)).isEqualTo(expected);
    }

    @Test
    void belarusianAndEnglishOrdinalsUpToTwenty() {
        assertThat(IntStream.rangeClosed(1, 20).mapToObj(be::ordinal).toList()).containsExactly("першы", "другі", "трэці",
                "чацвёрты", "пяты", "шосты", "сёмы", "восьмы", "дзявяты", "дзясяты", "адзінаццаты", "дванаццаты",
                "трынаццаты", "чатырнаццаты", "пятнаццаты", "шаснаццаты", "сямнаццаты", "васямнаццаты", "дзевятнаццаты",
                "дваццаты");
        assertThat(IntStream.rangeClosed(1, 20).mapToObj(en::ordinal).toList()).containsExactly("first", "second", "third",
                "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");
        assertThat(be.ordinal(21)).isEqualTo("дваццаць першы");
        assertThat(be.ordinal(35)).isEqualTo("трыццаць пяты");
        assertThat(ru.ordinal(42)).isEqualTo("сорок второй");
        assertThat(en.ordinal(99)).isEqualTo("ninety-ninth");
    }

    /** Every month in the genitive (a date) and the prepositional («в октябре»), in both languages, every year. */
    @Test
    void everyMonthInTheGenitiveAndPrepositional() {
        List<String> genRu = List.of("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                "октября", "ноября", "декабря");
        List<String> prepRu = List.of("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
                "октябре", "ноябре", "декабре");
        List<String> genBe = List.of("студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня",
                "верасня", "кастрычніка", "лістапада", "снежня");
        List<String> prepBe = List.of("студзені", "лютым", "сакавіку", "красавіку", "маі", "чэрвені", "ліпені", "жніўні",
                "верасні", "кастрычніку", "лістападзе", "снежні");
        List<String> en = List.of("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December");
        for (int year = 2016; year <= 2040; year++) {
            for (int m = 1; m <= 12; m++) {
                int day = 1 + (year * 7 + m * 3) % YearMonth.of(year, m).lengthOfMonth();
                LocalDate d = LocalDate.of(year, m, day);
                assertThat(ru.date(d)).isEqualTo(day + " " + genRu.get(m - 1) + " " + year + " г.");
                assertThat(be.date(d)).isEqualTo(day + " " + genBe.get(m - 1) + " " + year + " г.");
                assertThat(this.en.date(d)).isEqualTo(day + " " + en.get(m - 1) + " " + year);
                assertThat(ru.inMonth(YearMonth.of(year, m))).isEqualTo("в " + prepRu.get(m - 1) + " " + year + " г.");
                assertThat(be.inMonth(YearMonth.of(year, m))).isEqualTo("у " + prepBe.get(m - 1) + " " + year + " г.");
                assertThat(this.en.inMonth(YearMonth.of(year, m))).isEqualTo("in " + en.get(m - 1) + " " + year);
            }
        }
    }

    /** «Прадстаўнікі 1 раёна / 2 раёнаў / 21 раёна / 22 раёнаў», the Belarusian counterpart of the examples. */
    @ParameterizedTest
    @CsvSource({"1,раёна", "2,раёнаў", "4,раёнаў", "5,раёнаў", "11,раёнаў", "16,раёнаў", "21,раёна", "22,раёнаў",
            "101,раёна", "111,раёнаў", "121,раёна"})
    void belarusianGenitiveAfterAQuantity(int n, String form) {
        assertThat(be.countGenitive(n, Noun.DISTRICT_BE)).isEqualTo(n + " " + form);
    }

    @Test
    void genitiveAgreementOverEveryNumberUpToAThousand() {
        for (int n = 1; n <= 1000; n++) {
            boolean singular = n % 10 == 1 && n % 100 != 11;
            assertThat(be.countGenitive(n, Noun.DISTRICT_BE)).as("%d", n).isEqualTo(n + (singular ? " раёна" : " раёнаў"));
            assertThat(en.countGenitive(n, Noun.DISTRICT_EN)).as("%d", n).isEqualTo(n + (n == 1 ? " district" : " districts"));
            assertThat(ru.count(n, Noun.PERSON_RU)).as("%d", n).isEqualTo(n + " " + (n % 10 >= 2 && n % 10 <= 4
                    && (n % 100 < 12 || n % 100 > 14) ? "человека" : "человек"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ministry of Communications and Informatization|the Ministry of Communications and Informatization",
            "Grodno Regional Executive Committee|the Grodno Regional Executive Committee",
            "Administration of the Leninsky District of Grodno|the Administration of the Leninsky District of Grodno",
            "State Enterprise “Grodno City Housing and Utilities”|the State Enterprise “Grodno City Housing and Utilities”",
            "Microsoft Belarus|Microsoft Belarus", "SAP CIS in Belarus|SAP CIS in Belarus",
            "Belarusian Cloud Technologies LLC (beCloud)|Belarusian Cloud Technologies LLC (beCloud)",
            "Acme “Institute of Things”|Acme “Institute of Things”", "the Hi-Tech Park|the Hi-Tech Park"})
    void englishNamesTakeTheArticleByTheirHeadNoun(String name, String inText) {
        assertThat(English.definite(name)).isEqualTo(inText);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ООО «Альфа»|true", "ДУ «Адміністрацыя Парка»|true", "Microsoft Belarus|true",
            "Белорусская компания|false", "ООО Альфа|false", "Гродненский облисполком|false"})
    void namesThatStayTheSameInEveryCase(String name, boolean indeclinable) {
        assertThat(Bodies.indeclinable(name)).isEqualTo(indeclinable ? java.util.Optional.of(name) : java.util.Optional.empty());
    }

    @Test
    void organisersInTheInstrumentalOrByTheirRecordedEnglishName() {
        var ministry = new Bodies.Body(1, "MINISTRY", null, null, null, "Министерство связи и информатизации Республики Беларусь",
                "Міністэрства сувязі і інфарматызацыі Рэспублікі Беларусь",
                "Ministry of Communications and Informatization of the Republic of Belarus");
        assertThat(Bodies.agent(ministry, Locale.forLanguageTag("ru"))).hasValue("Министерством связи и информатизации");
        assertThat(Bodies.agent(ministry, Locale.forLanguageTag("be"))).hasValue("Міністэрствам сувязі і інфарматызацыі");
        assertThat(Bodies.agent(ministry, Locale.ENGLISH)).hasValue("the Ministry of Communications and Informatization");
        var noEnglish = new Bodies.Body(2, "MINISTRY", null, null, null, "Министерство связи и информатизации Республики Беларусь",
                null, null);
        assertThat(Bodies.agent(noEnglish, Locale.ENGLISH)).isEmpty();
        assertThat(Bodies.agent(noEnglish, Locale.forLanguageTag("be"))).isEmpty();
        var committee = new Bodies.Body(3, "OBLAST_EXECUTIVE_COMMITTEE", "Витебский", "Віцебскі", "Vitebsk Region", "x", "x", null);
        assertThat(Bodies.agent(committee, Locale.forLanguageTag("ru"))).hasValue("Витебским областным исполнительным комитетом");
        assertThat(Bodies.agent(committee, Locale.forLanguageTag("be"))).hasValue("Віцебскім абласным выканаўчым камітэтам");
        assertThat(Bodies.agent(committee, Locale.ENGLISH)).hasValue("the Vitebsk Regional Executive Committee");
        var partner = new Bodies.Body(4, "OTHER", null, null, null, "ГУ «Администрация Парка высоких технологий»",
                "ДУ «Адміністрацыя Парка высокіх тэхналогій»", "State Institution “Administration of the High Technologies Park”");
        assertThat(Bodies.agent(partner, Locale.forLanguageTag("ru"))).hasValue("ГУ «Администрация Парка высоких технологий»");
        assertThat(Bodies.agent(partner, Locale.ENGLISH))
                .hasValue("the State Institution “Administration of the High Technologies Park”");
    }
}

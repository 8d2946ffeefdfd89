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
}

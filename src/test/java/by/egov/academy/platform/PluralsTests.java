package by.egov.academy.platform;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PluralsTests {

    @Test
    void russianAndBelarusianTakeOneFewMany() {
        for (Locale l : new Locale[]{LocaleConfiguration.RUSSIAN, LocaleConfiguration.BELARUSIAN}) {
            for (long n : new long[]{1, 21, 41, 101, 1001}) {
                assertThat(Plurals.category(n, l)).as("%d", n).isEqualTo("one");
            }
            for (long n : new long[]{2, 3, 4, 22, 34, 102}) {
                assertThat(Plurals.category(n, l)).as("%d", n).isEqualTo("few");
            }
            for (long n : new long[]{0, 5, 11, 12, 13, 14, 19, 20, 25, 111, 112, 1000}) {
                assertThat(Plurals.category(n, l)).as("%d", n).isEqualTo("many");
            }
        }
    }

    @Test
    void englishTakesOneOrMany() {
        assertThat(Plurals.category(1, Locale.ENGLISH)).isEqualTo("one");
        assertThat(Plurals.category(21, Locale.ENGLISH)).isEqualTo("many");
        assertThat(Plurals.category(2, Locale.ENGLISH)).isEqualTo("many");
        assertThat(Plurals.category(0, Locale.ENGLISH)).isEqualTo("many");
    }
}

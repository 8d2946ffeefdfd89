package by.egov.academy.reporting.gaps;

import java.util.List;
import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/**
 * One region × one competence: how many target officials there are, how many have evidence (up to the filter's
 * last year), the share, the average latest self-assessed level (after the seminar) of those who gave one and the
 * share with evidence up to the end of each year.
 */
public record GapCell(long regionId, long competenceId, String code, String nameRu, String nameBe, String nameEn,
                      int targets, int withEvidence, Double averageLevel, int selfAssessed, List<YearShare> trend) {

    public record YearShare(int year, int withEvidence, int percent) {
    }

    public String name(Locale locale) {
        return LocaleConfiguration.pick(locale, nameRu, nameBe, nameEn);
    }

    /** Whole percent, rounded half up; 0 when the region has no target officials. */
    public int percent() {
        return percent(withEvidence, targets);
    }

    static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }

    /** The heat-map bucket: 0 (under 20%), 1 (20–39), 2 (40–59), 3 (60–79), 4 (80 and more). */
    public int bucket() {
        return Math.min(4, percent() / 20);
    }
}

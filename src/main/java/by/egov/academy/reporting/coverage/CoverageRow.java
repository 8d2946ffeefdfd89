package by.egov.academy.reporting.coverage;

import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/**
 * One line of a coverage table: a region (oblast or Minsk city) or a territory inside it where organisations are
 * (a district, a city, a city district, or the region itself for its region-level bodies).
 */
record CoverageRow(long territoryId, String code, String level, long regionId, String nameRu, String nameBe,
                   String nameEn, Figures figures) {

    public String name(Locale locale) {
        return LocaleConfiguration.pick(locale, nameRu, nameBe, nameEn);
    }

    /** The coverage class the map colours the region with: 0 (none) to 4 (three quarters or more reached). */
    public int band() {
        double p = figures.reachedPercent();
        return p == 0 ? 0 : p < 25 ? 1 : p < 50 ? 2 : p < 75 ? 3 : 4;
    }
}

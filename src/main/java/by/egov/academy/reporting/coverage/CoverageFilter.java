package by.egov.academy.reporting.coverage;

/**
 * What a coverage report covers. Every part is optional: no programme means every programme, no years means all
 * of them, no category means every category a seminar's audience is drawn from.
 */
record CoverageFilter(Long programme, Long cycle, Integer from, Integer to, String category) {

    static CoverageFilter all() {
        return new CoverageFilter(null, null, null, null, null);
    }
}

package by.egov.academy.reporting.coverage;

import java.util.List;

/**
 * A coverage report: the regions (always all of them), the territories of the regions the reader may drill into,
 * and, for a single region's drill-down, its organisations never reached.
 *
 * @param seminars how many seminars the filter selects; zero means the figures are empty because nothing was held,
 *                 which the page says rather than showing zeros that look like a result
 */
record CoverageReport(CoverageFilter filter, long seminars, List<CoverageRow> regions, List<CoverageRow> territories,
                      List<UnreachedOrganisation> unreached, Figures total) {
}

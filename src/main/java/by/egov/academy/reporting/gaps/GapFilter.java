package by.egov.academy.reporting.gaps;

import java.time.LocalDate;

/** Which gaps: one region or all ({@code regionId} null); evidence and trend years {@code from}–{@code to}. */
public record GapFilter(Long regionId, int from, int to) {

    /** Evidence counts up to the end of {@code to}. */
    public LocalDate until() {
        return LocalDate.of(to, 12, 31);
    }
}

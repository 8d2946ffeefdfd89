package by.egov.academy.reporting.gaps;

import java.util.List;
import java.util.Locale;

import by.egov.academy.directory.TerritoryRef;

/** A region's row of the heat map: its target officials and one cell per competence of the current framework. */
public record RegionGaps(TerritoryRef region, int targets, List<GapCell> cells) {

    public String name(Locale locale) {
        return region.name(locale);
    }
}

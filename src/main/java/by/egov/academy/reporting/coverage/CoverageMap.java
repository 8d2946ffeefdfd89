package by.egov.academy.reporting.coverage;

import java.util.List;
import java.util.Map;

/**
 * A schematic map of Belarus's six oblasts and Minsk city: simplified outlines drawn by hand in their true
 * arrangement (Vitebsk north, Grodno west, Brest south-west, Gomel south-east, Mogilev east, Minsk oblast in the
 * middle around Minsk city), not a survey map and not to scale. No freely licensed admin-1 boundary data set was
 * at hand in a package the build can fetch (see README, Coverage), so the page says it is a schematic.
 */
final class CoverageMap {

    /** An outline in the 600 × 440 view box and where its label goes. */
    record Shape(String path, int labelX, int labelY) {
    }

    static final Map<String, Shape> SHAPES = Map.of(
            "BY-VI", new Shape("M190,70 L250,30 L330,12 L420,20 L500,40 L560,90 L540,150 L470,160 L420,150 L360,165 "
                    + "L300,150 L250,160 L210,130 Z", 380, 90),
            "BY-HR", new Shape("M40,150 L110,110 L190,70 L210,130 L250,160 L240,210 L200,250 L130,260 L70,240 "
                    + "L30,200 Z", 140, 185),
            "BY-MI", new Shape("M250,160 L300,150 L360,165 L420,150 L430,210 L410,270 L350,290 L280,280 L240,250 "
                    + "L200,250 L240,210 Z M305,200 L345,200 L345,235 L305,235 Z", 390, 255),
            "BY-HM", new Shape("M305,200 L345,200 L345,235 L305,235 Z", 325, 222),
            "BY-MA", new Shape("M420,150 L470,160 L540,150 L575,200 L570,260 L520,290 L460,285 L410,270 L430,210 Z",
                    495, 220),
            "BY-BR", new Shape("M30,200 L70,240 L130,260 L200,250 L240,250 L280,280 L290,340 L250,400 L170,410 "
                    + "L80,395 L20,360 L25,280 Z", 150, 330),
            "BY-HO", new Shape("M280,280 L350,290 L410,270 L460,285 L520,290 L570,260 L585,330 L550,390 L470,425 "
                    + "L380,420 L300,405 L250,400 L290,340 Z", 430, 355));

    /** Bands of the share of target organisations reached, for the legend: lower bounds in per cent. */
    static final List<Integer> BANDS = List.of(0, 1, 25, 50, 75);

    private CoverageMap() {
    }
}

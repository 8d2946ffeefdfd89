package by.egov.academy.platform;

import java.time.ZoneId;

/** Seminars happen in Belarus: every calendar day and wall-clock time of the product is Minsk's. */
public final class Minsk {

    public static final ZoneId ZONE = ZoneId.of("Europe/Minsk");

    private Minsk() {
    }
}

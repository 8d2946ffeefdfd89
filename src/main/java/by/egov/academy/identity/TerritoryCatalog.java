package by.egov.academy.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The territories identity needs to bind accounts to (regions for coordinators, districts for site
 * operators). Implemented by the directory, which owns territories; declared here so that the
 * dependency points from directory to identity only.
 */
public interface TerritoryCatalog {

    record Unit(long id, String level, String name, Long regionId) {
    }

    Optional<Unit> find(long id, Locale locale);

    /** By the stable code of the reference data, e.g. {@code BY-HR} for Grodno oblast. */
    Optional<Unit> findByCode(String code, Locale locale);

    /** Minsk city and the oblasts. */
    List<Unit> regions(Locale locale);

    /** Every district and city district, ordered by region then name. */
    List<Unit> districts(Locale locale);
}

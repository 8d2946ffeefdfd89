package by.egov.academy.programme.venue;

import java.time.Instant;
import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/**
 * A venue as stored, with its territory's names and region and its host organisation's names. The Russian
 * address is the column {@code address} (older than the translations).
 */
public record Venue(long id, String nameRu, String nameBe, String nameEn,
                    String addressRu, String addressBe, String addressEn,
                    long territoryId, String territoryNameRu, String territoryNameBe, String territoryNameEn, long regionId,
                    Long hostOrganisationId, String hostNameRu, String hostNameBe, String hostNameEn,
                    Integer capacity, String notesRu, String notesBe, String notesEn, Instant retiredAt, int seminarCount) {

    public String name(Locale locale) {
        return LocaleConfiguration.pick(locale, nameRu, nameBe, nameEn);
    }

    public String address(Locale locale) {
        return LocaleConfiguration.pick(locale, addressRu, addressBe, addressEn);
    }

    public String notes(Locale locale) {
        return LocaleConfiguration.pick(locale, notesRu, notesBe, notesEn);
    }

    public String territoryName(Locale locale) {
        return LocaleConfiguration.pick(locale, territoryNameRu, territoryNameBe, territoryNameEn);
    }

    /** An organisation without an English name is shown by its Russian one, never a transliteration. */
    public String hostName(Locale locale) {
        return hostNameRu == null ? null
                : LocaleConfiguration.pick(locale, hostNameRu, hostNameBe, hostNameEn == null ? hostNameRu : hostNameEn);
    }

    public boolean retired() {
        return retiredAt != null;
    }
}

package by.egov.academy.programme.venue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What a user submits to create or change a venue (form and API alike). On a change every text left out (null)
 * keeps its stored value and an empty one clears it, so that a form or client knowing one language never wipes
 * the others; the territory left out keeps the stored one. The host organisation and the capacity are replaced
 * as given (null clears them): the form always sends both.
 */
public record VenueCommand(
        @Size(max = 500) String nameRu,
        @Size(max = 500) String nameBe,
        @Size(max = 500) String nameEn,
        @Size(max = 500) String addressRu,
        @Size(max = 500) String addressBe,
        @Size(max = 500) String addressEn,
        Long territoryId,
        Long hostOrganisationId,
        @Positive @Max(100_000) Integer capacity,
        @Size(max = 5000) String notesRu,
        @Size(max = 5000) String notesBe,
        @Size(max = 5000) String notesEn) {

    public static VenueCommand of(Venue v) {
        return new VenueCommand(v.nameRu(), v.nameBe(), v.nameEn(), v.addressRu(), v.addressBe(), v.addressEn(),
                v.territoryId(), v.hostOrganisationId(), v.capacity(), v.notesRu(), v.notesBe(), v.notesEn());
    }

    static VenueCommand empty(Long territoryId) {
        return new VenueCommand("", "", "", "", "", "", territoryId, null, null, "", "", "");
    }
}

package by.egov.academy.directory.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user submits to create or change an organisation (form and API alike). */
public record OrganisationCommand(
        @NotBlank @Size(max = 500) String nameRu,
        @Size(max = 500) String nameBe,
        @Size(max = 500) String nameEn,
        @NotNull OrganisationCategory category,
        @NotNull Long territoryId,
        @Size(max = 500) String address) {

    public static OrganisationCommand of(Organisation o) {
        return new OrganisationCommand(o.nameRu(), o.nameBe(), o.nameEn(), o.category(), o.territoryId(), o.address());
    }
}

package by.egov.academy.programme.expert;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a user submits to create or change an expert (form and API alike). A position or name left out
 * ({@code null}) keeps what is recorded, so a client that edits one language never clears the others; an
 * empty one clears it. The organisation is an existing one ({@code organisationId}) or, when
 * {@code newOrganisationNameRu} is filled, a partner organisation created on the spot in Minsk.
 */
public record ExpertCommand(
        @NotBlank @Size(max = 300) String fullName,
        @Size(max = 500) String positionRu,
        @Size(max = 500) String positionBe,
        @Size(max = 500) String positionEn,
        Long organisationId,
        @Size(max = 500) String newOrganisationNameRu,
        @Size(max = 500) String newOrganisationNameBe,
        @Size(max = 500) String newOrganisationNameEn,
        PartnerCategory newOrganisationCategory,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "ru|be|en") String language) {

    public static ExpertCommand of(Expert e) {
        return new ExpertCommand(e.fullName(), e.positionRu(), e.positionBe(), e.positionEn(), e.organisationId(),
                null, null, null, null, e.email(), e.language());
    }

    public static ExpertCommand empty() {
        return new ExpertCommand("", "", "", "", null, "", "", "", null, "", "ru");
    }

    boolean createsOrganisation() {
        return newOrganisationNameRu != null && !newOrganisationNameRu.isBlank();
    }
}

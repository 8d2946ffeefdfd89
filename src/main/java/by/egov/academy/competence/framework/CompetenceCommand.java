package by.egov.academy.competence.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A competence's names and descriptions as the programme office types them; the area only when adding one. */
public record CompetenceCommand(
        Long areaId,
        @NotBlank @Size(max = 300) String nameRu,
        @NotBlank @Size(max = 300) String nameBe,
        @NotBlank @Size(max = 300) String nameEn,
        @Size(max = 2000) String descriptionRu,
        @Size(max = 2000) String descriptionBe,
        @Size(max = 2000) String descriptionEn) {

    static CompetenceCommand of(Competence c) {
        return new CompetenceCommand(c.areaId(), c.nameRu(), c.nameBe(), c.nameEn(), c.descriptionRu(),
                c.descriptionBe(), c.descriptionEn());
    }

    static CompetenceCommand empty() {
        return new CompetenceCommand(null, "", "", "", "", "", "");
    }
}

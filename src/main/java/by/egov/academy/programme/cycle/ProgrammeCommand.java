package by.egov.academy.programme.cycle;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * What a user submits to create or change a programme. On a change a text left out (null) keeps its stored
 * value and an empty one clears it; the Russian title is required and never cleared; the start year left out
 * keeps the stored one.
 */
public record ProgrammeCommand(
        @Size(max = 500) String titleRu,
        @Size(max = 500) String titleBe,
        @Size(max = 500) String titleEn,
        @Min(1990) @Max(2100) Integer startYear,
        @Size(max = 5000) String descriptionRu,
        @Size(max = 5000) String descriptionBe,
        @Size(max = 5000) String descriptionEn) {

    public static ProgrammeCommand of(ProgrammeRow p) {
        return new ProgrammeCommand(p.titleRu(), p.titleBe(), p.titleEn(), p.startYear(), p.descriptionRu(),
                p.descriptionBe(), p.descriptionEn());
    }
}

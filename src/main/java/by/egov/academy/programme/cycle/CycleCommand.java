package by.egov.academy.programme.cycle;

import jakarta.validation.constraints.Size;

/**
 * What a user submits to create or change a cycle (form and API alike). On a change a text left out (null)
 * keeps its stored value and an empty one clears it; the Russian title is required and never cleared, and the
 * programme left out keeps the stored one.
 */
public record CycleCommand(
        Long programmeId,
        @Size(max = 500) String titleRu,
        @Size(max = 500) String titleBe,
        @Size(max = 500) String titleEn,
        @Size(max = 5000) String descriptionRu,
        @Size(max = 5000) String descriptionBe,
        @Size(max = 5000) String descriptionEn) {

    public static CycleCommand of(Cycle c) {
        return new CycleCommand(c.programmeId(), c.titleRu(), c.titleBe(), c.titleEn(), c.descriptionRu(),
                c.descriptionBe(), c.descriptionEn());
    }
}

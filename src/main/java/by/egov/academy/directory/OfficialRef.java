package by.egov.academy.directory;

/** An official as other modules see it: whom to invite, where they work, which language they read. */
public record OfficialRef(long id, String fullName, String position, String leadership, String email, String language,
                          long organisationId, String organisationNameRu, String organisationNameBe,
                          long territoryId, String territoryNameRu, long regionId, Long districtId) {
}

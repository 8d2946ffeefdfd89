package by.egov.academy.reporting.coverage;

/** A target organisation no official of which attended a seminar within the filter. */
record UnreachedOrganisation(long id, String nameRu, String category, long territoryId, String territoryNameRu,
                             long invited) {
}

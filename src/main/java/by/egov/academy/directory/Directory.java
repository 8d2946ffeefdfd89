package by.egov.academy.directory;

import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask of the directory: territories with their names and case forms, and
 * organisations. Everything else of the module is internal.
 */
public interface Directory {

    Optional<TerritoryRef> territory(long id);

    Optional<TerritoryRef> territoryByCode(String code);

    /** Minsk city and the six oblasts, Minsk first. */
    List<TerritoryRef> regions();

    /** The districts (level DISTRICT) of an oblast, in their official order. */
    List<TerritoryRef> districtsOf(long oblastId);

    /** The cities of oblast subordination of an oblast (venues are mostly in them). */
    List<TerritoryRef> citiesOf(long oblastId);

    Optional<OrganisationRef> organisation(long id);

    Optional<OfficialRef> official(long id);

    /** Organisations located in the given territories, by name. */
    List<OrganisationRef> organisationsIn(List<Long> territoryIds);

    List<OfficialRef> officialsOfOrganisation(long organisationId);

    /**
     * Officials of organisations of the given categories located in the given territories, with the
     * given leadership values (HEAD, DEPUTY_HEAD, OTHER); an empty category list means any category.
     */
    List<OfficialRef> officialsMatching(List<String> categories, List<Long> territoryIds, List<String> leaderships);

    /**
     * Adds a person to an organisation's staff on another module's behalf (a deputy named on an RSVP, a
     * walk-in at a district site), or returns the official who already has that e-mail in the same
     * organisation; empty when the address belongs to someone in another organisation.
     */
    Optional<OfficialRef> addOfficial(String fullName, String position, String leadership, long organisationId, String email);

    /** The territory and every unit under it. */
    List<Long> subtree(long territoryId);

    List<TerritoryRef> children(long territoryId);

    /** The executive committee of a region or district (oblast, Minsk city or district committee). */
    Optional<OrganisationRef> executiveCommitteeOf(long territoryId);

    /** Organisations of the given categories (names as in {@code OrganisationCategory}), by name. */
    List<OrganisationRef> organisationsOfCategories(List<String> categories);

    /**
     * Organisations whose Russian, Belarusian or English name contains the text (ё and е alike, any case), by
     * Russian name, at most {@code limit}; none for a blank text.
     */
    List<OrganisationRef> searchOrganisations(String query, int limit);

    /**
     * Records a partner organisation (an IT company, institute, university, international or other organisation
     * experts come from) on another module's behalf, in the territory of the given code; when that territory
     * already has an organisation of that Russian name (any case), that one is returned unchanged. Partners are
     * national, so no regional write scope applies. {@code category} is one of PARTNER_IT_COMPANY,
     * RESEARCH_INSTITUTE, UNIVERSITY, INTERNATIONAL_ORGANISATION, OTHER.
     */
    OrganisationRef partnerOrganisation(String nameRu, String nameBe, String nameEn, String category, String territoryCode);

    /**
     * Officials whose name contains the text (ё and е alike, any case), in the given regions only (null: every
     * region), by name; at most {@code limit}. For pickers that find a person by typing part of their name.
     */
    List<OfficialRef> searchOfficials(String query, Long regionId, int limit);
}

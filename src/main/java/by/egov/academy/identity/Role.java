package by.egov.academy.identity;

/** The roles of PRODUCT.md; a coordinator is bound to one region, a site operator to one district. */
public enum Role {
    PROGRAMME_OFFICE,
    REGIONAL_COORDINATOR,
    SITE_OPERATOR,
    EXPERT,
    PARTICIPANT;

    public boolean boundToTerritory() {
        return this == REGIONAL_COORDINATOR || this == SITE_OPERATOR;
    }
}

package by.egov.academy.identity;

/**
 * Who is signed in, as other modules need to know it to scope what they show.
 *
 * @param territoryId the region (oblast or Minsk city) of a regional coordinator, the district of a
 *                    site operator, otherwise {@code null}
 */
public record CurrentUser(long accountId, String username, String displayName, Role role, Long territoryId)
        implements java.io.Serializable {

    public boolean is(Role r) {
        return role == r;
    }

    public boolean isProgrammeOffice() {
        return role == Role.PROGRAMME_OFFICE;
    }
}

package by.egov.academy.identity;

import java.util.Optional;

/** Finds the account that runs a district's videoconference site, for binding new remote sites to it. */
public interface SiteOperators {

    Optional<Long> operatorOf(long districtId);
}

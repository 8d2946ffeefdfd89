package by.egov.academy.participation;

import java.util.List;

/** What other modules (reporting's planner) may do with a seminar's audience rules, as the signed-in organiser. */
public interface Audiences {

    /** One rule: organisation categories × scope (HOST_OBLAST, HOST_DISTRICTS, HOST_REGION, …) × positions. */
    record Rule(List<String> categories, String scope, Long territoryId, String positions) {
    }

    List<Rule> rules(long seminarId);

    /** Adds the rule unless the seminar has one with the same categories, scope, territory and positions. */
    boolean addRuleIfAbsent(long seminarId, Rule rule);
}

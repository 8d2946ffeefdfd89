package by.egov.academy.reporting.planner;

import java.time.LocalDate;
import java.util.List;

/**
 * What the planner proposes for a seminar: the competences to cover (largest gaps of the host region weighted by
 * survey demand), for each the best-rated experts and partner organisations, and the invitation list (target
 * officials of the region who attended nothing for the longest, never first).
 */
public record Proposal(long seminarId, String seminarTitle, long regionId, String regionName, int targets,
                       List<Topic> topics, List<Invitee> invitees, String audience) {

    public record Topic(long competenceId, String code, String name, int targets, int withEvidence, int percent,
                        int asked, double score, Double averageLevel, int targetLevel, String explanation,
                        List<Rated> experts, List<Rated> organisations) {
    }

    public record Rated(long id, String name, String organisation, double rating, int answers) {
    }

    public record Invitee(long officialId, String fullName, String position, String organisation, String territory,
                          LocalDate lastAttended) {
    }

    /** What applying did: talks-to-be added and whether the audience rule was new. */
    public record Applied(int talksAdded, boolean ruleAdded, List<Long> talkIds) {
    }
}

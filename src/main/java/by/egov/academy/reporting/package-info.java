/**
 * Reporting and planning: how far the programme has reached (coverage by oblast, district and organisation),
 * the competence gaps of each oblast, the planner that proposes the next seminar, and exports. Reads the other
 * modules' tables with its own SQL (plus summary tables it keeps correct itself) and writes only through the
 * programme's and participation's public APIs when a proposal is applied.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
        allowedDependencies = {"platform", "identity", "directory", "programme", "participation", "competence"})
package by.egov.academy.reporting;

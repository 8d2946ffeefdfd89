/**
 * The front door: the home page at {@code /}, a task list of what needs doing next for each role (programme office,
 * regional coordinator, site operator, expert, participant) and a public front page for visitors; and the link of a
 * participant account to its official, confirmed through a personal link mailed to the official's address. Reads
 * the other modules' tables with its own read-only SQL (as reporting does), asks participation for personal links
 * and queues its one mail through participation's outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workbench",
        allowedDependencies = {"platform", "identity", "participation", "participation :: mail"})
package by.egov.academy.workbench;

/**
 * Who is invited to a seminar and who comes: audience rules expanding into invitations, personal RSVP
 * links, in-person seats with a waiting list, remote district sites, check-in, counts and exports, and
 * every e-mail sent from a transactional outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participation",
        allowedDependencies = {"platform", "identity", "directory", "programme", "programme :: expert"})
package by.egov.academy.participation;

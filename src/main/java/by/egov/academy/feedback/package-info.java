/**
 * Feedback: the post-seminar survey. Built per seminar from a default template (overall usefulness, each talk,
 * the most useful part, priority tasks, topics wanted, self-assessed competence levels before and after) that the
 * seminar's organisers may edit until it is sent; sent through participation's outbox to every attendee after the
 * seminar with one reminder; answered through a personal link, named or anonymous, once per invitation; results
 * with charts, free texts, response rate and non-responders, exported to XLSX and PDF. Reads programme,
 * participation and competence tables with its own SQL; competence reads the survey's tables likewise and never
 * depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback",
        allowedDependencies = {"platform", "identity", "directory", "programme", "participation::mail", "competence"})
package by.egov.academy.feedback;

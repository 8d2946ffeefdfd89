/**
 * Cross-cutting infrastructure every module may use: the database (embedded or external PostgreSQL),
 * the clock, languages, the page layout and the mapping of domain errors to HTTP answers.
 * It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package by.egov.academy.platform;

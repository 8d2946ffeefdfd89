/**
 * Competences: the programme's e-government competence framework (areas, competences, proficiency levels),
 * versioned so that evidence keeps the meaning it was recorded with; the competences each talk develops;
 * and, from attendance, each official's record. It reads talks and attendance with its own SQL, asks
 * the programme whether the signed-in user may organise a seminar, and asks participation whose personal link a
 * token is (the official opens their own record with it).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Competence",
        allowedDependencies = {"platform", "identity", "directory", "programme", "participation"})
package by.egov.academy.competence;

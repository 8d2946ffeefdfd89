/**
 * The competence-building programme, its cycles of regional seminars and each seminar as a hybrid
 * event: venue, organisers, agenda of talks by experts, district videoconference sites, materials,
 * status workflow; public pages, iCalendar feeds and the seminar API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programme",
        allowedDependencies = {"platform", "identity", "directory"})
package by.egov.academy.programme;

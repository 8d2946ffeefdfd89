package by.egov.academy.programme.calendar;

import java.nio.charset.StandardCharsets;
import java.util.List;

import by.egov.academy.platform.DomainException;
import by.egov.academy.programme.seminar.SeminarRepository;
import by.egov.academy.programme.seminar.Seminar;
import by.egov.academy.programme.seminar.SeminarView;
import by.egov.academy.programme.seminar.SeminarViews;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** RFC 5545 feeds a person subscribes to: a whole cycle, or one seminar. */
@Controller
class CalendarController {

    private final org.springframework.core.env.Environment environment;

    /** Read per request: in tests the address names the random port, known only once the server runs. */
    private String baseUrl() {
        return environment.getProperty("egov.base-url", "http://localhost:8080").replaceAll("/+$", "");
    }

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final SeminarRepository repository;
    private final SeminarViews views;
    private final SeminarCalendar calendar;

    CalendarController(org.springframework.core.env.Environment environment, SeminarRepository repository, SeminarViews views, SeminarCalendar calendar) {
        this.environment = environment;
        this.repository = repository;
        this.views = views;
        this.calendar = calendar;
    }

    @GetMapping("/calendar/cycles/{id}.ics")
    ResponseEntity<String> cycle(@PathVariable long id) {
        var cycle = repository.cycle(id).orElseThrow(() -> DomainException.notFound("cycle.notFound", id));
        List<SeminarView> seminars = repository.seminarsOfCycle(id).stream()
                .filter(s -> s.isPublic() && s.startsAt() != null).map(Seminar::id).map(views::of).toList();
        return ics(calendar.render(cycle.titleRu(), seminars, base()), "cycle-" + id + ".ics");
    }

    @GetMapping("/calendar/seminars/{id}.ics")
    ResponseEntity<String> seminar(@PathVariable long id) {
        SeminarView view = views.publicOf(id);
        if (view.seminar().startsAt() == null) {
            throw DomainException.notFound("seminar.notFound", id);
        }
        return ics(calendar.render(view.seminar().titleRu(), List.of(view), base()), "seminar-" + id + ".ics");
    }

    /** The configured address, never the request's Host: calendar URLs are copied into people's calendars. */
    private String base() {
        return baseUrl();
    }

    private static ResponseEntity<String> ics(String body, String fileName) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"").body(body);
    }
}

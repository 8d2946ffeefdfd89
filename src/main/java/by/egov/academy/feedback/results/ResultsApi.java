package by.egov.academy.feedback.results;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import by.egov.academy.identity.CurrentUsers;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/seminars/{id}/survey/results}: the figures of the results page for the seminar's organisers. */
@RestController
class ResultsApi {

    private final ResultsService service;
    private final CurrentUsers users;

    ResultsApi(ResultsService service, CurrentUsers users) {
        this.service = service;
        this.users = users;
    }

    /** The results as JSON (the seminar's organisers; texts in the caller's language). */
    @GetMapping(value = "/api/v1/seminars/{id}/survey/results", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> api(@PathVariable long id, Locale locale) {
        if (users.current().isEmpty()) {
            // the seminar reads under /api/v1/seminars are public, so the filter chain let the caller through: 401, not 403
            throw new AuthenticationCredentialsNotFoundException("the survey results need a sign-in");
        }
        Results r = service.results(id, locale);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seminarId", id);
        out.put("state", r.survey().state());
        out.put("anonymous", r.survey().anonymous());
        out.put("illustrative", r.survey().illustrative());
        out.put("attendees", r.attendees());
        out.put("answered", r.answered());
        out.put("responses", r.responses());
        out.put("responseRate", r.responseRate());
        out.put("questions", r.questions().stream().map(q -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", q.question().id());
            m.put("position", q.question().position());
            m.put("kind", q.question().kind().name());
            m.put("text", q.question().text(locale));
            m.put("answered", q.answered());
            m.put("average", q.average());
            m.put("distribution", q.distribution());
            m.put("averageAfter", q.averageAfter());
            m.put("distributionAfter", q.distributionAfter());
            m.put("topics", q.topics());
            m.put("texts", q.texts());
            return m;
        }).toList());
        out.put("nonResponders", r.nonResponders().stream()
                .map(a -> Map.of("name", a.fullName(), "organisation", a.organisation())).toList());
        return out;
    }
}

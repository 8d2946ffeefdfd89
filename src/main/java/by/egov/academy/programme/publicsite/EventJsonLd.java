package by.egov.academy.programme.publicsite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import by.egov.academy.programme.SeminarStatus;
import by.egov.academy.programme.seminar.RemoteSite;
import by.egov.academy.programme.seminar.SeminarView;
import by.egov.academy.programme.seminar.Talk;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** schema.org Event of a seminar: in person at the venue and online at the district sites. */
@Component
class EventJsonLd {

    private final JsonMapper json = JsonMapper.builder().build();

    String of(SeminarView v, String pageUrl, Locale locale) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("@context", "https://schema.org");
        e.put("@type", "Event");
        e.put("name", v.seminar().title(locale));
        e.put("url", pageUrl);
        if (v.seminar().start() != null) {
            e.put("startDate", java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(v.seminar().start()));
            e.put("endDate", java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(v.seminar().end()));
        }
        e.put("eventAttendanceMode", "https://schema.org/MixedEventAttendanceMode");
        e.put("eventStatus", v.seminar().status() == SeminarStatus.CANCELLED
                ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled");
        if (v.seminar().audience(locale) != null) {
            e.put("description", v.seminar().audience(locale));
        }
        e.put("inLanguage", locale.getLanguage().equals("be") ? "be" : locale.getLanguage().equals("en") ? "en" : "ru");
        List<Object> locations = new ArrayList<>();
        if (v.venue() != null) {
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("@type", "Place");
            place.put("name", v.venue().name(locale));
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("@type", "PostalAddress");
            if (v.venue().address() != null) {
                address.put("streetAddress", v.venue().address());
            }
            if (v.venuePlace() != null) {
                address.put("addressLocality", v.venuePlace().name(locale));
            }
            address.put("addressRegion", v.host().name(locale));
            address.put("addressCountry", "BY");
            place.put("address", address);
            locations.add(place);
        }
        for (RemoteSite site : v.remoteSites()) {
            Map<String, Object> virtual = new LinkedHashMap<>();
            virtual.put("@type", "VirtualLocation");
            virtual.put("name", site.territoryName(locale));
            // the videoconference links are for invited officials, not for the public page
            virtual.put("url", pageUrl + "#site-" + site.id());
            locations.add(virtual);
        }
        e.put("location", locations);
        e.put("organizer", v.organisers().stream().map(o -> Map.of("@type", "Organization", "name", o.name(locale))).toList());
        List<Object> performers = new ArrayList<>();
        for (Talk t : v.talks()) {
            for (Talk.Speaker sp : t.speakers()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("@type", "Person");
                p.put("name", sp.fullName());
                p.put("affiliation", Map.of("@type", "Organization", "name", sp.organisationName(locale)));
                if (!performers.contains(p)) {
                    performers.add(p);
                }
            }
        }
        e.put("performer", performers);
        // inside <script> no <, > or & may appear raw ("</script>", "<!--" change how HTML reads it);
        // JSON allows the \\u escapes in strings
        return json.writeValueAsString(e).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}

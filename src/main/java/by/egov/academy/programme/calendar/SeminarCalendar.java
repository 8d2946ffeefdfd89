package by.egov.academy.programme.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;

import by.egov.academy.programme.SeminarStatus;
import by.egov.academy.programme.seminar.SeminarView;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * Seminars as iCalendar events in Europe/Minsk time with the zone's VTIMEZONE. The UID never changes
 * for a seminar, SEQUENCE grows with every change, and a cancelled seminar stays in the feed as
 * STATUS:CANCELLED so subscribers' calendars remove it.
 */
@Component
public class SeminarCalendar {

    private static final java.util.Locale RUSSIAN = java.util.Locale.forLanguageTag("ru");

    private final TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final org.springframework.context.MessageSource messages;

    SeminarCalendar(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    public String render(String name, List<SeminarView> seminars, String baseUrl) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//EGov Academy//Regional seminars//RU"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // no METHOD: a subscribed feed is not an iTIP message, and PUBLISH would demand an ORGANIZER address
        calendar.add(new XProperty("X-WR-CALNAME", name));
        VTimeZone tz = registry.getTimeZone("Europe/Minsk").getVTimeZone();
        calendar.add(tz);
        for (SeminarView v : seminars) {
            calendar.add(event(v, baseUrl));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /**
     * The seminar as an iTIP CANCEL message for mail: the same UID, SEQUENCE as it now stands (raised by the
     * cancellation), STATUS:CANCELLED; an ORGANIZER is required by RFC 5546 for METHOD:CANCEL.
     */
    public String cancellation(SeminarView v, String baseUrl, String organizerEmail) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//EGov Academy//Regional seminars//RU"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(net.fortuna.ical4j.model.property.immutable.ImmutableMethod.CANCEL);
        calendar.add(registry.getTimeZone("Europe/Minsk").getVTimeZone());
        VEvent event = event(v, baseUrl);
        event.replace(new Status("CANCELLED"));
        event.add(new net.fortuna.ical4j.model.property.Organizer(java.net.URI.create("mailto:" + organizerEmail)));
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private VEvent event(SeminarView v, String baseUrl) {
        ZonedDateTime start = v.seminar().start();
        ZonedDateTime end = v.seminar().end();
        // a seminar whose hours are not known yet is an all-day event: DATE values, the end day exclusive
        VEvent event = v.seminar().allDay()
                ? new VEvent(start.toLocalDate(), end.toLocalDate(), v.seminar().titleRu())
                : new VEvent(start, end, v.seminar().titleRu());
        event.add(new Uid("seminar-" + v.seminar().id() + "@egov-academy"));
        event.add(new Sequence(v.seminar().icalSequence()));
        event.add(new Url(java.net.URI.create(baseUrl + "/seminars/" + v.seminar().id())));
        if (v.venue() != null) {
            event.add(new Location(v.venue().nameRu() + (v.venue().address() == null ? "" : ", " + v.venue().address())));
        }
        String organisers = v.organisers().stream().map(o -> o.nameRu()).collect(Collectors.joining("; "));
        String description = (v.seminar().audienceRu() == null ? "" : v.seminar().audienceRu() + "\n")
                + messages.getMessage("ics.description", new Object[]{organisers, String.valueOf(v.remoteSites().size())}, RUSSIAN);
        event.add(new Description(description));
        event.add(v.seminar().status() == SeminarStatus.CANCELLED ? new Status("CANCELLED") : new Status("CONFIRMED"));
        return event;
    }
}

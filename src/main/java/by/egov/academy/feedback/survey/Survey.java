package by.egov.academy.feedback.survey;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A seminar's survey: editable while DRAFT, answered once SENT. */
public record Survey(long id, long seminarId, boolean anonymous, String state, Instant sendAt, Instant sentAt,
                     Instant reminderAt, Instant remindedAt, boolean illustrative) {

    public boolean draft() {
        return "DRAFT".equals(state);
    }

    public ZonedDateTime sendAtMinsk() {
        return sendAt == null ? null : sendAt.atZone(ZoneId.of("Europe/Minsk"));
    }

    public ZonedDateTime sentAtMinsk() {
        return sentAt == null ? null : sentAt.atZone(ZoneId.of("Europe/Minsk"));
    }

    public ZonedDateTime remindedAtMinsk() {
        return remindedAt == null ? null : remindedAt.atZone(ZoneId.of("Europe/Minsk"));
    }
}

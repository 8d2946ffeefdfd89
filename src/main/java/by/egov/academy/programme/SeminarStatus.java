package by.egov.academy.programme;

import java.util.EnumSet;
import java.util.Set;

/** planned → announced → registration open → held → reported; cancelled from any state before held. */
public enum SeminarStatus {
    PLANNED, ANNOUNCED, REGISTRATION_OPEN, HELD, REPORTED, CANCELLED;

    public Set<SeminarStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(ANNOUNCED, CANCELLED);
            case ANNOUNCED -> EnumSet.of(REGISTRATION_OPEN, CANCELLED);
            case REGISTRATION_OPEN -> EnumSet.of(HELD, CANCELLED);
            case HELD -> EnumSet.of(REPORTED);
            case REPORTED, CANCELLED -> EnumSet.noneOf(SeminarStatus.class);
        };
    }

    public boolean canBecome(SeminarStatus target) {
        return next().contains(target);
    }

    /** Held and reported seminars are history: their date and agenda no longer move. */
    public boolean isPast() {
        return this == HELD || this == REPORTED;
    }
}

package by.egov.academy.programme;

/** What kind of event of the programme a seminar is. A webinar is online only: no venue, sites optional. */
public enum SeminarKind {
    REGIONAL_SEMINAR, REPUBLIC_SESSION, TRAINING, WEBINAR;

    /** The level an event of this kind usually has, proposed when the user names none. */
    public SeminarLevel usualLevel() {
        return this == REPUBLIC_SESSION ? SeminarLevel.REPUBLIC : SeminarLevel.REGIONAL;
    }

    public boolean online() {
        return this == WEBINAR;
    }
}

package by.egov.academy.programme;

/** Republic-level events are the ministry's own; regional ones are co-organised in a region. */
public enum SeminarLevel {
    REPUBLIC, REGIONAL
}

package by.egov.academy.programme;

/** What an organisation did for a seminar, as the news item and the public page name it. */
public enum OrganiserRole {
    ORGANISER, CO_ORGANISER, VENUE_HOST, PARTNER, SUPPORT
}

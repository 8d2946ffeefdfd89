package by.egov.academy.publishing.news;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import by.egov.academy.publishing.grammar.Bodies;

/** What the records say about a seminar, everything the news and announcement writers may use, nothing more. */
record SeminarFacts(long id, String status, Integer ordinal, Texts cycleTitle, Texts seminarTitle, LocalDate date,
                    String startTime, YearMonth plannedMonth, List<Bodies.Body> organisers, Texts venue, Place venueCity,
                    Place host, Texts audience, int attendedInPerson, int remoteDistricts, Place remoteOblast,
                    List<Organisation> expertOrganisations, List<Texts> topics, Texts outcome, Programme programme,
                    Next next, Records records) {

    /**
     * What else the records hold: the event's level, the organisations in other roles (partner, venue host,
     * support) as recorded, how many districts had a site and how many recorded attendance, the ids of the named
     * things (for their stored case forms), and the case forms stored with the names.
     */
    record Records(String level, List<Role> others, int districtsWithAttendance, Long venueId, Long cycleId,
                   NameForms forms) {
        static final Records NONE = new Records(null, List.of(), 0, null, null, NameForms.NONE);
    }

    /** An organisation in a role other than organiser or co-organiser. */
    record Role(long id, String role, Texts name) {
    }

    /** The facts with other records (tests build facts without them). */
    SeminarFacts with(Records r) {
        return new SeminarFacts(id, status, ordinal, cycleTitle, seminarTitle, date, startTime, plannedMonth, organisers,
                venue, venueCity, host, audience, attendedInPerson, remoteDistricts, remoteOblast, expertOrganisations,
                topics, outcome, programme, next, r);
    }

    /** One text in the three languages; any may be missing. */
    record Texts(String ru, String be, String en) {
        String in(Locale language) {
            String s = switch (language.getLanguage()) {
                case "be" -> be;
                case "en" -> en;
                default -> ru;
            };
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /** An organisation named in the text, with its id so a missing name in a language can be pointed at. */
    record Organisation(long id, Texts name) {
    }

    /** A territory with the forms the text needs. */
    record Place(String level, String nameRu, String nameBe, String nameEn, String ruGen, String beGen, String ruPrep,
                 String bePrep) {
        String genitive(Locale language) {
            return switch (language.getLanguage()) {
                case "be" -> beGen;
                case "en" -> nameEn;
                default -> ruGen;
            };
        }

        String prepositional(Locale language) {
            return switch (language.getLanguage()) {
                case "be" -> bePrep;
                case "en" -> nameEn;
                default -> ruPrep;
            };
        }
    }

    record Programme(Texts title, Texts description, int startYear) {
    }

    record Next(Place host, YearMonth month) {
    }
}

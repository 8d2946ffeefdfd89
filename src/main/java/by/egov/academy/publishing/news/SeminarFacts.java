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
                    Next next) {

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

package by.egov.academy.programme;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import by.egov.academy.platform.LocaleConfiguration;

/** What other modules (participation, publishing, ...) may ask about seminars. */
public interface Seminars {

    record SeminarInfo(long id, String titleRu, String titleBe, String titleEn, SeminarStatus status,
                       Instant startsAt, Instant endsAt, long hostTerritoryId, String venueName, String venueAddress,
                       Long venueTerritoryId, Integer venueCapacity) {
        public String title(Locale locale) {
            return LocaleConfiguration.pick(locale, titleRu, titleBe, titleEn);
        }
    }

    record SiteInfo(long id, long territoryId, String nameRu, String nameBe, String nameEn, Long operatorAccountId) {
        public String name(Locale locale) {
            return LocaleConfiguration.pick(locale, nameRu, nameBe, nameEn);
        }
    }

    Optional<SeminarInfo> find(long id);

    List<SiteInfo> remoteSites(long seminarId);

    /**
     * Where a seminar takes place as its invitees read it: whether it is online only (a webinar) and its venue's
     * name and address in each language (null without a venue; a missing translation falls back to Russian).
     */
    record Whereabouts(boolean online, String venueNameRu, String venueNameBe, String venueNameEn,
                       String addressRu, String addressBe, String addressEn) {
        public String venueName(Locale locale) {
            return LocaleConfiguration.pick(locale, venueNameRu, venueNameBe, venueNameEn);
        }

        public String address(Locale locale) {
            return LocaleConfiguration.pick(locale, addressRu, addressBe, addressEn);
        }
    }

    Optional<Whereabouts> whereabouts(long seminarId);

    /** The seminar as an iCalendar document (the same event as its public feed), or empty before it has a date. */
    Optional<String> calendar(long seminarId, String baseUrl);

    /** Whether the signed-in user may organise this seminar (programme office, the host region's coordinator). */
    boolean canManage(long seminarId);

    /** A talk not yet agreed with its speaker: a placeholder the organisers later confirm, change or remove. */
    record TalkToBe(String titleRu, String titleBe, String titleEn, List<Long> expertIds) {
    }

    /**
     * Appends a talk-to-be (marked illustrative) after the last item of the agenda, 40 minutes long, as the
     * signed-in organiser. An undated seminar gets it on its planned month's first day from 10:00; the talks move
     * with the seminar when it gets its date. Refused when the seminar is past, cancelled or its day is full.
     */
    long addTalkToBe(long seminarId, TalkToBe talk);

    /** Someone besides the invitees who is told of a change: a district site's operator or a speaker. */
    record StaffMember(String key, String email, String fullName, String language) {
    }

    /** The site operators (with an address) and speakers (with an address) of a seminar, each once. */
    List<StaffMember> staffToTell(long seminarId);

    /** The seminar as an iTIP cancellation (METHOD:CANCEL, STATUS:CANCELLED, the same UID, a higher SEQUENCE). */
    Optional<String> cancellation(long seminarId, String baseUrl, String organizerEmail);
}

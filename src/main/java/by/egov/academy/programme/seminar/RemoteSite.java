package by.egov.academy.programme.seminar;

import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

public record RemoteSite(long id, long seminarId, long territoryId, String territoryNameRu, String territoryNameBe,
                         String territoryNameEn, String address, String videoLink, Long operatorAccountId,
                         Integer expectedAttendees, Integer actualAttendees, Integer capacity) {

    public String territoryName(Locale locale) {
        return LocaleConfiguration.pick(locale, territoryNameRu, territoryNameBe, territoryNameEn);
    }
}

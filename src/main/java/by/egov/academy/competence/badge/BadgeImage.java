package by.egov.academy.competence.badge;

import java.time.ZoneId;
import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The badge's picture: a round seal with the programme's name, the seminar's year and its host, as SVG text. */
@Component
class BadgeImage {

    private final MessageSource messages;

    BadgeImage(MessageSource messages) {
        this.messages = messages;
    }

    String svg(BadgeRepository.SeminarFacts s, Locale locale) {
        String year = s.startsAt() == null ? "" : String.valueOf(s.startsAt().atZone(ZoneId.of("Europe/Minsk")).getYear());
        String title = LocaleConfiguration.pick(locale, s.titleRu(), s.titleBe(), s.titleEn());
        String label = messages.getMessage("competence.badge.imageLabel", null, locale);
        return """
                <svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256" role="img">
                  <title>%s</title>
                  <circle cx="128" cy="128" r="120" fill="#0b4f8a"/>
                  <circle cx="128" cy="128" r="104" fill="none" stroke="#f2c230" stroke-width="6"/>
                  <text x="128" y="100" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="22" fill="#ffffff">EGov Academy</text>
                  <text x="128" y="140" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="34" font-weight="bold" fill="#f2c230">%s</text>
                  <text x="128" y="175" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="16" fill="#ffffff">%s</text>
                </svg>
                """.formatted(xml(title), xml(year), xml(label));
    }

    /** SVG is XML: only its five markup characters are escaped (HTML's named entities would break it). */
    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}

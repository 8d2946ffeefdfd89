package by.egov.academy.competence.badge;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hosted Open Badges 2.0 documents, public like the verification page. JSON-LD is the default answer;
 * a client asking for application/json gets the same document under that type. Unknown or malformed serials and
 * seminars answer 404 problem JSON (the API's error handling), a revoked assertion 410 with {"revoked": true}.
 */
@RestController
class BadgeController {


    private final OpenBadges badges;
    private final BadgeImage image;

    BadgeController(OpenBadges badges, BadgeImage image) {
        this.badges = badges;
        this.image = image;
    }

    @GetMapping(path = "/badges/assertions/{serial}", produces = {"application/ld+json", "application/json"})
    ResponseEntity<Map<String, Object>> assertion(@PathVariable String serial) {
        OpenBadges.Document doc = badges.assertion(serial);
        return ResponseEntity.status(doc.revoked() ? HttpStatus.GONE : HttpStatus.OK).body(doc.body());
    }

    @GetMapping(path = "/badges/classes/{seminarId}", produces = {"application/ld+json", "application/json"})
    Map<String, Object> badgeClass(@PathVariable long seminarId, Locale locale) {
        return badges.badgeClass(seminarId, locale);
    }

    @GetMapping(path = "/badges/issuer", produces = {"application/ld+json", "application/json"})
    Map<String, Object> issuer(Locale locale) {
        return badges.issuer(locale);
    }

    @GetMapping("/badges/classes/{seminarId}/image.svg")
    ResponseEntity<String> image(@PathVariable long seminarId, Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("image/svg+xml"))
                .cacheControl(CacheControl.noCache())
                .body(image.svg(badges.seminar(seminarId), locale));
    }
}

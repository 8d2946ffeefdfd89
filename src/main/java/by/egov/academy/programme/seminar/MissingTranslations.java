package by.egov.academy.programme.seminar;

import java.util.ArrayList;
import java.util.List;

/**
 * Every empty Belarusian or English text of a seminar and what it names (title, audience, outcome, talks,
 * venue, cycle, organisers, speakers), each with a link to the field where it is entered. Public pages and the
 * news fall back to Russian where a translation is missing; this list is how the organisers find the gaps.
 */
final class MissingTranslations {

    /** A message key naming the field, its argument (the thing's Russian name), the language and the link. */
    record Gap(String fieldKey, String subject, String language, String href) {
    }

    private MissingTranslations() {
    }

    static List<Gap> of(SeminarView v) {
        List<Gap> gaps = new ArrayList<>();
        Seminar s = v.seminar();
        String page = "/manage/seminars/" + s.id();
        both(gaps, "seminar.titleRu", s.titleRu(), s.titleRu(), s.titleBe(), s.titleEn(), page + "#titleBe", page + "#titleEn");
        both(gaps, "seminar.audienceRu", null, s.audienceRu(), s.audienceBe(), s.audienceEn(), page + "#audienceBe",
                page + "#audienceEn");
        both(gaps, "seminar.outcomeRu", null, s.outcomeRu(), s.outcomeBe(), s.outcomeEn(), page + "#outcomeBe",
                page + "#outcomeEn");
        for (Talk t : v.talks()) {
            both(gaps, "talk.title", t.titleRu(), t.titleRu(), t.titleBe(), t.titleEn(), "/manage/talks/" + t.id(),
                    "/manage/talks/" + t.id());
        }
        if (v.venue() != null) {
            String venue = "/manage/venues/" + v.venue().id();
            both(gaps, "seminar.venue", v.venue().nameRu(), v.venue().nameRu(), v.venue().nameBe(), v.venue().nameEn(),
                    venue, venue);
        }
        if (v.cycle() != null) {
            String cycle = "/manage/cycles/" + v.cycle().id() + "/edit";
            both(gaps, "cycle.title", v.cycle().titleRu(), v.cycle().titleRu(), v.cycle().titleBe(), v.cycle().titleEn(),
                    cycle, cycle);
        }
        for (var o : v.organisers()) {
            String org = "/directory/organisations/" + o.organisationId() + "/edit";
            both(gaps, "organiser.organisation", o.nameRu(), o.nameRu(), o.nameBe(), o.nameEn(), org, org);
        }
        return gaps;
    }

    private static void both(List<Gap> gaps, String fieldKey, String subject, String ru, String be, String en,
                             String beHref, String enHref) {
        if (ru == null || ru.isBlank()) {
            return; // nothing to translate yet
        }
        if (be == null || be.isBlank()) {
            gaps.add(new Gap(fieldKey, subject, "be", beHref));
        }
        if (en == null || en.isBlank()) {
            gaps.add(new Gap(fieldKey, subject, "en", enHref));
        }
    }
}

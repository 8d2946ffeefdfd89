package by.egov.academy.publishing.news;

import java.util.Locale;

import org.springframework.stereotype.Service;

import by.egov.academy.platform.DomainException;

/** Drafts a seminar's news item from its records. */
@Service
class NewsDrafts {

    private final FactsRepository facts;
    private final NameFormService forms;

    NewsDrafts(FactsRepository facts, NameFormService forms) {
        this.facts = facts;
        this.forms = forms;
    }

    Draft news(long seminarId, Locale language) {
        return NewsWriter.write(facts(seminarId), language);
    }

    Draft announcement(long seminarId, Locale language) {
        return AnnouncementWriter.write(facts(seminarId), language);
    }

    Draft write(long seminarId, String kind, Locale language) {
        return NewsService.ANNOUNCEMENT.equals(kind) ? announcement(seminarId, language) : news(seminarId, language);
    }

    SeminarFacts facts(long seminarId) {
        return forms.withForms(facts.facts(seminarId)
                .orElseThrow(() -> DomainException.notFound("seminar.notFound", seminarId)));
    }
}

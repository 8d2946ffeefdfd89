package by.egov.academy.feedback.survey;

import java.time.Instant;
import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;
import by.egov.academy.programme.Seminars;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The default survey of a seminar: overall usefulness, each talk, the most useful part, priority tasks, topics
 * wanted, and the self-assessed level before and after for each competence the talks are tagged with. Texts come
 * from the message files in Russian, Belarusian and English; from then on they are the survey's own.
 */
@Component
public class SurveyTemplate {

    private static final Locale[] LANGS = {LocaleConfiguration.RUSSIAN, LocaleConfiguration.BELARUSIAN, Locale.ENGLISH};

    private final SurveyRepository repository;
    private final Seminars seminars;
    private final MessageSource messages;
    private final SurveySettings settings;

    SurveyTemplate(SurveyRepository repository, Seminars seminars, MessageSource messages, SurveySettings settings) {
        this.repository = repository;
        this.seminars = seminars;
        this.messages = messages;
        this.settings = settings;
    }

    /** The seminar's survey, made from the template the first time it is asked for (once, whoever asks at once). */
    @Transactional(propagation = Propagation.REQUIRED)
    public Survey ensure(long seminarId, String who) {
        return repository.ofSeminar(seminarId).orElseGet(() -> create(seminarId, who));
    }

    private Survey create(long seminarId, String who) {
        Seminars.SeminarInfo seminar = seminars.find(seminarId).orElseThrow();
        Instant end = seminar.endsAt() != null ? seminar.endsAt() : seminar.startsAt();
        Long id = repository.insert(seminarId, end == null ? null : end.plus(settings.sendAfter()), who).orElse(null);
        if (id == null) { // made by a concurrent request, which has committed by now
            return repository.ofSeminar(seminarId).orElseThrow();
        }
        add(id, QuestionKind.OVERALL, null, null, true);
        for (SurveyRepository.Named talk : repository.talks(seminarId)) {
            add(id, QuestionKind.TALK, talk.id(), talk, false);
        }
        add(id, QuestionKind.MOST_USEFUL, null, null, false);
        add(id, QuestionKind.PRIORITIES, null, null, false);
        add(id, QuestionKind.TOPICS_WANTED, null, null, false);
        for (SurveyRepository.Named competence : repository.competences(seminarId)) {
            add(id, QuestionKind.SELF_LEVEL, competence.id(), competence, false);
        }
        return repository.find(id).orElseThrow();
    }

    private void add(long surveyId, QuestionKind kind, Long refId, SurveyRepository.Named subject, boolean required) {
        String[] texts = new String[3];
        for (int i = 0; i < 3; i++) {
            Object[] args = subject == null ? null
                    : new Object[]{LocaleConfiguration.pick(LANGS[i], subject.ru(), subject.be(), subject.en())};
            String text = messages.getMessage("survey.template." + kind.name(), args, LANGS[i]);
            texts[i] = text.length() > 1000 ? text.substring(0, 1000) : text;
        }
        repository.insertQuestion(surveyId, kind, kind == QuestionKind.TALK ? refId : null,
                kind == QuestionKind.SELF_LEVEL ? refId : null, texts[0], texts[1], texts[2], required);
    }
}

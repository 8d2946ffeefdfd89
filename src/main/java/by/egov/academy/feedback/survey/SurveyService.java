package by.egov.academy.feedback.survey;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import by.egov.academy.competence.CompetenceAccess;
import by.egov.academy.platform.DomainException;
import by.egov.academy.programme.Seminars;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisers' side of a seminar's survey: made from the template on first sight, edited while it is a draft
 * (question texts, custom questions, order, named or anonymous, when it goes out), sent on demand.
 */
@Service
public class SurveyService {

    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
    static final int MAX_TEXT = 1000;

    private final SurveyRepository repository;
    private final SurveyTemplate template;
    private final SurveySender sender;
    private final Seminars seminars;
    private final CompetenceAccess access;

    SurveyService(SurveyRepository repository, SurveyTemplate template, SurveySender sender, Seminars seminars,
                  CompetenceAccess access) {
        this.repository = repository;
        this.template = template;
        this.sender = sender;
        this.seminars = seminars;
        this.access = access;
    }

    /** The seminar, once the signed-in user is found to organise it (404 for no such seminar, 403 for others). */
    public Seminars.SeminarInfo manageable(long seminarId) {
        Seminars.SeminarInfo seminar = seminars.find(seminarId)
                .orElseThrow(() -> DomainException.notFound("survey.seminarNotFound", seminarId));
        access.checkManageSeminar(seminarId);
        return seminar;
    }

    /** The seminar's survey if it has been made (checked for access like every other call). */
    public java.util.Optional<Survey> existing(long seminarId) {
        manageable(seminarId);
        return repository.ofSeminar(seminarId);
    }

    /** The seminar's survey, made from the template at the first call that changes it. */
    @Transactional
    public Survey survey(long seminarId) {
        manageable(seminarId);
        return template.ensure(seminarId, access.who());
    }

    public List<Question> questions(long surveyId) {
        return repository.questions(surveyId);
    }

    /** The survey, locked, if it may still be edited. */
    private Survey draft(long seminarId) {
        Survey s = survey(seminarId);
        Survey locked = repository.lock(s.id()).orElseThrow();
        if (!locked.draft()) {
            throw DomainException.conflict("survey.notDraft", null);
        }
        return locked;
    }

    public Question question(long seminarId, long questionId) {
        Survey s = survey(seminarId);
        return repository.question(s.id(), questionId)
                .orElseThrow(() -> DomainException.notFound("survey.question.notFound", questionId));
    }

    @Transactional
    public void settings(long seminarId, SettingsCommand command) {
        Survey s = draft(seminarId);
        if (command.sendAt() == null) {
            throw DomainException.invalid("survey.sendAt.required", "sendAt");
        }
        if (command.sendAt().getYear() < 2000 || command.sendAt().getYear() > 2100) {
            throw DomainException.invalid("survey.sendAt.range", "sendAt");
        }
        repository.updateSettings(s.id(), Boolean.TRUE.equals(command.anonymous()), command.sendAt().atZone(MINSK).toInstant());
    }

    @Transactional
    public void edit(long seminarId, long questionId, QuestionCommand command) {
        Survey s = draft(seminarId);
        repository.question(s.id(), questionId)
                .orElseThrow(() -> DomainException.notFound("survey.question.notFound", questionId));
        checkTexts(command.textRu(), command.textBe(), command.textEn());
        repository.updateQuestion(questionId, command.textRu().strip(), command.textBe().strip(), command.textEn().strip(),
                Boolean.TRUE.equals(command.required()));
    }

    @Transactional
    public void add(long seminarId, NewQuestionCommand command) {
        Survey s = draft(seminarId);
        if (command.answer() == null) {
            throw DomainException.invalid("survey.question.answerRequired", "answer");
        }
        checkTexts(command.textRu(), command.textBe(), command.textEn());
        repository.insertQuestion(s.id(), command.answer() == NewQuestionCommand.Answer.SCALE ? QuestionKind.CUSTOM_SCALE
                        : QuestionKind.CUSTOM_TEXT, null, null, command.textRu().strip(), command.textBe().strip(),
                command.textEn().strip(), Boolean.TRUE.equals(command.required()));
    }

    @Transactional
    public void remove(long seminarId, long questionId) {
        Survey s = draft(seminarId);
        Question q = repository.question(s.id(), questionId)
                .orElseThrow(() -> DomainException.notFound("survey.question.notFound", questionId));
        if (!q.kind().custom()) {
            throw DomainException.conflict("survey.question.notCustom", null);
        }
        repository.deleteQuestion(questionId);
    }

    /** Moves a question one place up or down; at either end nothing moves. */
    @Transactional
    public void move(long seminarId, long questionId, boolean up) {
        Survey s = draft(seminarId);
        List<Question> all = repository.questions(s.id());
        int i = 0;
        while (i < all.size() && all.get(i).id() != questionId) {
            i++;
        }
        if (i == all.size()) {
            throw DomainException.notFound("survey.question.notFound", questionId);
        }
        int j = up ? i - 1 : i + 1;
        if (j >= 0 && j < all.size()) {
            repository.swap(all.get(i), all.get(j));
        }
    }

    /** Sends now, before the planned time: only once the seminar has been held. Returns the mails queued. */
    @Transactional
    public int sendNow(long seminarId) {
        Seminars.SeminarInfo seminar = manageable(seminarId);
        Survey s = template.ensure(seminarId, access.who());
        if (!seminar.status().isPast()) {
            throw DomainException.conflict("survey.send.notHeld", null);
        }
        return sender.send(s.id()).orElseThrow(() -> DomainException.conflict("survey.notDraft", null));
    }

    private static void checkTexts(String ru, String be, String en) {
        check(ru, "textRu");
        check(be, "textBe");
        check(en, "textEn");
    }

    private static void check(String text, String field) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("survey.question.textRequired", field);
        }
        if (text.strip().length() > MAX_TEXT) {
            throw DomainException.invalid("survey.question.textTooLong", field, MAX_TEXT);
        }
    }

    /** The send time as the settings form shows it. */
    public static LocalDateTime minsk(java.time.Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, MINSK);
    }
}

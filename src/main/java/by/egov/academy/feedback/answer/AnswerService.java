package by.egov.academy.feedback.answer;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import by.egov.academy.feedback.survey.Question;
import by.egov.academy.feedback.survey.Survey;
import by.egov.academy.feedback.survey.SurveyRepository;
import by.egov.academy.feedback.survey.SurveyTokens;
import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.LocaleConfiguration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/**
 * Answering through the personal link: the token names an invitation, which must be an attendee of this very
 * seminar; the survey must have been sent; one answer per invitation, named or anonymous.
 */
@Service
class AnswerService {

    private final SurveyTokens tokens;
    private final SurveyRepository surveys;
    private final AnswerRepository repository;
    private final Clock clock;

    AnswerService(SurveyTokens tokens, SurveyRepository surveys, AnswerRepository repository, Clock clock) {
        this.tokens = tokens;
        this.surveys = surveys;
        this.repository = repository;
        this.clock = clock;
    }

    /** Who the link is for, or a refusal that says why it opens nothing. */
    Respondent open(long seminarId, String token) {
        long invitationId = tokens.invitation(token).orElseThrow(() -> DomainException.notFound("survey.link.invalid"));
        AnswerRepository.InvitationRow inv = repository.invitation(invitationId)
                .orElseThrow(() -> DomainException.notFound("survey.link.invalid"));
        if (inv.seminarId() != seminarId) {
            throw DomainException.notFound("survey.link.otherSeminar");
        }
        if (inv.attendedAt() == null) {
            throw DomainException.notFound("survey.link.notAttendee");
        }
        Survey survey = surveys.ofSeminar(seminarId).filter(s -> !s.draft())
                .orElseThrow(() -> DomainException.notFound("survey.notOpen"));
        return new Respondent(inv.id(), inv.officialId(), inv.fullName(), survey,
                repository.answered(survey.id(), inv.id()));
    }

    List<Question> questions(Respondent r) {
        return surveys.questions(r.survey().id());
    }

    List<AnswerRepository.Choice> topics() {
        return repository.topics();
    }

    List<AnswerRepository.Choice> levels() {
        return repository.levels();
    }

    /** Stores the answer, or gives the form back with its errors (nothing stored then). */
    @Transactional
    AnswerForm submit(long seminarId, String token, MultiValueMap<String, String> form, Locale locale) {
        Respondent r = open(seminarId, token);
        if (r.answered()) {
            throw DomainException.conflict("survey.answer.already", null);
        }
        if ("CLOSED".equals(r.survey().state())) {
            throw DomainException.conflict("survey.closed", null);
        }
        Set<Long> topics = repository.topics().stream().map(AnswerRepository.Choice::id).collect(Collectors.toSet());
        AnswerForm answers = AnswerForm.read(questions(r), form, topics);
        if (!answers.valid()) {
            return answers;
        }
        Survey s = r.survey();
        if (!repository.receipt(s.id(), r.invitationId())) {
            throw DomainException.conflict("survey.answer.already", null);
        }
        UUID response = s.anonymous()
                ? repository.response(s.id(), null, null, LocaleConfiguration.language(locale),
                        clock.instant().atZone(ZoneId.of("Europe/Minsk")).toLocalDate(), null)
                : repository.response(s.id(), r.invitationId(), r.officialId(), LocaleConfiguration.language(locale),
                        clock.instant().atZone(ZoneId.of("Europe/Minsk")).toLocalDate(), clock.instant());
        answers.rows().forEach(row -> repository.answer(response, row));
        return answers;
    }

    /** The certificate issued for the link's invitation, if any and not revoked. */
    java.util.Optional<AnswerRepository.CertificateRow> certificate(Respondent r) {
        return repository.certificate(r.invitationId()).filter(c -> !c.revoked() && c.pdf() != null);
    }
}

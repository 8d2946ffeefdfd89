package by.egov.academy.feedback.survey;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import by.egov.academy.platform.EgovProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo Grodno seminar (held 8 September 2017) gets its survey, sent two hours after the seminar and reminded,
 * with five answers so the results page shows something. The ministry's news item says nothing of a survey, so all of
 * it is illustrative and marked so (survey.illustrative); the demo data records no attendees, so the answers are tied
 * to nobody (the response rate then reads 0 of 0). If attendees exist, the answers are theirs and named. Only once.
 */
@Component
@Order(50)
class FeedbackDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FeedbackDemoData.class);

    /** Overall, talk score, most useful, priorities, topic codes, topics text, level before, level after. */
    private record Answer(int overall, int talk, String useful, String priorities, List<String> topics, String more,
                          int before, int after) {
    }

    private static final List<Answer> ANSWERS = List.of(
            new Answer(5, 5, "Примеры облачных сервисов для районных исполкомов и их стоимость.",
                    "Перевод административных процедур в электронный вид, межведомственный обмен данными.",
                    List.of("A3.1", "A5.1"), "Опыт других областей по электронным услугам", 1, 2),
            new Answer(4, 4, "Обмен мнениями после докладов: конкретные вопросы к экспертам.",
                    "Широкополосный доступ в сельских населённых пунктах, кадры для цифровизации.",
                    List.of("A4.1"), null, 2, 3),
            new Answer(5, 4, "Доклад о цифровой трансформации городов, опыт «умного города».",
                    "Единая система обращений граждан, открытые данные района.",
                    List.of("A1.2", "A6.1"), "Информационная безопасность в исполкоме", 1, 2),
            new Answer(4, 3, "Материалы о повышении качества работы государственных органов.",
                    "Электронный документооборот с организациями района.",
                    List.of("A3.2"), null, 2, 2),
            new Answer(3, 4, "Раздел о комфортной среде для жизни граждан и электронных услугах региона.",
                    "Обучение специалистов исполкомов, финансирование проектов информатизации.",
                    List.of("A2.1", "A4.2"), "Государственно-частное партнёрство в ИТ", 1, 3));

    private final EgovProperties properties;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final SurveyTemplate template;
    private final SurveyRepository repository;
    private final SurveySettings settings;

    FeedbackDemoData(EgovProperties properties, TransactionTemplate tx, JdbcClient jdbc, SurveyTemplate template,
                     SurveyRepository repository, SurveySettings settings) {
        this.properties = properties;
        this.tx = tx;
        this.jdbc = jdbc;
        this.template = template;
        this.repository = repository;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()) {
            return;
        }
        Integer answered = tx.execute(s -> {
            jdbc.sql("select pg_advisory_xact_lock(727005)").query((rs, n) -> 1).single();
            Optional<Long> seminar = jdbc.sql("""
                            select s.id from seminar s join territory t on t.id = s.host_territory_id
                            where t.code = 'BY-HR' and s.status in ('HELD', 'REPORTED') and s.illustrative_note is not null
                            order by s.starts_at, s.id limit 1
                            """).query(Long.class).optional();
            if (seminar.isEmpty() || repository.ofSeminar(seminar.get()).isPresent()) {
                return null;
            }
            return load(seminar.get());
        });
        if (answered != null) {
            log.info("Demo data: the Grodno seminar's survey (illustrative), sent, with {} answers", answered);
        }
    }

    private int load(long seminarId) {
        Survey survey = template.ensure(seminarId, "demo");
        Instant sent = survey.sendAt();
        Instant reminded = sent.plus(settings.remindAfter());
        jdbc.sql("""
                        update survey set illustrative = true, state = 'SENT', sent_at = :sent, reminder_at = :rem, reminded_at = :rem
                        where id = :id
                        """).param("sent", Timestamp.from(sent)).param("rem", Timestamp.from(reminded)).param("id", survey.id())
                .update();
        List<Question> questions = repository.questions(survey.id());
        List<Attendee> attendees = repository.attendees(seminarId);
        LocalDate day = sent.atZone(ZoneId.of("Europe/Minsk")).toLocalDate().plusDays(1);
        for (int i = 0; i < ANSWERS.size(); i++) {
            Attendee who = i < attendees.size() ? attendees.get(i) : null;
            if (who != null) {
                jdbc.sql("insert into survey_receipt (survey_id, invitation_id) values (:s, :i)").param("s", survey.id())
                        .param("i", who.invitationId()).update();
            }
            UUID response = jdbc.sql("""
                            insert into survey_response (survey_id, invitation_id, official_id, language, submitted_on, submitted_at)
                            values (:s, :i, :o, 'ru', :on, :at) returning id
                            """).param("s", survey.id()).param("i", who == null ? null : who.invitationId())
                    .param("o", who == null ? null : who.officialId()).param("on", day)
                    .param("at", Timestamp.from(sent.plusSeconds(3600L * (20 + i)))).query(UUID.class).single();
            Answer a = ANSWERS.get(i);
            for (Question q : questions) {
                switch (q.kind()) {
                    case OVERALL -> answer(response, q, a.overall(), null, null, null, null);
                    case TALK -> answer(response, q, Math.max(1, Math.min(5, a.talk() - (int) (q.position() % 2))), null,
                            null, null, null);
                    case MOST_USEFUL -> answer(response, q, null, a.useful(), null, null, null);
                    case PRIORITIES -> answer(response, q, null, a.priorities(), null, null, null);
                    case TOPICS_WANTED -> {
                        for (String code : a.topics()) {
                            jdbc.sql("""
                                            select c.id from competence c join competence_framework_version v on v.id = c.version_id
                                            where v.state = 'PUBLISHED' and c.code = :c
                                            """).param("c", code).query(Long.class).optional()
                                    .ifPresent(c -> answer(response, q, null, null, c, null, null));
                        }
                        if (a.more() != null) {
                            answer(response, q, null, a.more(), null, null, null);
                        }
                    }
                    case SELF_LEVEL -> answer(response, q, null, null, null, a.before(), a.after());
                    default -> { }
                }
            }
        }
        return ANSWERS.size();
    }

    private void answer(UUID response, Question q, Integer score, String text, Long competence, Integer before, Integer after) {
        jdbc.sql("""
                        insert into survey_answer (response_id, question_id, score, text_value, competence_id, level_before, level_after)
                        values (:r, :q, :sc, :t, :c, :b, :a)
                        """).param("r", response).param("q", q.id()).param("sc", score).param("t", text).param("c", competence)
                .param("b", before).param("a", after).update();
    }
}

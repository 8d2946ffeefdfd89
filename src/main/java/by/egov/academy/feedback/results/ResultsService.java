package by.egov.academy.feedback.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import by.egov.academy.feedback.survey.Question;
import by.egov.academy.feedback.survey.QuestionKind;
import by.egov.academy.feedback.survey.Survey;
import by.egov.academy.feedback.survey.SurveyRepository;
import by.egov.academy.feedback.survey.SurveyService;
import by.egov.academy.platform.LocaleConfiguration;
import by.egov.academy.programme.Seminars;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Adds up a survey's answers per question for the organisers; who has not answered, for named surveys. */
@Service
class ResultsService {

    private final JdbcClient jdbc;
    private final SurveyService surveys;
    private final SurveyRepository repository;

    ResultsService(JdbcClient jdbc, SurveyService surveys, SurveyRepository repository) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.repository = repository;
    }

    private record Count(long questionId, Integer value, long n) {
    }

    Results results(long seminarId, Locale locale) {
        Seminars.SeminarInfo seminar = surveys.manageable(seminarId);
        Survey survey = surveys.survey(seminarId);
        long id = survey.id();
        List<Count> scores = counts("score", id);
        List<Count> before = counts("level_before", id);
        List<Count> after = counts("level_after", id);
        Map<Long, List<QuestionResult.Topic>> topics = new HashMap<>();
        jdbc.sql("""
                        select a.question_id, c.code, c.name_ru, c.name_be, c.name_en, count(*) as n
                        from survey_answer a join survey_response r on r.id = a.response_id
                        join competence c on c.id = a.competence_id
                        where r.survey_id = :s group by a.question_id, c.id, c.code, c.name_ru, c.name_be, c.name_en
                        order by n desc, c.code
                        """).param("s", id).query((rs, n) -> {
                    topics.computeIfAbsent(rs.getLong("question_id"), k -> new ArrayList<>()).add(new QuestionResult.Topic(
                            rs.getString("code"), LocaleConfiguration.pick(locale, rs.getString("name_ru"),
                            rs.getString("name_be"), rs.getString("name_en")), rs.getLong("n")));
                    return 1;
                }).list();
        Map<Long, List<String>> texts = new HashMap<>();
        // by text, not by time: the order must not hint at who wrote what in an anonymous survey
        jdbc.sql("""
                        select a.question_id, a.text_value from survey_answer a join survey_response r on r.id = a.response_id
                        where r.survey_id = :s and a.text_value is not null order by a.question_id, a.text_value
                        """).param("s", id).query((rs, n) -> texts.computeIfAbsent(rs.getLong("question_id"),
                k -> new ArrayList<>()).add(rs.getString("text_value"))).list();
        Map<Long, Long> answered = new HashMap<>();
        jdbc.sql("""
                        select a.question_id, count(distinct a.response_id) as n from survey_answer a
                        join survey_response r on r.id = a.response_id where r.survey_id = :s group by a.question_id
                        """).param("s", id).query((rs, n) -> answered.put(rs.getLong("question_id"), rs.getLong("n"))).list();
        List<String> levelNames = jdbc.sql("select level, name_ru, name_be, name_en from proficiency_level order by level")
                .query((rs, n) -> rs.getInt("level") + " " + LocaleConfiguration.pick(locale, rs.getString("name_ru"),
                        rs.getString("name_be"), rs.getString("name_en"))).list();

        List<QuestionResult> out = new ArrayList<>();
        for (Question q : repository.questions(id)) {
            int n = answered.getOrDefault(q.id(), 0L).intValue();
            List<String> qTexts = texts.getOrDefault(q.id(), List.of());
            if (q.kind().scale()) {
                List<Long> d = distribution(scores, q.id(), 5);
                out.add(new QuestionResult(q, n, d, average(d), null, null, List.of(), qTexts,
                        Chart.of(List.of("1", "2", "3", "4", "5"), d), null));
            } else if (q.kind() == QuestionKind.SELF_LEVEL) {
                List<Long> b = distribution(before, q.id(), 4);
                List<Long> a = distribution(after, q.id(), 4);
                out.add(new QuestionResult(q, n, b, average(b), a, average(a), List.of(), qTexts,
                        Chart.of(levelNames, b), Chart.of(levelNames, a)));
            } else if (q.kind() == QuestionKind.TOPICS_WANTED) {
                List<QuestionResult.Topic> t = topics.getOrDefault(q.id(), List.of());
                out.add(new QuestionResult(q, n, null, null, null, null, t, qTexts,
                        t.isEmpty() ? null : Chart.of(t.stream().map(QuestionResult.Topic::code).toList(),
                                t.stream().map(QuestionResult.Topic::count).toList()), null));
            } else {
                out.add(new QuestionResult(q, n, null, null, null, null, List.of(), qTexts, null, null));
            }
        }
        int attendees = repository.attendees(seminarId).size();
        int receipts = jdbc.sql("select count(*) from survey_receipt where survey_id = :s").param("s", id)
                .query(Integer.class).single();
        int responses = jdbc.sql("select count(*) from survey_response where survey_id = :s").param("s", id)
                .query(Integer.class).single();
        return new Results(seminar, survey, attendees, receipts, responses, out,
                survey.anonymous() || survey.draft() ? List.of() : repository.nonResponders(seminarId, id));
    }

    private List<Count> counts(String column, long surveyId) {
        return jdbc.sql("select a.question_id, a." + column + " as v, count(*) as n from survey_answer a "
                        + "join survey_response r on r.id = a.response_id where r.survey_id = :s and a." + column
                        + " is not null group by a.question_id, a." + column).param("s", surveyId)
                .query((rs, n) -> new Count(rs.getLong("question_id"), rs.getInt("v"), rs.getLong("n"))).list();
    }

    private static List<Long> distribution(List<Count> counts, long questionId, int max) {
        Long[] d = new Long[max];
        java.util.Arrays.fill(d, 0L);
        counts.stream().filter(c -> c.questionId() == questionId && c.value() >= 1 && c.value() <= max)
                .forEach(c -> d[c.value() - 1] = c.n());
        return List.of(d);
    }

    /** The mean of a distribution over 1..n, rounded to two places; null without answers. */
    static Double average(List<Long> distribution) {
        long n = 0;
        long sum = 0;
        for (int i = 0; i < distribution.size(); i++) {
            n += distribution.get(i);
            sum += (i + 1) * distribution.get(i);
        }
        return n == 0 ? null : Math.round(100.0 * sum / n) / 100.0;
    }
}

package by.egov.academy.feedback.results;

import java.util.List;

import by.egov.academy.feedback.survey.Question;

/**
 * What the answers to one question add up to: for scores and levels the distribution and the average ({@code after}
 * for the level after the seminar), for topics wanted the count per competence, and the free texts.
 */
public record QuestionResult(Question question, int answered, List<Long> distribution, Double average,
                             List<Long> distributionAfter, Double averageAfter, List<Topic> topics, List<String> texts,
                             Chart chart, Chart chartAfter) {

    public record Topic(String code, String name, long count) {
    }
}

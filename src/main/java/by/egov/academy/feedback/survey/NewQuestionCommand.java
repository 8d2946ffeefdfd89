package by.egov.academy.feedback.survey;

/** An organiser's own question: answered with a score 1–5 or with text. */
public record NewQuestionCommand(Answer answer, String textRu, String textBe, String textEn, Boolean required) {

    public enum Answer { SCALE, TEXT }
}

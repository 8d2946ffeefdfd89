package by.egov.academy.feedback.survey;

/** A question's texts in the three languages and whether it must be answered. */
public record QuestionCommand(String textRu, String textBe, String textEn, Boolean required) {
}

package by.egov.academy.feedback.survey;

/** What a question asks and how it is answered (the kinds of V19's survey_question). */
public enum QuestionKind {
    OVERALL, TALK, MOST_USEFUL, PRIORITIES, TOPICS_WANTED, SELF_LEVEL, CUSTOM_SCALE, CUSTOM_TEXT;

    /** Answered with a score 1–5. */
    public boolean scale() {
        return this == OVERALL || this == TALK || this == CUSTOM_SCALE;
    }

    /** Answered with free text alone. */
    public boolean text() {
        return this == MOST_USEFUL || this == PRIORITIES || this == CUSTOM_TEXT;
    }

    /** Added by the organisers, so theirs to remove. */
    public boolean custom() {
        return this == CUSTOM_SCALE || this == CUSTOM_TEXT;
    }
}

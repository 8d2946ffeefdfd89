package by.egov.academy.feedback.survey;

import java.util.Locale;

import by.egov.academy.platform.LocaleConfiguration;

/** One question of a seminar's survey, in the three languages, at its place in the order. */
public record Question(long id, long surveyId, int position, QuestionKind kind, Long talkId, Long competenceId,
                      String textRu, String textBe, String textEn, boolean required) {

    public String text(Locale locale) {
        return LocaleConfiguration.pick(locale, textRu, textBe, textEn);
    }

    /** The name of the form field that carries the answer (a score, a text, chosen competences, a level before). */
    public String field() {
        return "q" + id;
    }
}

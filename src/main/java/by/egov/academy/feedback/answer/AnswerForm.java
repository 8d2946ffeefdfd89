package by.egov.academy.feedback.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import by.egov.academy.feedback.survey.Question;
import by.egov.academy.platform.InputHygiene;
import org.springframework.util.MultiValueMap;

/**
 * The answers as typed, read against the survey's questions: field "q{id}" holds a score, a text or the chosen
 * competences; "q{id}.text" the free text of topics wanted; "q{id}.before"/"q{id}.after" the self-assessed
 * levels. Anything else sent is ignored. Errors are message codes by field, so the form can mark each one.
 */
public final class AnswerForm {

    static final int MAX_TEXT = 4000;

    /** One row of survey_answer. */
    record Row(long questionId, Integer score, String text, Long competenceId, Integer before, Integer after) {
    }

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();

    private AnswerForm() {
    }

    static AnswerForm empty() {
        return new AnswerForm();
    }

    static AnswerForm read(List<Question> questions, MultiValueMap<String, String> form, Set<Long> topicChoices) {
        AnswerForm f = new AnswerForm();
        for (Question q : questions) {
            String field = q.field();
            switch (q.kind()) {
                case OVERALL, TALK, CUSTOM_SCALE -> {
                    Integer score = f.number(form, field, 1, 5, q.required(), "survey.answer.scale");
                    if (score != null) {
                        f.rows.add(new Row(q.id(), score, null, null, null, null));
                    }
                }
                case MOST_USEFUL, PRIORITIES, CUSTOM_TEXT -> {
                    String text = f.text(form, field, q.required());
                    if (text != null) {
                        f.rows.add(new Row(q.id(), null, text, null, null, null));
                    }
                }
                case TOPICS_WANTED -> {
                    List<String> chosen = f.keep(form, field);
                    String text = f.text(form, field + ".text", false);
                    List<Long> ids = new ArrayList<>();
                    for (String c : chosen) {
                        Long id = parse(c);
                        if (id == null || !topicChoices.contains(id)) {
                            f.errors.putIfAbsent(field, "survey.answer.topic");
                        } else if (!ids.contains(id)) {
                            ids.add(id);
                        }
                    }
                    if (q.required() && ids.isEmpty() && text == null && !f.errors.containsKey(field)) {
                        f.errors.put(field, "survey.answer.required");
                    }
                    ids.forEach(id -> f.rows.add(new Row(q.id(), null, null, id, null, null)));
                    if (text != null) {
                        f.rows.add(new Row(q.id(), null, text, null, null, null));
                    }
                }
                case SELF_LEVEL -> {
                    Integer before = f.number(form, field + ".before", 1, 4, q.required(), "survey.answer.level");
                    Integer after = f.number(form, field + ".after", 1, 4, q.required(), "survey.answer.level");
                    if (before != null || after != null) {
                        f.rows.add(new Row(q.id(), null, null, null, before, after));
                    }
                }
            }
        }
        return f;
    }

    private List<String> keep(MultiValueMap<String, String> form, String field) {
        List<String> given = form.getOrDefault(field, List.of()).stream().map(InputHygiene::clean).toList();
        values.put(field, given);
        return given;
    }

    private Integer number(MultiValueMap<String, String> form, String field, int min, int max, boolean required,
                           String invalid) {
        List<String> given = keep(form, field);
        String value = given.isEmpty() ? "" : given.get(0).strip();
        if (given.size() > 1) {
            errors.put(field, invalid);
            return null;
        }
        if (value.isEmpty()) {
            if (required) {
                errors.put(field, "survey.answer.required");
            }
            return null;
        }
        Long n = parse(value);
        if (n == null || n < min || n > max) {
            errors.put(field, invalid);
            return null;
        }
        return n.intValue();
    }

    private String text(MultiValueMap<String, String> form, String field, boolean required) {
        List<String> given = keep(form, field);
        String value = String.join("\n", given).strip();
        if (value.isEmpty()) {
            if (required) {
                errors.put(field, "survey.answer.required");
            }
            return null;
        }
        if (value.length() > MAX_TEXT) {
            errors.put(field, "survey.answer.tooLong");
            return null;
        }
        return value;
    }

    private static Long parse(String s) {
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    Map<String, String> errors() {
        return errors;
    }

    List<Row> rows() {
        return rows;
    }

    /** What was typed for a field (empty when nothing). */
    public List<String> values(String field) {
        return values.getOrDefault(field, List.of());
    }

    public String value(String field) {
        List<String> v = values(field);
        return v.isEmpty() ? "" : v.get(0);
    }

    public boolean has(String field, Object value) {
        return values(field).contains(String.valueOf(value));
    }

    public boolean invalid(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }
}

package by.egov.academy.publishing.news;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The case forms stored with the names the writer declines (table {@code name_form}): per named thing and language
 * the nominative they were made from and the genitive, prepositional and instrumental. A form counts only while the
 * name is still the one it was made from; the writer uses only these forms and never declines on its own.
 */
record NameForms(Map<String, CaseForms> byKey) {

    static final NameForms NONE = new NameForms(Map.of());

    static final String VENUE = "VENUE";
    static final String ORGANISATION = "ORGANISATION";
    static final String CYCLE = "CYCLE";
    static final String TOPIC = "TOPIC";
    static final String TERRITORY = "TERRITORY";

    /** One name's forms; a form not known is null. */
    record CaseForms(String nominative, String genitive, String prepositional, String instrumental) {
    }

    static String key(String entity, long id, String language) {
        return entity + ":" + id + ":" + language;
    }

    /** The forms of the thing's current name in the language, if stored for that very name. */
    Optional<CaseForms> of(String entity, Long id, Locale language, String nominative) {
        if (id == null || nominative == null) {
            return Optional.empty();
        }
        CaseForms f = byKey.get(key(entity, id, language.getLanguage()));
        return f != null && f.nominative().strip().equals(nominative.strip()) ? Optional.of(f) : Optional.empty();
    }

    Optional<String> genitive(String entity, Long id, Locale language, String nominative) {
        return of(entity, id, language, nominative).map(CaseForms::genitive).filter(s -> s != null && !s.isBlank());
    }

    Optional<String> prepositional(String entity, Long id, Locale language, String nominative) {
        return of(entity, id, language, nominative).map(CaseForms::prepositional).filter(s -> s != null && !s.isBlank());
    }

    Optional<String> instrumental(String entity, Long id, Locale language, String nominative) {
        return of(entity, id, language, nominative).map(CaseForms::instrumental).filter(s -> s != null && !s.isBlank());
    }
}

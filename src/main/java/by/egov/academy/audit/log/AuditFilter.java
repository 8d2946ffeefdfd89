package by.egov.academy.audit.log;

import java.time.LocalDate;
import java.util.List;

/** What the programme office searches the log by; every part is optional. */
record AuditFilter(String entity, String entityId, String actor, LocalDate from, LocalDate to, String q) {

    /**
     * The tables the audit triggers watch (V10 and later migrations; AuditTranslationTests compares with the
     * database); labels are {@code audit.entity.<name>}, their columns' {@code audit.column.<name>}.
     */
    static final List<String> ENTITIES = List.of("official", "organisation", "account", "api_token", "programme",
            "cycle", "venue", "seminar", "seminar_organiser", "expert", "topic", "talk", "talk_speaker", "talk_topic",
            "remote_site", "material", "audience_rule", "invitation", "news_item", "proficiency_level",
            "competence_framework_version", "competence_area", "competence", "talk_competence", "certificate",
            "certificate_batch", "survey", "survey_question", "participant_link");

    AuditFilter {
        entity = blankToNull(entity);
        entityId = blankToNull(entityId);
        actor = blankToNull(actor);
        q = blankToNull(q);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

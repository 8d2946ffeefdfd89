package by.egov.academy.publishing.news;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import by.egov.academy.platform.DomainException;
import by.egov.academy.publishing.grammar.Bodies;
import by.egov.academy.publishing.grammar.GrammaticalCase;
import by.egov.academy.publishing.grammar.Morphology;

/**
 * The case forms stored with the names ({@code name_form}): proposed by {@link Morphology} for a name that has none
 * (or whose name changed since), shown to the editor and corrected by hand. A hand-made form is kept however the
 * engine would propose; one the engine does not recognise is kept with a warning, never refused.
 */
@Service
class NameFormService {

    static final int MAX_FORM = 1000;
    static final List<String> LANGUAGES = List.of("ru", "be");

    /** One stored row as the editor sees it. */
    record Row(String entity, long entityId, String language, String nominative, String genitive, String prepositional,
               String instrumental, String source, String warning) {
    }

    /** A name the writer declines for a seminar, in the language, with its forms if stored. */
    record Needed(String entity, long entityId, String language, String nominative, Row forms) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    NameFormService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The names of a seminar the writer declines: its venue, its cycle, its organisers that are named as recorded. */
    List<Needed> needed(SeminarFacts f) {
        List<Needed> needed = new ArrayList<>();
        for (String language : LANGUAGES) {
            Locale l = Locale.forLanguageTag(language);
            add(needed, NameForms.VENUE, f.records().venueId(), language, f.venue() == null ? null : f.venue().in(l));
            add(needed, NameForms.CYCLE, f.records().cycleId(), language, f.cycleTitle().in(l));
            for (Bodies.Body b : f.organisers()) {
                if (Bodies.agent(b, l).isEmpty()) {
                    add(needed, NameForms.ORGANISATION, b.id(), language, language.equals("be") ? b.nameBe() : b.nameRu());
                }
            }
        }
        return needed;
    }

    private void add(List<Needed> needed, String entity, Long id, String language, String nominative) {
        if (id != null && nominative != null && !nominative.isBlank()) {
            needed.add(new Needed(entity, id, language, nominative.strip(), null));
        }
    }

    /**
     * The facts with the stored forms of their names; a name without forms for its current spelling gets them
     * proposed and stored first (names entered before the engine, or outside the forms).
     */
    @Transactional
    SeminarFacts withForms(SeminarFacts f) {
        Map<String, NameForms.CaseForms> forms = new HashMap<>();
        for (Needed n : needed(f)) {
            Row row = ensure(n.entity(), n.entityId(), n.language(), n.nominative());
            forms.put(NameForms.key(n.entity(), n.entityId(), n.language()),
                    new NameForms.CaseForms(row.nominative(), row.genitive(), row.prepositional(), row.instrumental()));
        }
        SeminarFacts.Records r = f.records();
        return f.with(new SeminarFacts.Records(r.level(), r.others(), r.districtsWithAttendance(), r.venueId(), r.cycleId(),
                new NameForms(forms)));
    }

    /** The needed names of a seminar with their stored forms, for the editor. */
    List<Needed> shown(SeminarFacts f) {
        return needed(f).stream().map(n -> new Needed(n.entity(), n.entityId(), n.language(), n.nominative(),
                find(n.entity(), n.entityId(), n.language()).orElse(null))).toList();
    }

    Optional<Row> find(String entity, long id, String language) {
        return jdbc.sql("""
                        select entity, entity_id, language, nominative, genitive, prepositional, instrumental, source, warning
                        from name_form where entity = :e and entity_id = :id and language = :l""")
                .param("e", entity).param("id", id).param("l", language).query(Row.class).optional();
    }

    /** The stored forms of the name as now spelled; proposed and stored when there are none for it. */
    Row ensure(String entity, long id, String language, String nominative) {
        Optional<Row> stored = find(entity, id, language);
        if (stored.isPresent() && stored.get().nominative().strip().equals(nominative.strip())) {
            return stored.get();
        }
        return propose(entity, id, language, nominative);
    }

    /** Proposes the forms of the name and stores them (replacing forms of an earlier spelling of the name). */
    @Transactional
    Row propose(String entity, long id, String language, String nominative) {
        Morphology.Proposal p = Morphology.propose(nominative, Locale.forLanguageTag(language),
                !NameForms.ORGANISATION.equals(entity));
        String warning = p.unknown().isEmpty() ? null : String.join(", ", p.unknown());
        upsert(entity, id, language, nominative, p.genitive(), p.prepositional(), p.instrumental(), "PROPOSED", warning, null);
        return find(entity, id, language).orElseThrow();
    }

    /**
     * The editor's forms. Accepted as typed; a form the engine does not recognise as that case (or the spell checker
     * does not know) is stored with a warning. Returns the warning, if any.
     */
    @Transactional
    Optional<String> edit(String entity, long id, String language, String nominative, String genitive, String prepositional,
                          String instrumental, String who) {
        String g = clean(genitive, "genitive");
        String p = clean(prepositional, "prepositional");
        String i = clean(instrumental, "instrumental");
        Locale l = Locale.forLanguageTag(language);
        List<String> doubtful = new ArrayList<>();
        if (g != null && !Morphology.recognised(g, GrammaticalCase.GENITIVE, l)) {
            doubtful.add(g);
        }
        if (p != null && !Morphology.recognised(p, GrammaticalCase.PREPOSITIONAL, l)) {
            doubtful.add(p);
        }
        if (i != null && !Morphology.recognised(i, GrammaticalCase.INSTRUMENTAL, l)) {
            doubtful.add(i);
        }
        String warning = doubtful.isEmpty() ? null : String.join("; ", doubtful);
        upsert(entity, id, language, nominative, g, p, i, "EDITED", warning, who);
        return Optional.ofNullable(warning);
    }

    private static String clean(String form, String field) {
        if (form == null || form.isBlank()) {
            return null;
        }
        String f = form.strip().replaceAll("\\s+", " ");
        if (f.length() > MAX_FORM) {
            throw DomainException.invalid("nameForm.tooLong", field, MAX_FORM);
        }
        return f;
    }

    private void upsert(String entity, long id, String language, String nominative, String genitive, String prepositional,
                        String instrumental, String source, String warning, String who) {
        jdbc.sql("""
                        insert into name_form (entity, entity_id, language, nominative, genitive, prepositional, instrumental,
                                               source, warning, updated_at, updated_by)
                        values (:e, :id, :l, :n, :g, :p, :i, :s, :w, :at, :who)
                        on conflict (entity, entity_id, language) do update set nominative = excluded.nominative,
                            genitive = excluded.genitive, prepositional = excluded.prepositional,
                            instrumental = excluded.instrumental, source = excluded.source, warning = excluded.warning,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by
                        """).param("e", entity).param("id", id).param("l", language)
                .param("n", nominative.length() > MAX_FORM ? nominative.substring(0, MAX_FORM) : nominative)
                .param("g", cut(genitive)).param("p", cut(prepositional)).param("i", cut(instrumental)).param("s", source)
                .param("w", warning == null ? null : warning.length() > 2000 ? warning.substring(0, 2000) : warning)
                .param("at", java.sql.Timestamp.from(clock.instant())).param("who", who).update();
    }

    private static String cut(String s) {
        return s == null || s.length() <= MAX_FORM ? s : null; // a form too long to store is no form
    }
}

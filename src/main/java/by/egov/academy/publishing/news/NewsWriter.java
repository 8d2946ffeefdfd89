package by.egov.academy.publishing.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import by.egov.academy.publishing.grammar.Bodies;
import by.egov.academy.publishing.grammar.English;
import by.egov.academy.publishing.grammar.Grammar;
import by.egov.academy.publishing.grammar.Noun;
import by.egov.academy.publishing.news.SeminarFacts.Texts;

/**
 * Writes the news item about a held seminar from its facts, in the style of the ministry's press service
 * (shared/reference/grodno-2017-09-08-news.txt). Deterministic: the same facts give the same text, and
 * nothing is said that the records do not hold. A sentence whose facts are missing is left out and its
 * fact named in {@link Draft#missing()}.
 */
final class NewsWriter {

    private NewsWriter() {
    }

    static Draft write(SeminarFacts f, Locale language) {
        Phrases p = Phrases.of(language);
        Grammar g = Grammar.of(language);
        List<String> missing = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();

        // which seminar of which cycle
        Subject subject = subject(f, language, missing);
        String what = subject.what();
        String forWhom = subject.forWhom();
        String city = f.venueCity() == null ? null : f.venueCity().nameEn();
        String title = p.titleOf(what + forWhom, city);

        // the lead: when, by whom, where, what
        StringBuilder lead = new StringBuilder();
        if (f.date() != null) {
            lead.append(p.on()).append(g.date(f.date())).append(' ');
        } else {
            missing.add("date");
        }
        List<String> agents = agents(f, language, missing);
        String organisers = organisersNominative(f, language, agents);
        if (!organisers.isEmpty()) {
            agents = List.of();
        }
        lead.append(p.agents(agents));
        String venue = p.venue(f, g, language);
        String venueName = f.venue() == null ? null : f.venue().in(language);
        if (venue == null) {
            missing.add(venueName == null ? "venue" : "formVenue:" + f.records().venueId());
        } else {
            venue = g.after(lead.toString().strip(), venue);
        }
        lead.append(p.held(what, venue, !agents.isEmpty()));
        paragraphs.add(Phrases.sentence(lead.toString()));
        String roles = (organisers.isEmpty() ? "" : organisers + " ")
                + (venue == null && venueName != null ? p.venueNominative(venueName) + " " : "")
                + p.roles(f.records().others(), o -> name(o, language, missing));
        roles = roles.strip();
        if (!roles.isEmpty()) {
            paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + " " + roles);
        }

        // who
        List<String> audience = new ArrayList<>();
        String audienceText = Phrases.withoutRemoteClause(f.audience().in(language));
        if (audienceText != null) {
            audience.add(p.audience(audienceText));
        } else {
            missing.add("audience");
        }
        if (f.attendedInPerson() > 0) {
            audience.add(p.inPerson(f.attendedInPerson()));
        }
        if (f.remoteDistricts() > 0) {
            String of = f.remoteOblast() == null ? null : f.remoteOblast().genitive(language);
            audience.add(p.remote((language.getLanguage().equals("en") ? Phrases.englishCount(f.remoteDistricts(), p.district())
                    : g.countGenitive(f.remoteDistricts(), p.district())), of));
        } else {
            missing.add("remote");
        }
        if (!audience.isEmpty()) {
            paragraphs.add(String.join(" ", audience));
        }

        // experts and topics
        List<String> talk = new ArrayList<>();
        if (!f.expertOrganisations().isEmpty()) {
            talk.add(p.experts(p.list(f.expertOrganisations().stream().map(o -> name(o, language, missing)).toList())));
        } else {
            missing.add("experts");
        }
        List<String> topics = f.topics().stream().map(t -> t.in(language)).filter(t -> t != null)
                .map(Phrases::lowerFirst).toList();
        if (!topics.isEmpty()) {
            talk.add(p.topics(p.list(topics), topics.size()));
        } else {
            missing.add("topics");
        }
        if (!talk.isEmpty()) {
            paragraphs.add(String.join(" ", talk));
        }

        String outcome = f.outcome().in(language);
        if (outcome != null) {
            paragraphs.add(Phrases.sentence(outcome));
        } else {
            missing.add("outcome");
        }

        String programme = f.programme().title().in(language);
        if (programme == null) {
            missing.add("programme");
        } else if (contextIsTrue(f, f.date() == null ? null : f.date().getYear())) {
            paragraphs.add(p.context(programme, contextDescription(f, language), f.programme().startYear()));
        }

        if (f.next() != null) {
            String where = f.next().host().genitive(language);
            paragraphs.add(p.next(where, f.next().month() == null ? null : g.inMonth(f.next().month())));
        }
        return Typography.draft(new Draft(title, String.join("\n\n", paragraphs), List.copyOf(missing)), language);
    }

    /**
     * Whether the programme-context paragraph is true for the event: not for an event before the programme
     * started (its year unknown counts as not before).
     */
    static boolean contextIsTrue(SeminarFacts f, Integer year) {
        return year == null || year >= f.programme().startYear();
    }

    /**
     * The programme's description tells how it went from republic-level events to cycles of regional seminars: it is
     * said only of a seminar of a cycle that is not a republic-level event; others get the short context (the
     * programme and the year it started).
     */
    static String contextDescription(SeminarFacts f, Locale language) {
        boolean ofCycle = f.ordinal() != null && f.cycleTitle().in(language) != null
                && !"REPUBLIC".equals(f.records().level());
        return ofCycle ? f.programme().description().in(language) : null;
    }

    /** "The first seminar of the cycle …" and the audience its title names ("for the heads of …"). */
    record Subject(String what, String forWhom) {
    }

    static Subject subject(SeminarFacts f, Locale language, List<String> missing) {
        Phrases p = Phrases.of(language);
        Grammar g = Grammar.of(language);
        String seminarTitle = f.seminarTitle().in(language);
        String cycle = f.cycleTitle().in(language);
        Optional<String> cycleGenitive = cycle == null ? Optional.empty() : language.getLanguage().equals("en")
                ? g.headGenitive(cycle)
                : f.records().forms().genitive(NameForms.CYCLE, f.records().cycleId(), language, cycle);
        if (cycle != null && cycleGenitive.isEmpty() && f.records().cycleId() != null) {
            missing.add("formCycle:" + f.records().cycleId());
        }
        if (f.ordinal() != null && cycleGenitive.isPresent()) {
            return new Subject(g.ordinal(f.ordinal()) + " " + p.seminarOf() + " " + cycleGenitive.get(),
                    seminarTitle == null ? "" : Phrases.tailFrom(seminarTitle, p.forWhom()));
        }
        missing.add("cycle");
        if (seminarTitle != null && seminarTitle.toLowerCase(Locale.ROOT).startsWith(p.seminar() + " ")) {
            // «Семинар по вопросам …» names itself: «Состоялся семинар по вопросам …», not «семинар «Семинар …»»
            return new Subject(Phrases.lowerFirst(seminarTitle), "");
        }
        return new Subject(p.seminar() + (seminarTitle == null ? "" : " «" + seminarTitle + "»"), "");
    }

    /**
     * An organisation's name in the language. Without a recorded Belarusian or English name the text keeps the
     * sentence with the Russian name as recorded and lists the organisation as missing data: a press service
     * would rather see the sentence with a marked gap to fill (the page links to the organisation's form) than
     * lose the sentence, and a made-up transliteration would look like an official name and go out unnoticed.
     */
    static String name(SeminarFacts.Organisation o, Locale language, List<String> missing) {
        String name = o.name().in(language);
        if (name != null) {
            return language.getLanguage().equals("en") ? English.definite(name) : name;
        }
        missing.add(missingName(language, o.id()));
        return o.name().ru();
    }

    /** The code of a missing name: {@code nameEn:17}, {@code nameBe:17}. */
    static String missingName(Locale language, long organisationId) {
        return (language.getLanguage().equals("en") ? "nameEn:" : "nameBe:") + organisationId;
    }

    /**
     * The organisers in the nominative as recorded («Организаторы семинара: …») when one of them has no stored
     * instrumental: the lead then names none, so nothing is declined without its form. Empty when all have forms.
     */
    static String organisersNominative(SeminarFacts f, Locale language, List<String> agents) {
        if (agents.size() == f.organisers().size() || language.getLanguage().equals("en")) {
            return "";
        }
        boolean be = language.getLanguage().equals("be");
        List<String> names = f.organisers().stream().map(b -> be && b.nameBe() != null && !b.nameBe().isBlank()
                ? b.nameBe() : b.nameRu()).filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
        return names.isEmpty() ? "" : Phrases.of(language).organisersNominative(names);
    }

    /**
     * The organisers as agents («Министерством …»). One without a name in the language is named as in Russian
     * and listed (as {@link #name} does); one that cannot be put into the sentence at all makes «organisers»
     * missing.
     */
    static List<String> agents(SeminarFacts f, Locale language, List<String> missing) {
        List<String> agents = new ArrayList<>();
        boolean incomplete = false;
        for (Bodies.Body b : f.organisers()) {
            Optional<String> agent = Bodies.agent(b, language);
            if (agent.isEmpty() && !language.getLanguage().equals("en")) {
                String own = language.getLanguage().equals("be") ? b.nameBe() : b.nameRu();
                agent = f.records().forms().instrumental(NameForms.ORGANISATION, b.id(), language, own);
                if (agent.isEmpty() && own != null && !own.isBlank()) {
                    missing.add("formOrganisation:" + b.id());
                    continue; // named in the nominative (organisersNominative): never declined without its form
                }
            }
            if (agent.isEmpty() && !language.getLanguage().equals("ru")) {
                agent = language.getLanguage().equals("en") ? Optional.ofNullable(b.nameRu())
                        : Bodies.agent(b, Locale.forLanguageTag("ru"));
                agent.ifPresent(a -> missing.add(missingName(language, b.id())));
            }
            agent.ifPresent(agents::add);
            incomplete |= agent.isEmpty();
        }
        if (agents.isEmpty() || incomplete) {
            missing.add("organisers");
        }
        return agents;
    }
}

package by.egov.academy.publishing.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import by.egov.academy.publishing.grammar.Grammar;

/**
 * Writes the announcement of an announced seminar from its facts: what, when, where, for whom, how the
 * districts join and how registration goes. Like {@link NewsWriter}: deterministic, and a sentence whose facts
 * are missing is left out and named.
 */
final class AnnouncementWriter {

    private AnnouncementWriter() {
    }

    static Draft write(SeminarFacts f, Locale language) {
        Phrases p = Phrases.of(language);
        Grammar g = Grammar.of(language);
        String lang = language.getLanguage();
        List<String> missing = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();

        NewsWriter.Subject subject = NewsWriter.subject(f, language, missing);
        String what = subject.what();
        String forWhom = subject.forWhom();
        String title = switch (lang) {
            case "be" -> "Адбудзецца " + what + forWhom;
            case "en" -> "The " + what + forWhom + " will be held"
                    + (f.venueCity() == null || f.venueCity().nameEn() == null ? "" : " in " + f.venueCity().nameEn());
            default -> "Состоится " + what + forWhom;
        };

        StringBuilder lead = new StringBuilder();
        if (f.date() != null) {
            lead.append(p.on()).append(g.date(f.date()));
            if (f.startTime() != null) {
                lead.append(switch (lang) {
                    case "be" -> " а " + f.startTime();
                    case "en" -> " at " + f.startTime();
                    default -> " в " + f.startTime();
                });
            }
            lead.append(' ');
        } else if (f.plannedMonth() != null) {
            lead.append(g.inMonth(f.plannedMonth())).append(' ');
            missing.add("date");
        } else {
            missing.add("date");
        }
        List<String> agents = NewsWriter.agents(f, language, missing);
        String organisers = NewsWriter.organisersNominative(f, language, agents);
        if (!organisers.isEmpty()) {
            agents = List.of();
        }
        String venue = lang.equals("en") ? Phrases.whereEn(f) : p.venue(f, g, language);
        String venueName = f.venue() == null ? null : f.venue().in(language);
        if (venue == null) {
            missing.add(venueName == null || lang.equals("en") ? "venue" : "formVenue:" + f.records().venueId());
        } else if (!lang.equals("en")) {
            venue = g.after((lead + p.agents(agents)).strip(), venue);
        }
        String by = p.agents(agents).strip(); // English keeps the comma closing "together with …,"
        String where = venue == null ? "" : " " + venue;
        lead.append(switch (lang) {
            case "be" -> by + where + " будзе праведзены " + what;
            // English says where in a sentence of its own, as the news item does
            case "en" -> (agents.isEmpty() ? "the " + what + " will be held" : by + " will hold the " + what)
                    + (venue == null ? "" : ". It will take place " + venue);
            default -> by + where + " будет проведен " + what;
        });
        String roles = ((organisers.isEmpty() ? "" : organisers + " ")
                + (venue == null && venueName != null && !lang.equals("en") ? p.venueNominative(venueName) + " " : "")
                + p.roles(f.records().others(), o -> NewsWriter.name(o, language, missing))).strip();
        paragraphs.add(Phrases.sentence(lead.toString().replaceAll(" {2,}", " ").strip()) + (roles.isEmpty() ? "" : " " + roles));

        List<String> who = new ArrayList<>();
        String audience = Phrases.withoutRemoteClause(f.audience().in(language));
        if (audience != null) {
            who.add(Phrases.sentence(switch (lang) {
                case "be" -> "Мэтавая аўдыторыя семінара — " + Phrases.lowerFirst(audience);
                case "en" -> "The seminar is addressed to " + Phrases.lowerFirst(audience);
                default -> "Целевая аудитория семинара — " + Phrases.lowerFirst(audience);
            }));
        } else {
            missing.add("audience");
        }
        if (f.remoteDistricts() > 0) {
            String count = (language.getLanguage().equals("en") ? Phrases.englishCount(f.remoteDistricts(), p.district())
                    : g.countGenitive(f.remoteDistricts(), p.district()));
            String of = f.remoteOblast() == null ? "" : (lang.equals("en") ? " of " : " ") + f.remoteOblast().genitive(language);
            who.add(switch (lang) {
                case "be" -> "Прадстаўнікі " + count + of + " змогуць далучыцца да семінара ў рэжыме відэаканферэнцсувязі на раённых пляцоўках.";
                case "en" -> "Representatives of " + count + of + " will join by videoconference at district sites.";
                default -> "Представители " + count + of + " смогут присоединиться к семинару посредством видеоконференцсвязи на районных площадках.";
            });
        } else {
            missing.add("remote");
        }
        if (!who.isEmpty()) {
            paragraphs.add(String.join(" ", who));
        }

        List<String> talk = new ArrayList<>();
        if (!f.expertOrganisations().isEmpty()) {
            String orgs = p.list(f.expertOrganisations().stream().map(o -> NewsWriter.name(o, language, missing)).toList());
            talk.add(switch (lang) {
                case "be" -> "У якасці экспертаў выступяць прадстаўнікі " + orgs + ".";
                case "en" -> "Representatives of " + orgs + " will speak as experts.";
                default -> "В качестве экспертов выступят представители " + orgs + ".";
            });
        } else {
            missing.add("experts");
        }
        List<String> topics = f.topics().stream().map(t -> t.in(language)).filter(t -> t != null).map(Phrases::lowerFirst).toList();
        if (!topics.isEmpty()) {
            boolean one = topics.size() == 1;
            talk.add(switch (lang) {
                case "be" -> one ? "Тэма семінара: " : "Тэмы семінара: ";
                case "en" -> one ? "Topic: " : "Topics: ";
                default -> one ? "Тема семинара: " : "Темы семинара: ";
            } + p.list(topics) + ".");
        } else {
            missing.add("topics");
        }
        if (!talk.isEmpty()) {
            paragraphs.add(String.join(" ", talk));
        }

        boolean open = "REGISTRATION_OPEN".equals(f.status());
        paragraphs.add(switch (lang) {
            case "be" -> open ? "Рэгістрацыя адкрыта: запрошаныя атрымліваюць персанальныя запрашэнні па электроннай пошце і па спасылцы з запрашэння пацвярджаюць удзел — асабіста або на пляцоўцы свайго раёна."
                    : "Рэгістрацыя адкрыецца пазней: запрошаныя атрымаюць персанальныя запрашэнні па электроннай пошце.";
            case "en" -> open ? "Registration is open: invitees receive personal invitations by e-mail and confirm through the link in it — in person or at their district's site."
                    : "Registration opens later: invitees will receive personal invitations by e-mail.";
            default -> open ? "Регистрация открыта: приглашённые получают персональные приглашения по электронной почте и по ссылке из приглашения подтверждают участие — очно или на площадке своего района."
                    : "Регистрация откроется позднее: приглашённые получат персональные приглашения по электронной почте.";
        });

        String programme = f.programme().title().in(language);
        Integer year = f.date() != null ? Integer.valueOf(f.date().getYear())
                : f.plannedMonth() != null ? Integer.valueOf(f.plannedMonth().getYear()) : null;
        if (programme != null && NewsWriter.contextIsTrue(f, year)) {
            paragraphs.add(p.context(programme, NewsWriter.contextDescription(f, language), f.programme().startYear()));
        }
        return Typography.draft(new Draft(title, String.join("\n\n", paragraphs), List.copyOf(missing)), language);
    }
}

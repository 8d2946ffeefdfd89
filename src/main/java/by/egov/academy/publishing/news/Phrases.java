package by.egov.academy.publishing.news;

import java.util.Locale;

import by.egov.academy.publishing.grammar.Grammar;
import by.egov.academy.publishing.grammar.Noun;

/** The fixed words of the news item in each language; the facts come from the records. */
final class Phrases {

    private final String lang;

    private Phrases(String lang) {
        this.lang = lang;
    }

    static Phrases of(Locale language) {
        return new Phrases(switch (language.getLanguage()) {
            case "be", "en" -> language.getLanguage();
            default -> "ru";
        });
    }

    private String pick(String ru, String be, String en) {
        return switch (lang) {
            case "be" -> be;
            case "en" -> en;
            default -> ru;
        };
    }

    String forWhom() {
        return pick(" для ", " для ", " for ");
    }

    String seminarOf() {
        return pick("семинар", "семінар", "seminar of the");
    }

    String seminar() {
        return pick("семинар", "семінар", "seminar");
    }

    /** «Состоялся …»; English headlines say where ("… took place in Grodno"). */
    String titleOf(String what, String cityEn) {
        return pick("Состоялся " + what, "Адбыўся " + what,
                "The " + what + " took place" + (cityEn == null ? "" : " in " + cityEn));
    }

    /**
     * The organisers before the verb: «Министерством … совместно с …»; "the Ministry …, together with the …,".
     * Empty when there are none.
     */
    String agents(java.util.List<String> agents) {
        if (agents.isEmpty()) {
            return "";
        }
        String first = agents.get(0);
        if (agents.size() == 1) {
            return first + " ";
        }
        java.util.List<String> rest = agents.subList(1, agents.size());
        return lang.equals("en") ? first + ", " + together() + " " + list(rest) + ", "
                : first + " " + together() + " " + String.join(", ", rest) + " ";
    }

    /**
     * A list of names or topics: Russian and Belarusian news separate them with commas only, as the ministry's
     * item does; English puts "and" before the last.
     */
    String list(java.util.List<String> items) {
        if (!lang.equals("en") || items.size() < 2) {
            return String.join(", ", items);
        }
        // the serial comma before "and" in a list of three or more
        return String.join(", ", items.subList(0, items.size() - 1)) + (items.size() > 2 ? ", and " : " and ")
                + items.get(items.size() - 1);
    }

    /**
     * The organisations in other roles, as recorded, each role in a sentence of its own with the names in the
     * nominative (no form is needed): «Партнёр семинара — …», «Принимающая сторона — …», «Поддержка семинара: …».
     */
    String roles(java.util.List<SeminarFacts.Role> others,
                 java.util.function.Function<SeminarFacts.Organisation, String> name) {
        java.util.Map<String, java.util.List<String>> byRole = new java.util.LinkedHashMap<>();
        for (String role : java.util.List.of("PARTNER", "VENUE_HOST", "SUPPORT")) {
            java.util.List<String> names = others.stream().filter(o -> o.role().equals(role))
                    .map(o -> name.apply(new SeminarFacts.Organisation(o.id(), o.name()))).toList();
            if (!names.isEmpty()) {
                byRole.put(role, names);
            }
        }
        java.util.List<String> sentences = new java.util.ArrayList<>();
        byRole.forEach((role, names) -> {
            boolean one = names.size() == 1;
            String all = list(names);
            sentences.add(switch (role) {
                case "PARTNER" -> pick(one ? "Партнёр семинара — " + all + "." : "Партнёры семинара: " + all + ".",
                        one ? "Партнёр семінара — " + all + "." : "Партнёры семінара: " + all + ".",
                        "The seminar's " + (one ? "partner was " : "partners were ") + all + ".");
                case "VENUE_HOST" -> pick(one ? "Принимающая сторона — " + all + "." : "Принимающие стороны: " + all + ".",
                        one ? "Прымаючы бок — " + all + "." : "Прымаючыя бакі: " + all + ".",
                        "The seminar's " + (one ? "host was " : "hosts were ") + all + ".");
                default -> pick("Поддержка семинара: " + all + ".", "Падтрымка семінара: " + all + ".",
                        "The seminar was supported by " + all + ".");
            });
        });
        return String.join(" ", sentences);
    }

    String on() {
        return pick("", "", "On ");
    }

    String together() {
        return pick("совместно с", "сумесна з", "together with");
    }

    Noun district() {
        return switch (lang) {
            case "be" -> Noun.DISTRICT_BE;
            case "en" -> Noun.DISTRICT_EN;
            default -> Noun.DISTRICT_RU;
        };
    }

    private Noun person() {
        return switch (lang) {
            case "be" -> Noun.PERSON_BE;
            case "en" -> Noun.PERSON_EN;
            default -> Noun.PERSON_RU;
        };
    }

    /**
     * «на территории отдела …» (the venue's name in the genitive); in English a sentence of its own, "It took place
     * in Grodno, on the premises of the …" (the venue's English name is its host organisation's, when the venue is
     * that organisation's premises; the city alone otherwise).
     */
    String venue(SeminarFacts f, Grammar g, Locale language) {
        if (lang.equals("en")) {
            String where = whereEn(f);
            return where == null ? null : "It took place " + where + ".";
        }
        String name = f.venue() == null ? null : f.venue().in(language);
        if (name == null) {
            return null;
        }
        NameForms forms = f.records().forms();
        Long id = f.records().venueId();
        if (onPremises(name)) {
            return forms.genitive(NameForms.VENUE, id, language, name).map(v -> pick("на территории ", "на тэрыторыі ", "") + v)
                    .orElse(null);
        }
        return forms.prepositional(NameForms.VENUE, id, language, name).map(v -> in(v) + " " + v).orElse(null);
    }

    /** The venue in the nominative, when its forms are missing: «Место проведения — …». */
    String venueNominative(String name) {
        return pick("Место проведения — ", "Месца правядзення — ", "Venue: ") + name + (name.endsWith(".") ? "" : ".");
    }

    /** Heads naming a unit of an organisation: its premises are «на территории отдела …», a building or room «в …». */
    private static final java.util.Set<String> UNITS = java.util.Set.of("отдел", "отделение", "управление", "филиал",
            "департамент", "территория", "аддзел", "аддзяленне", "упраўленне", "філіял", "дэпартамент", "тэрыторыя");

    static boolean onPremises(String name) {
        String first = name.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return UNITS.contains(first);
    }

    /** «в», «во» (во дворце, во Владимирском …) in Russian; «у» in Belarusian (the writer makes it «ў» after a vowel). */
    String in(String prepositional) {
        if (lang.equals("be")) {
            return "у";
        }
        String w = prepositional.toLowerCase(Locale.ROOT);
        boolean cluster = w.length() > 1 && "вф".indexOf(w.charAt(0)) >= 0 && "аеёиоуыэюя".indexOf(w.charAt(1)) < 0;
        return cluster || w.startsWith("двор") || w.startsWith("мн") ? "во" : "в";
    }

    /** The organisers in the nominative, when one of them has no form: «Организаторы семинара: …». */
    String organisersNominative(java.util.List<String> names) {
        boolean one = names.size() == 1;
        return pick(one ? "Организатор семинара — " : "Организаторы семинара: ",
                one ? "Арганізатар семінара — " : "Арганізатары семінара: ",
                one ? "The seminar's organiser was " : "The seminar's organisers were ") + list(names) + ".";
    }

    /** "in Grodno, on the premises of the …", "in Grodno", or null when neither is recorded. */
    static String whereEn(SeminarFacts f) {
        String city = f.venueCity() == null ? null : f.venueCity().nameEn();
        String premises = f.venue() == null ? null : f.venue().in(Locale.ENGLISH);
        if (city == null && premises == null) {
            return null;
        }
        String on = premises == null ? "" : "on the premises of " + by.egov.academy.publishing.grammar.English.definite(premises);
        return city == null ? on : "in " + city + (premises == null ? "" : ", " + on);
    }

    String held(String what, String venue, boolean withAgents) {
        String where = venue == null ? "" : venue + " ";
        return switch (lang) {
            case "be" -> where + "праведзены " + what;
            case "en" -> (withAgents ? "held the " + what : "the " + what + " was held") + "."
                    + (venue == null ? "" : " " + venue);
            default -> where + "проведен " + what;
        };
    }

    /**
     * «Целевой аудиторией семинара стали …»; a subject that opens with a quantity («более пятидесяти …», «25 …»)
     * takes the verb in the neuter singular: «стало более пятидесяти …», «стала больш за пяцьдзясят …».
     */
    String audience(String text) {
        boolean quantity = QUANTITY.matcher(text.strip()).lookingAt();
        return sentence(pick("Целевой аудиторией семинара " + (quantity ? "стало " : "стали "),
                "Мэтавай аўдыторыяй семінара " + (quantity ? "стала " : "сталі "),
                "The seminar was addressed to ") + lowerFirst(text));
    }

    /** A phrase that opens with a number or a quantity word: the verb after it agrees in the neuter singular. */
    static final java.util.regex.Pattern QUANTITY = java.util.regex.Pattern.compile("(?iU)(\\d|(более|менее|свыше|около|"
            + "порядка|несколько|много|больш|звыш|каля|некалькі|шмат|пять|шесть|семь|восемь|девять|десять|двадцать|"
            + "тридцать|сорок|пятьдесят|сто|пяць|шэсць|сем|восем|дзевяць|дзесяць|дваццаць|трыццаць|сорак|пяцьдзясят)\\b)");

    String inPerson(int n) {
        String count = Grammar.of(Locale.forLanguageTag(lang)).count(n, person());
        return pick("Очно на семинаре присутствовали: " + count + ".", "Асабіста на семінары прысутнічалі: " + count + ".",
                capital(englishCount(n, person())) + " attended in person.");
    }

    private static final String[] SMALL_EN = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

    /** The house style writes the numbers below ten in words in English: "one district", "12 districts". */
    static String englishCount(int n, Noun noun) {
        return (n >= 0 && n < 10 ? SMALL_EN[n] : String.valueOf(n)) + " " + (n == 1 ? noun.one() : noun.many());
    }

    String remote(String districts, String of) {
        String where = of == null ? districts : pick(districts + " " + of, districts + " " + of, districts + " of " + of);
        return pick("Представители " + where + " также присутствовали на мероприятии посредством видеоконференцсвязи.",
                "Прадстаўнікі " + where + " таксама прысутнічалі на мерапрыемстве ў рэжыме відэаканферэнцсувязі.",
                "Representatives of " + where + " also took part by videoconference.");
    }

    String experts(String organisations) {
        return pick("В качестве экспертов в семинаре приняли участие представители " + organisations + ".",
                "У якасці экспертаў у семінары прынялі ўдзел прадстаўнікі " + organisations + ".",
                "Representatives of " + organisations + " took part as experts.");
    }

    /** The topics discussed: «тему» for one, «темы» for more (the accusative after «обсудили»). */
    String topics(String topics, int count) {
        boolean one = count == 1;
        return pick("Специалисты обсудили с аудиторией " + (one ? "тему" : "темы") + ": ",
                "Спецыялісты абмеркавалі з аўдыторыяй " + (one ? "тэму" : "тэмы") + ": ",
                "The experts discussed the following " + (one ? "topic" : "topics") + " with the audience: ") + topics + ".";
    }

    String context(String programme, String description, int startYear) {
        if (description == null) {
            return pick(programme + " реализуется с " + startYear + " года.",
                    programme + " ажыццяўляецца з " + startYear + " года.",
                    programme + " has been running since " + startYear + ".");
        }
        return sentence(programme + pick(" ", " ", " was ") + lowerFirst(description));
    }

    String next(String where, String month) {
        String when = month == null ? "" : " " + Grammar.of(Locale.forLanguageTag(lang)).after(where, month);
        return sentence(pick("Следующее мероприятие в рамках данного проекта состоится на территории " + where + when,
                "Наступнае мерапрыемства ў рамках праекта адбудзецца на тэрыторыі " + where + when,
                "The next event of the project will be held in " + where + when));
    }

    /** The part of a title from «для …» on, the audience the seminar is for; empty when it names none. */
    static String tailFrom(String title, String marker) {
        int at = title.indexOf(marker);
        return at < 0 ? "" : title.substring(at).stripTrailing();
    }

    /** The recorded audience without its videoconference clause, which the remote-districts sentence says. */
    static String withoutRemoteClause(String audience) {
        if (audience == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder();
        for (String clause : audience.split(";")) {
            String c = clause.strip();
            String lower = c.toLowerCase(Locale.ROOT);
            if (c.isEmpty() || lower.contains("видеоконференц") || lower.contains("відэаканферэнц")
                    || lower.contains("videoconferenc")) {
                continue;
            }
            kept.append(kept.isEmpty() ? "" : "; ").append(c);
        }
        String s = kept.toString().strip();
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() ? null : s;
    }

    static String lowerFirst(String s) {
        if (s == null || s.length() < 2) {
            return s;
        }
        boolean abbreviation = Character.isUpperCase(s.charAt(1));
        return abbreviation ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    static String capital(String s) {
        return s == null || s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** Capital first letter, one full stop at the end. */
    static String sentence(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return t;
        }
        t = t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }
}

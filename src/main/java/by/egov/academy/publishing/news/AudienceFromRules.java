package by.egov.academy.publishing.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import by.egov.academy.publishing.news.SeminarFacts.Place;
import by.egov.academy.publishing.news.SeminarFacts.Texts;

/**
 * The audience in prose from the seminar's audience rules (organisation categories × territory × positions), for
 * a seminar whose audience was not written down as text: «приглашенные руководители районных исполнительных
 * комитетов Гродненской области и администраций районов г. Гродно». The text continues «Целевой аудиторией
 * семинара стали …» and its Belarusian and English counterparts.
 */
final class AudienceFromRules {

    /** One rule as stored: comma-separated categories, the scope, its territory (null: the host), the positions. */
    record Rule(String categories, String scope, Long territoryId, String positions) {
    }

    private static final Map<String, String[]> CATEGORIES = Map.of(
            "OBLAST_EXECUTIVE_COMMITTEE", new String[]{"областного исполнительного комитета", "абласнога выканаўчага камітэта", "the regional executive committee"},
            "CITY_EXECUTIVE_COMMITTEE", new String[]{"городских исполнительных комитетов", "гарадскіх выканаўчых камітэтаў", "city executive committees"},
            "DISTRICT_EXECUTIVE_COMMITTEE", new String[]{"районных исполнительных комитетов", "раённых выканаўчых камітэтаў", "district executive committees"},
            "CITY_DISTRICT_ADMINISTRATION", new String[]{"администраций районов", "адміністрацый раёнаў", "city district administrations"},
            "HOUSING_UTILITIES", new String[]{"предприятий жилищно-коммунального хозяйства", "прадпрыемстваў жыллёва-камунальнай гаспадаркі", "housing and utilities enterprises"},
            "MINISTRY", new String[]{"республиканских органов государственного управления", "рэспубліканскіх органаў дзяржаўнага кіравання", "national government bodies"},
            "PARTNER_IT_COMPANY", new String[]{"ИТ-компаний", "ІТ-кампаній", "IT companies"},
            "RESEARCH_INSTITUTE", new String[]{"научных организаций", "навуковых арганізацый", "research institutes"},
            "OTHER", new String[]{"организаций", "арганізацый", "organisations"});

    private static final Map<String, String[]> POSITIONS = Map.of(
            "HEADS", new String[]{"руководители", "кіраўнікі", "heads"},
            "DEPUTIES", new String[]{"заместители руководителей", "намеснікі кіраўнікоў", "deputy heads"},
            "HEADS_AND_DEPUTIES", new String[]{"руководители и заместители руководителей", "кіраўнікі і намеснікі кіраўнікоў", "heads and deputy heads"},
            "ALL", new String[]{"представители", "прадстаўнікі", "representatives"});

    private AudienceFromRules() {
    }

    /** Null when there are no rules; otherwise the text in the three languages. */
    static Texts describe(List<Rule> rules, Place host, Map<Long, Place> territories) {
        if (rules.isEmpty()) {
            return null;
        }
        String[] out = new String[3];
        for (int lang = 0; lang < 3; lang++) {
            List<String> parts = new ArrayList<>();
            for (Rule r : rules) {
                Place where = r.territoryId() == null ? host : territories.getOrDefault(r.territoryId(), host);
                List<String> categories = new ArrayList<>();
                for (String c : r.categories().split(",")) {
                    String[] forms = CATEGORIES.get(c.strip());
                    if (forms != null) {
                        categories.add(forms[lang]);
                    }
                }
                String[] positions = POSITIONS.getOrDefault(r.positions(), POSITIONS.get("ALL"));
                if (categories.isEmpty()) {
                    continue;
                }
                parts.add(positions[lang] + " " + (lang == 2 ? "of " : "") + joined(categories, lang) + " "
                        + place(r.scope(), where, lang));
            }
            if (parts.isEmpty()) {
                return null;
            }
            out[lang] = new String[]{"приглашенные ", "запрошаныя ", "invited "}[lang] + joined(parts, lang);
        }
        return new Texts(out[0], out[1], out[2]);
    }

    private static String place(String scope, Place where, int lang) {
        if ("COUNTRY".equals(scope)) {
            return new String[]{"Республики Беларусь", "Рэспублікі Беларусь", "of Belarus"}[lang];
        }
        boolean city = "CITY".equals(scope) || "CITY_DISTRICTS".equals(scope);
        if (city) {
            return new String[]{"г. " + where.nameRu(), "г. " + where.nameBe(), "of " + where.nameEn()}[lang];
        }
        return new String[]{where.ruGen(), where.beGen(), "of " + where.nameEn()}[lang];
    }

    private static String joined(List<String> items, int lang) {
        if (items.size() == 1) {
            return items.get(0);
        }
        String and = new String[]{" и ", " і ", " and "}[lang];
        return String.join(", ", items.subList(0, items.size() - 1)) + and + items.get(items.size() - 1);
    }
}

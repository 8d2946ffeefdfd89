package by.egov.academy.publishing.grammar;

/**
 * A counted noun's forms: Russian and Belarusian count with three forms (1 / 2–4 / 5–20) in the nominative
 * and two (1 / other) in the oblique cases; English needs singular and plural.
 *
 * @param one      nominative after 1, 21, 31… («район»)
 * @param few      nominative after 2–4, 22–24… («района»)
 * @param many     nominative after 5–20, 25–30… and genitive plural («районов»)
 * @param genitive genitive singular, after 1, 21… in oblique use («района»)
 */
public record Noun(String one, String few, String many, String genitive) {

    public static final Noun DISTRICT_RU = new Noun("район", "района", "районов", "района");
    public static final Noun DISTRICT_BE = new Noun("раён", "раёны", "раёнаў", "раёна");
    public static final Noun DISTRICT_EN = new Noun("district", "districts", "districts", "district");
    public static final Noun PERSON_RU = new Noun("человек", "человека", "человек", "человека");
    public static final Noun PERSON_BE = new Noun("чалавек", "чалавекі", "чалавек", "чалавека");
    public static final Noun PERSON_EN = new Noun("person", "people", "people", "person");
    public static final Noun SITE_RU = new Noun("площадка", "площадки", "площадок", "площадки");
    public static final Noun SITE_BE = new Noun("пляцоўка", "пляцоўкі", "пляцовак", "пляцоўкі");
    public static final Noun SITE_EN = new Noun("site", "sites", "sites", "site");
}

package by.egov.academy.publishing.news;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import by.egov.academy.publishing.grammar.Bodies;
import by.egov.academy.publishing.grammar.GrammarCheck;
import by.egov.academy.publishing.grammar.Morphology;
import by.egov.academy.publishing.news.SeminarFacts.Next;
import by.egov.academy.publishing.news.SeminarFacts.Place;
import by.egov.academy.publishing.news.SeminarFacts.Programme;
import by.egov.academy.publishing.news.SeminarFacts.Texts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer over a corpus of seminars the demo never had: 300 drawn at random from wide pools (hosts at every
 * territory level, ordinals 1–30, 0–25 sites, 0–8 experts, 1–10 topics, venues and organisations of every
 * grammatical shape, cycles with and without Belarusian and English titles, facts missing at random), each written in
 * Russian, Belarusian and English with the case forms the engine proposes on save, and checked by LanguageTool: no
 * match outside the allow-list, no «null», no empty quotes, no word twice in a row.
 */
class NewsCorpusTests {

    static final Locale RU = Locale.forLanguageTag("ru");
    static final Locale BE = Locale.forLanguageTag("be");
    static final Locale EN = Locale.ENGLISH;
    static final int SEMINARS = 300;

    /** Territories: level, ru, be, en, ru genitive, be genitive, ru adjective, be adjective. */
    static final String[][] PLACES = {
            {"OBLAST", "Брестская область", "Брэсцкая вобласць", "Brest Region", "Брестской области", "Брэсцкай вобласці", "Брестский", "Брэсцкі"},
            {"OBLAST", "Витебская область", "Віцебская вобласць", "Vitebsk Region", "Витебской области", "Віцебскай вобласці", "Витебский", "Віцебскі"},
            {"OBLAST", "Гомельская область", "Гомельская вобласць", "Gomel Region", "Гомельской области", "Гомельскай вобласці", "Гомельский", "Гомельскі"},
            {"OBLAST", "Гродненская область", "Гродзенская вобласць", "Grodno Region", "Гродненской области", "Гродзенскай вобласці", "Гродненский", "Гродзенскі"},
            {"OBLAST", "Минская область", "Мінская вобласць", "Minsk Region", "Минской области", "Мінскай вобласці", "Минский", "Мінскі"},
            {"OBLAST", "Могилёвская область", "Магілёўская вобласць", "Mogilev Region", "Могилёвской области", "Магілёўскай вобласці", "Могилёвский", "Магілёўскі"},
            {"CITY", "г. Минск", "г. Мінск", "Minsk", "г. Минска", "г. Мінска", "Минский", "Мінскі"},
            {"CITY", "г. Бобруйск", "г. Бабруйск", "Bobruisk", "г. Бобруйска", "г. Бабруйска", "Бобруйский", "Бабруйскі"},
            {"CITY", "г. Гродно", "г. Гродна", "Grodno", "г. Гродно", "г. Гродна", "Гродненский", "Гродзенскі"},
            {"DISTRICT", "Лидский район", "Лідскі раён", "Lida District", "Лидского района", "Лідскага раёна", "Лидский", "Лідскі"},
            {"DISTRICT", "Пинский район", "Пінскі раён", "Pinsk District", "Пинского района", "Пінскага раёна", "Пинский", "Пінскі"},
            {"DISTRICT", "Оршанский район", "Аршанскі раён", "Orsha District", "Оршанского района", "Аршанскага раёна", "Оршанский", "Аршанскі"},
    };

    /** Venues: ru, be (may be empty), en (may be empty); every shape a user types. */
    static final String[][] VENUES = {
            {"актовый зал Витебского областного исполнительного комитета", "актавая зала Віцебскага абласнога выканаўчага камітэта", "the assembly hall of the Vitebsk Regional Executive Committee"},
            {"Витебский областной исполнительный комитет", "Віцебскі абласны выканаўчы камітэт", "Vitebsk Regional Executive Committee"},
            {"Бобруйский городской исполнительный комитет", "Бабруйскі гарадскі выканаўчы камітэт", "Bobruisk City Executive Committee"},
            {"Актовый зал Могилёвского областного исполнительного комитета", "Актавая зала Магілёўскага абласнога выканаўчага камітэта", ""},
            {"Отдел регионального развития по Гродненской области ГУ «Администрация Парка высоких технологий»", "Аддзел рэгіянальнага развіцця па Гродзенскай вобласці ДУ «Адміністрацыя Парка высокіх тэхналогій»", ""},
            {"Дворец культуры железнодорожников", "Палац культуры чыгуначнікаў", "Railway Workers' Palace of Culture"},
            {"Областной центр информационных технологий", "Абласны цэнтр інфармацыйных тэхналогій", ""},
            {"Конференц-зал гостиницы «Беларусь»", "Канферэнц-зала гасцініцы «Беларусь»", "the conference hall of the Belarus Hotel"},
            {"ГУ «Гродненский областной центр занятости»", "ДУ «Гродзенскі абласны цэнтр занятасці»", ""},
            {"ОАО «Гродно Азот»", "ААТ «Гродна Азот»", "Grodno Azot JSC"},
            {"EPAM Systems", "EPAM Systems", "EPAM Systems"},
            {"Национальная библиотека Беларуси", "Нацыянальная бібліятэка Беларусі", "the National Library of Belarus"},
            {"Белорусский государственный университет информатики и радиоэлектроники", "Беларускі дзяржаўны ўніверсітэт інфарматыкі і радыёэлектронікі", "Belarusian State University of Informatics and Radioelectronics"},
            {"Пинский районный исполнительный комитет", "Пінскі раённы выканаўчы камітэт", ""},
            {"Малый зал Дома правительства", "Малая зала Дома ўрада", ""},
            {"Управление образования Лидского районного исполнительного комитета", "Упраўленне адукацыі Лідскага раённага выканаўчага камітэта", ""},
            {"Информационно-аналитический центр", "Інфармацыйна-аналітычны цэнтр", ""},
            {"Районный центр культуры", "Раённы цэнтр культуры", ""},
            {"Зал заседаний Оршанского районного исполнительного комитета", "Зала пасяджэнняў Аршанскага раённага выканаўчага камітэта", ""},
            {"Гомельский государственный технический университет", "Гомельскі дзяржаўны тэхнічны ўніверсітэт", ""},
            {"«Минск-Арена»", "«Мінск-Арэна»", "Minsk-Arena"},
            {"НИРУП «Институт прикладных программных систем»", "НДРУП «Інстытут прыкладных праграмных сістэм»", ""},
            {"Библиотека", "Бібліятэка", ""},
            {"Administrative Building of Hi-Tech Park", "", "the Administrative Building of Hi-Tech Park"},
            {"Центральная районная больница", "Цэнтральная раённая бальніца", ""},
            {"Учебный центр подготовки кадров", "Вучэбны цэнтр падрыхтоўкі кадраў", ""},
    };

    /** Organisations: category, ru, be, en. */
    static final String[][] ORGANISATIONS = {
            {"PARTNER_IT_COMPANY", "Microsoft Belarus", "Microsoft Belarus", "Microsoft Belarus"},
            {"PARTNER_IT_COMPANY", "ООО «Белорусские облачные технологии»", "ТАА «Беларускія воблачныя тэхналогіі»", "Belarusian Cloud Technologies LLC (beCloud)"},
            {"PARTNER_IT_COMPANY", "SAP СНГ в Беларуси", "SAP СНД у Беларусі", "SAP CIS in Belarus"},
            {"RESEARCH_INSTITUTE", "НИРУП «Институт прикладных программных систем»", "НДРУП «Інстытут прыкладных праграмных сістэм»", "the Republican Research Unitary Enterprise “Institute of Applied Software Systems”"},
            {"OTHER", "ГУ «Администрация Парка высоких технологий»", "ДУ «Адміністрацыя Парка высокіх тэхналогій»", "the State Institution “Administration of the High Technologies Park”"},
            {"PARTNER_IT_COMPANY", "EPAM Systems", "EPAM Systems", "EPAM Systems"},
            {"PARTNER_IT_COMPANY", "ОАО «Белтелеком»", "ААТ «Белтэлекам»", "Beltelecom JSC"},
            {"PARTNER_IT_COMPANY", "ЗАО «Итранзишн»", "ЗАТ «Ітранзішн»", "iTransition CJSC"},
            {"OTHER", "Национальный центр электронных услуг", "Нацыянальны цэнтр электронных паслуг", "the National Centre for Electronic Services"},
            {"OTHER", "Оперативно-аналитический центр при Президенте Республики Беларусь", "Аператыўна-аналітычны цэнтр пры Прэзідэнце Рэспублікі Беларусь", "the Operational and Analytical Centre under the President of the Republic of Belarus"},
            {"RESEARCH_INSTITUTE", "Белорусский государственный университет", "Беларускі дзяржаўны ўніверсітэт", "the Belarusian State University"},
            {"OTHER", "Республиканский центр обработки данных", "Рэспубліканскі цэнтр апрацоўкі даных", "the Republican Data Processing Centre"},
            {"OTHER", "Государственное предприятие «НЦЭУ»", "Дзяржаўнае прадпрыемства «НЦЭП»", "the State Enterprise “NCES”"},
            {"PARTNER_IT_COMPANY", "IBA Group", "IBA Group", "IBA Group"},
            {"PARTNER_IT_COMPANY", "СООО «Мобильные ТелеСистемы»", "СТАА «Мабільныя ТэлеСістэмы»", "Mobile TeleSystems JLLC"},
            {"OTHER", "Учреждение образования «Гродненский государственный университет имени Янки Купалы»", "Установа адукацыі «Гродзенскі дзяржаўны ўніверсітэт імя Янкі Купалы»", "the Educational Institution “Yanka Kupala State University of Grodno”"},
            {"OTHER", "Межведомственный совет по информатизации", "Міжведамасны савет па інфарматызацыі", "the Interdepartmental Council on Informatization"},
            {"PARTNER_IT_COMPANY", "A1", "A1", "A1"},
            {"OTHER", "Министерство цифрового развития", "Міністэрства лічбавага развіцця", "the Ministry of Digital Development"},
            {"RESEARCH_INSTITUTE", "Объединённый институт проблем информатики НАН Беларуси", "Аб'яднаны інстытут праблем інфарматыкі НАН Беларусі", "the United Institute of Informatics Problems of the National Academy of Sciences of Belarus"},
            {"OTHER", "Агентство по управлению государственным имуществом", "Агенцтва па кіраванні дзяржаўнай маёмасцю", "the State Property Management Agency"},
            {"PARTNER_IT_COMPANY", "Huawei", "Huawei", "Huawei"},
            {"OTHER", "Государственный комитет по науке и технологиям", "Дзяржаўны камітэт па навуцы і тэхналогіях", "the State Committee on Science and Technology"},
            {"OTHER", "Белорусская торгово-промышленная палата", "Беларуская гандлёва-прамысловая палата", "the Belarusian Chamber of Commerce and Industry"},
            {"OTHER", "Союз юристов", "Саюз юрыстаў", "the Union of Lawyers"},
    };

    /** Cycles: ru, be, en (may be empty). */
    static final String[][] CYCLES = {
            {"Цикл региональных семинаров по вопросам развития технологий электронного правительства", "Цыкл рэгіянальных семінараў па пытаннях развіцця тэхналогій электроннага ўрада", "Cycle of regional seminars on developing e-government technologies"},
            {"Второй цикл региональных семинаров", "Другі цыкл рэгіянальных семінараў", "Second cycle of regional seminars"},
            {"Цикл семинаров по цифровой трансформации", "", ""},
            {"Республиканский цикл семинаров для руководителей", "Рэспубліканскі цыкл семінараў для кіраўнікоў", ""},
            {"Новая программа обучения", "Новая праграма навучання", "New training programme"},
            {"Цикл обучающих семинаров", "", "Cycle of training seminars"},
    };

    /** Topics: ru, be, en. */
    static final String[][] TOPICS = {
            {"Цифровая трансформация городов", "Лічбавая трансфармацыя гарадоў", "Digital transformation of cities"},
            {"Электронные услуги", "Электронныя паслугі", "Electronic services"},
            {"Межведомственное взаимодействие", "Міжведамаснае ўзаемадзеянне", "Interagency cooperation"},
            {"Облачные технологии", "Воблачныя тэхналогіі", "Cloud technologies"},
            {"Информационная безопасность", "Інфармацыйная бяспека", "Information security"},
            {"Открытые данные", "Адкрытыя даныя", "Open data"},
            {"Управленческие информационные системы", "Кіраўніцкія інфармацыйныя сістэмы", "Management information systems"},
            {"Электронные архивы", "Электронныя архівы", "Electronic archives"},
            {"Качество работы государственных органов", "Якасць работы дзяржаўных органаў", "Quality of the work of state bodies"},
            {"Умный город", "Разумны горад", "Smart city"},
            {"Цифровая экономика", "Лічбавая эканоміка", "Digital economy"},
            {"Искусственный интеллект", "Штучны інтэлект", "Artificial intelligence"},
    };

    /** Audiences: ru, be, en (may be empty). */
    static final String[][] AUDIENCES = {
            {"Руководители и заместители руководителей местных исполнительных комитетов", "Кіраўнікі і намеснікі кіраўнікоў мясцовых выканаўчых камітэтаў", "Heads and deputy heads of local executive committees"},
            {"Более пятидесяти руководителей районных исполнительных комитетов", "Больш за пяцьдзясят кіраўнікоў раённых выканаўчых камітэтаў", "More than fifty heads of district executive committees"},
            {"Специалисты отделов информатизации", "Спецыялісты аддзелаў інфарматызацыі", ""},
            {"25 руководителей предприятий жилищно-коммунального хозяйства", "25 кіраўнікоў прадпрыемстваў жыллёва-камунальнай гаспадаркі", "25 heads of housing and utility companies"},
    };

    static final Pattern REPEATED = Pattern.compile("(?iU)\\b(\\w+)\\s+\\1\\b");

    @Test
    void threeHundredRandomSeminarsInThreeLanguagesHaveNoMatchOutsideTheAllowList() {
        long started = System.nanoTime();
        Random random = new Random(15);
        Map<String, Morphology.Proposal> proposals = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int texts = 0;
        int matches = 0;
        for (int i = 0; i < SEMINARS; i++) {
            SeminarFacts f = seminar(random, i, proposals);
            for (Locale language : List.of(RU, BE, EN)) {
                Draft d = NewsWriter.write(f, language);
                String text = d.title() + "\n\n" + d.body();
                texts++;
                List<GrammarCheck.Match> found = GrammarCheck.check(text, language);
                matches += found.size();
                for (GrammarCheck.Match m : found) {
                    problems.add(language + " " + m.rule() + " «" + m.text() + "» " + m.message() + " in: "
                            + text.substring(Math.max(0, m.from() - 60), Math.min(text.length(), m.to() + 60)).replace('\n', ' '));
                }
                if (text.contains("null") || text.contains("«»") || text.contains("“”") || text.contains("  ")) {
                    problems.add(language + " blank or null: " + text);
                }
                Matcher repeated = REPEATED.matcher(text);
                if (repeated.find()) {
                    problems.add(language + " repeated word «" + repeated.group() + "»: " + text);
                }
            }
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.println("NewsCorpusTests: " + SEMINARS + " seminars, " + texts + " texts, " + matches
                + " LanguageTool matches outside the allow-list, " + problems.size() + " problems, " + ms + " ms");
        problems.stream().distinct().limit(80).forEach(System.out::println);
        assertThat(texts).isEqualTo(SEMINARS * 3);
        assertThat(problems).isEmpty();
    }

    static SeminarFacts seminar(Random random, int n, Map<String, Morphology.Proposal> proposals) {
        String[] host = PLACES[random.nextInt(PLACES.length)];
        String[] oblast = PLACES[random.nextInt(6)];
        boolean inCycle = random.nextInt(5) > 0;
        String[] cycle = CYCLES[random.nextInt(CYCLES.length)];
        long cycleId = 100 + List.of(CYCLES).indexOf(cycle);
        String[] venue = VENUES[random.nextInt(VENUES.length)];
        long venueId = 200 + List.of(VENUES).indexOf(venue);
        boolean venueKnown = random.nextInt(8) > 0;
        Map<String, NameForms.CaseForms> forms = new HashMap<>();
        if (venueKnown) {
            put(forms, proposals, NameForms.VENUE, venueId, venue);
        }
        if (inCycle) {
            put(forms, proposals, NameForms.CYCLE, cycleId, cycle);
        }
        List<Bodies.Body> organisers = new ArrayList<>();
        organisers.add(new Bodies.Body(1, "MINISTRY", null, null, null, "Министерство связи и информатизации Республики Беларусь",
                "Міністэрства сувязі і інфарматызацыі Рэспублікі Беларусь",
                "Ministry of Communications and Informatization of the Republic of Belarus"));
        if (random.nextBoolean()) {
            String category = switch (host[0]) {
                case "CITY" -> "CITY_EXECUTIVE_COMMITTEE";
                case "DISTRICT" -> "DISTRICT_EXECUTIVE_COMMITTEE";
                default -> "OBLAST_EXECUTIVE_COMMITTEE";
            };
            String[] level = switch (host[0]) {
                case "CITY" -> new String[]{"городской", "гарадскі"};
                case "DISTRICT" -> new String[]{"районный", "раённы"};
                default -> new String[]{"областной", "абласны"};
            };
            organisers.add(new Bodies.Body(2, category, host[6], host[7], host[3], host[6] + " " + level[0] + " исполнительный комитет",
                    host[7] + " " + level[1] + " выканаўчы камітэт", null));
        }
        if (random.nextInt(3) == 0) {
            int o = random.nextInt(ORGANISATIONS.length);
            String[] org = ORGANISATIONS[o];
            organisers.add(new Bodies.Body(300 + o, org[0], null, null, null, org[1], blank(org[2]), blank(org[3])));
            put(forms, proposals, NameForms.ORGANISATION, 300 + o, org);
        }
        List<SeminarFacts.Organisation> experts = new ArrayList<>();
        int expertCount = random.nextInt(9);
        for (int e = 0; e < expertCount; e++) {
            int o = random.nextInt(ORGANISATIONS.length);
            if (experts.stream().noneMatch(x -> x.id() == 300 + o)) {
                String[] org = ORGANISATIONS[o];
                experts.add(new SeminarFacts.Organisation(300 + o, new Texts(org[1], blank(org[2]), blank(org[3]))));
            }
        }
        List<SeminarFacts.Role> others = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            String[] org = ORGANISATIONS[random.nextInt(ORGANISATIONS.length)];
            others.add(new SeminarFacts.Role(999, random.nextBoolean() ? "PARTNER" : "VENUE_HOST", new Texts(org[1], blank(org[2]), blank(org[3]))));
        }
        List<Texts> topics = new ArrayList<>();
        int topicCount = 1 + random.nextInt(10);
        for (int t = 0; t < topicCount; t++) {
            String[] topic = TOPICS[random.nextInt(TOPICS.length)];
            Texts tt = new Texts(topic[0], topic[1], topic[2]);
            if (!topics.contains(tt)) {
                topics.add(tt);
            }
        }
        String[] audience = AUDIENCES[random.nextInt(AUDIENCES.length)];
        LocalDate date = random.nextInt(12) == 0 ? null : LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3650));
        Place hostPlace = place(host);
        Place city = random.nextBoolean() ? place(PLACES[6 + random.nextInt(3)]) : null;
        int sites = random.nextInt(26);
        Place nextPlace = place(PLACES[random.nextInt(PLACES.length)]);
        return new SeminarFacts(n, "HELD", inCycle ? 1 + random.nextInt(30) : null,
                inCycle ? new Texts(cycle[0], blank(cycle[1]), blank(cycle[2])) : new Texts(null, null, null),
                new Texts("Семинар по вопросам электронного правительства", "Семінар па пытаннях электроннага ўрада",
                        random.nextBoolean() ? "Seminar on e-government" : null),
                date, "10:00", date == null ? null : YearMonth.from(date), organisers,
                venueKnown ? new Texts(venue[0], blank(venue[1]), blank(venue[2])) : new Texts(null, null, null), city, hostPlace,
                random.nextInt(6) == 0 ? new Texts(null, null, null) : new Texts(audience[0], audience[1], blank(audience[2])),
                random.nextInt(3) == 0 ? random.nextInt(80) : 0, sites, sites > 0 ? place(oblast) : null, experts, topics,
                random.nextInt(4) == 0 ? new Texts(null, null, null)
                        : new Texts("Обмен мнениями показал пользу подобных мероприятий.", "Абмен меркаваннямі паказаў карысць падобных мерапрыемстваў.",
                        "The exchange of views showed the value of such events."),
                new Programme(new Texts("Проект по постоянному наращиванию компетенций руководителей",
                        "Праект па пастаянным нарошчванні кампетэнцый кіраўнікоў", "The project of building senior officials' competences"),
                        new Texts(null, null, null), 2016),
                random.nextBoolean() ? new Next(nextPlace, date == null ? null : YearMonth.from(date).plusMonths(1)) : null,
                new SeminarFacts.Records(random.nextInt(4) == 0 ? "REPUBLIC" : "REGIONAL", others, 0, venueId, cycleId,
                        new NameForms(forms)));
    }

    static Place place(String[] p) {
        return new Place(p[0], p[1], p[2], p[3], p[4], p[5], null, null);
    }

    static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The forms the engine proposes when the name is saved (as {@link NameFormService} stores them). */
    static void put(Map<String, NameForms.CaseForms> forms, Map<String, Morphology.Proposal> proposals, String entity, long id,
                    String[] names) {
        int ru = names.length == 4 ? 1 : 0;
        for (String language : List.of("ru", "be")) {
            String name = blank(names[language.equals("ru") ? ru : ru + 1]);
            if (name == null) {
                continue;
            }
            Morphology.Proposal p = proposals.computeIfAbsent(language + ":" + name,
                    k -> Morphology.propose(name, Locale.forLanguageTag(language)));
            forms.put(NameForms.key(entity, id, language), new NameForms.CaseForms(name, p.genitive(), p.prepositional(), p.instrumental()));
        }
    }
}

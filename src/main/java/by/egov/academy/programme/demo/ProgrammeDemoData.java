package by.egov.academy.programme.demo;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import by.egov.academy.directory.Directory;
import by.egov.academy.directory.TerritoryRef;
import by.egov.academy.platform.EgovProperties;
import by.egov.academy.programme.seminar.AgendaRepository;
import by.egov.academy.programme.seminar.SeminarRepository;
import by.egov.academy.programme.seminar.SiteRepository;
import by.egov.academy.programme.seminar.OrganiserEntry;
import by.egov.academy.programme.OrganiserRole;
import by.egov.academy.programme.seminar.SeminarCommand;
import by.egov.academy.programme.seminar.TalkCommand;
import by.egov.academy.programme.expert.ExpertCommand;
import by.egov.academy.programme.topic.TopicCommand;
import by.egov.academy.programme.venue.VenueCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The programme as the ministry's news item of 8 September 2017 tells it (shared/reference): the
 * programme started in 2016, the first cycle of regional seminars, its first seminar in Grodno —
 * reported, with the organisers, audience, experts' organisations, topics, 16 district sites and the
 * outcome of the item — and the second seminar planned for Brest oblast in October 2017. The item
 * gives no times, talk titles or speakers' names: those are illustrative and marked so in the data.
 */
@Component
@Order(30)
class ProgrammeDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeDemoData.class);
    static final String PROGRAMME = "Проект по постоянному наращиванию компетенций руководителей высшего звена в сфере электронного правительства";
    static final String CYCLE = "Цикл региональных семинаров по вопросам развития технологий электронного правительства";
    static final String SEMINAR = "Семинар по вопросам развития технологий электронного правительства для руководителей местных исполнительных органов государственного управления";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final EgovProperties properties;
    private final SeminarRepository repository;
    private final AgendaRepository agenda;
    private final SiteRepository sites;
    private final Directory directory;
    private final by.egov.academy.identity.SiteOperators operators;

    private final by.egov.academy.identity.Acting acting;
    private final by.egov.academy.programme.seminar.SeminarService seminars;
    private final by.egov.academy.programme.seminar.AgendaService agendaService;
    private final by.egov.academy.programme.topic.TopicService topics;
    private final by.egov.academy.programme.expert.ExpertCatalog experts;
    private final by.egov.academy.programme.venue.VenueService venues;

    ProgrammeDemoData(by.egov.academy.identity.Acting acting, by.egov.academy.programme.seminar.SeminarService seminars,
                      by.egov.academy.programme.seminar.AgendaService agendaService,
                      by.egov.academy.programme.topic.TopicService topics,
                      by.egov.academy.programme.expert.ExpertCatalog experts,
                      by.egov.academy.programme.venue.VenueService venues, JdbcClient jdbc, TransactionTemplate tx, EgovProperties properties,
                      AgendaRepository agenda, SiteRepository sites, SeminarRepository repository, Directory directory,
                      by.egov.academy.identity.SiteOperators operators) {
        this.acting = acting;
        this.seminars = seminars;
        this.agendaService = agendaService;
        this.topics = topics;
        this.experts = experts;
        this.venues = venues;
        this.operators = operators;
        this.jdbc = jdbc;
        this.tx = tx;
        this.properties = properties;
        this.repository = repository;
        this.agenda = agenda;
        this.sites = sites;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()) {
            return;
        }
        Boolean loaded = tx.execute(s -> {
            jdbc.sql("select pg_advisory_xact_lock(727001)").query((rs, n) -> 1).single();
            boolean present = !repository.cyclesOfAll().isEmpty();
            if (!present) {
                load();
            }
            return !present;
        });
        if (!Boolean.TRUE.equals(loaded)) {
            return;
        }
        tx.executeWithoutResult(st -> acting.as("admin", () -> {
            bobruisk();
            return null;
        }));
        log.info("Demo data loaded: the programme, its first regional cycle, the Grodno seminar of 8 September 2017 "
                + "and the Brest seminar planned for October 2017; the Bobruisk city seminar of 23 November 2017");
    }

    private long org(String name) {
        return jdbc.sql("select id from organisation where name_ru = :n").param("n", name).query(Long.class).single();
    }

    private void load() {
        // the programme itself is reference data (V8): the demo adds its first cycle and seminars
        long programme = repository.programmes().get(0).id();
        long cycle = jdbc.sql("""
                        insert into cycle (programme_id, title_ru, title_be, title_en) values (:p, :ru, :be, :en) returning id
                        """)
                .param("p", programme).param("ru", CYCLE)
                .param("be", "Цыкл рэгіянальных семінараў па пытаннях развіцця тэхналогій электроннага ўрада")
                .param("en", "Cycle of regional seminars on developing e-government technologies")
                .query(Long.class).single();

        TerritoryRef grodnoOblast = directory.territoryByCode("BY-HR").orElseThrow();
        TerritoryRef brestOblast = directory.territoryByCode("BY-BR").orElseThrow();
        long grodnoCity = jdbc.sql("select id from territory where level = 'CITY' and name_ru = 'Гродно'")
                .query(Long.class).single();
        String htpOffice = "Отдел регионального развития по Гродненской области ГУ «Администрация Парка высоких технологий»";
        long venue = repository.insertVenue(htpOffice,
                "Аддзел рэгіянальнага развіцця па Гродзенскай вобласці ДУ «Адміністрацыя Парка высокіх тэхналогій»",
                null, grodnoCity, org(htpOffice), null);

        String audience = "Приглашенные представители руководителей Гродненского областного, городского, районного "
                + "исполнительных комитетов, администраций Октябрьского и Ленинского районов г. Гродно и ряда предприятий "
                + "города, оказывающих услуги в жилищно-коммунальной сфере; представители 16 районов Гродненской области "
                + "по видеоконференцсвязи.";
        long grodno = repository.insertSeminar(new SeminarCommand(cycle, grodnoOblast.id(), SEMINAR,
                "Семінар па пытаннях развіцця тэхналогій электроннага ўрада для кіраўнікоў мясцовых выканаўчых органаў дзяржаўнага кіравання",
                "Seminar on developing e-government technologies for the heads of local executive bodies",
                YearMonth.of(2017, 9), LocalDateTime.of(2017, 9, 8, 10, 0), LocalDateTime.of(2017, 9, 8, 14, 0),
                venue, audience,
                "Запрошаныя прадстаўнікі кіраўнікоў Гродзенскага абласнога, гарадскога, раённага выканаўчых камітэтаў, "
                        + "адміністрацый Кастрычніцкага і Ленінскага раёнаў г. Гродна і шэрагу прадпрыемстваў горада, якія "
                        + "аказваюць паслугі ў жыллёва-камунальнай сферы; прадстаўнікі 16 раёнаў Гродзенскай вобласці па "
                        + "відэаканферэнцсувязі.",
                "Invited heads of the Grodno Regional, City and District Executive Committees, the administrations of "
                        + "the Oktyabrsky and Leninsky Districts of Grodno and of several city enterprises providing housing "
                        + "and utility services; 16 districts of Grodno Region by videoconference."), programme, 1, "REGIONAL");
        repository.setOrganisers(grodno, List.of(
                new OrganiserEntry(org("Министерство связи и информатизации Республики Беларусь"), OrganiserRole.ORGANISER),
                new OrganiserEntry(org("Гродненский областной исполнительный комитет"), OrganiserRole.CO_ORGANISER)));
        repository.updateOutcome(grodno,
                "Состоявшийся по итогам выступлений экспертов заинтересованный обмен мнениями на практике показал "
                        + "положительный эффект подобных мероприятий, позволив сформировать у участников семинара понимание "
                        + "сущности происходящих процессов в сфере электронного правительства, сфокусировать их внимание на "
                        + "первостепенных задачах в данном направлении, решение которых позволит получить максимальный эффект "
                        + "как для каждого региона, отрасли, так и для государства в целом.",
                "Зацікаўлены абмен меркаваннямі, які адбыўся па выніках выступленняў экспертаў, на практыцы паказаў "
                        + "станоўчы эфект падобных мерапрыемстваў, дазволіўшы сфарміраваць ва ўдзельнікаў семінара разуменне "
                        + "сутнасці працэсаў, якія адбываюцца ў сферы электроннага ўрада, засяродзіць іх увагу на першачарговых "
                        + "задачах у гэтым кірунку, рашэнне якіх дазволіць атрымаць максімальны эфект як для кожнага рэгіёна, "
                        + "галіны, так і для дзяржавы ў цэлым.",
                "The lively exchange of views that followed the experts' talks showed in practice the positive effect of "
                        + "such events: it gave the participants an understanding of the processes under way in e-government "
                        + "and focused their attention on the priority tasks in this area, whose solution will bring the "
                        + "greatest benefit to each region and sector and to the state as a whole.");
        jdbc.sql("update seminar set illustrative_note = :n where id = :id")
                .param("n", "Время начала и окончания, названия докладов и имена докладчиков в новости не указаны: "
                        + "они иллюстративные. Остальное — по новости Министерства связи и информатизации от 8.09.2017.")
                .param("id", grodno).update();

        long microsoft = expert("Эксперт Microsoft Belarus", "Microsoft Belarus");
        // the demo expert account speaks for Microsoft Belarus, so it can edit that talk and its materials
        jdbc.sql("update expert set account_id = (select id from account where username = 'expert') where id = :e")
                .param("e", microsoft).update();
        long becloud = expert("Эксперт ООО «Белорусские облачные технологии»", "ООО «Белорусские облачные технологии»");
        long sap = expert("Эксперт SAP СНГ в Беларуси", "SAP СНГ в Беларуси");
        long iaps = expert("Эксперт НИРУП «Институт прикладных программных систем»",
                "НИРУП «Институт прикладных программных систем»");
        talk(grodno, "DISCUSSION", "Открытие семинара", 10, 0, 10, 15, List.of(), List.of());
        talk(grodno, "TALK", "Цифровая трансформация городов", 10, 15, 10, 55, List.of(microsoft), List.of("DIGITAL_CITY"));
        talk(grodno, "TALK", "Облачные технологии для государственных органов и организаций", 10, 55, 11, 35,
                List.of(becloud), List.of("CLOUD"));
        talk(grodno, "BREAK", "Перерыв", 11, 35, 11, 50, List.of(), List.of());
        talk(grodno, "TALK", "Современные высокотехнологичные методы повышения качества работы государственных органов",
                11, 50, 12, 30, List.of(sap), List.of("GOV_QUALITY", "ERP"));
        talk(grodno, "TALK", "Комфортная среда для жизни граждан: электронные услуги региона", 12, 30, 13, 10,
                List.of(iaps), List.of("CITIZEN_SERVICES"));
        talk(grodno, "DISCUSSION", "Обмен мнениями", 13, 10, 14, 0, List.of(), List.of());

        // every district of the oblast but the Grodno district, whose seat is the venue city
        for (TerritoryRef d : directory.districtsOf(grodnoOblast.id())) {
            if (!"Гродно".equals(d.centreRu())) {
                sites.insertRemoteSite(grodno, d.id(), null, null, null, operators.operatorOf(d.id()).orElse(null));
            }
        }
        for (String[] step : new String[][]{{null, "PLANNED"}, {"PLANNED", "ANNOUNCED"},
                {"ANNOUNCED", "REGISTRATION_OPEN"}, {"REGISTRATION_OPEN", "HELD"}, {"HELD", "REPORTED"}}) {
            repository.setStatus(grodno, step[0], step[1], "demo");
        }

        long brest = repository.insertSeminar(new SeminarCommand(cycle, brestOblast.id(), SEMINAR,
                "Семінар па пытаннях развіцця тэхналогій электроннага ўрада для кіраўнікоў мясцовых выканаўчых органаў дзяржаўнага кіравання",
                "Seminar on developing e-government technologies for the heads of local executive bodies",
                YearMonth.of(2017, 10), null, null, null, null, null, null), programme, 2, "REGIONAL");
        repository.setOrganisers(brest, List.of(
                new OrganiserEntry(org("Министерство связи и информатизации Республики Беларусь"), OrganiserRole.ORGANISER),
                new OrganiserEntry(org("Брестский областной исполнительный комитет"), OrganiserRole.CO_ORGANISER)));
        repository.setStatus(brest, null, "PLANNED", "demo");
        repository.setNext(grodno, brest);
    }

    private long expert(String name, String organisation) {
        return repository.insertExpert(name, "Эксперт (имя в новости не указано)", org(organisation), null);
    }

    private void talk(long seminar, String kind, String title, int h1, int m1, int h2, int m2, List<Long> experts,
                      List<String> topicCodes) {
        List<Long> topics = repository.topics().stream().filter(t -> topicCodes.contains(t.code())).map(t -> t.id()).toList();
        agenda.insertTalk(seminar, new TalkCommand(kind, title, null, null, LocalDateTime.of(2017, 9, 8, h1, m1),
                LocalDateTime.of(2017, 9, 8, h2, m2), experts, topics), true);
    }

    /**
     * A second, different shape of event, entered through the same services (and access checks) a programme
     * officer's pages use: a seminar hosted by a city executive committee, outside the cycle, with a university
     * as partner, its own experts and topics, held.
     */
    private void bobruisk() {
        long city = directory.territoryByCode("BY-MA-C-BABRUYSK").orElseThrow().id();
        long cityCommittee = org("Бобруйский городской исполнительный комитет");
        long university = directory.partnerOrganisation("Белорусский государственный университет информатики и радиоэлектроники",
                "Беларускі дзяржаўны ўніверсітэт інфарматыкі і радыёэлектронікі",
                "Belarusian State University of Informatics and Radioelectronics", "UNIVERSITY", "BY-HM").id();
        long openData = topics.create(new TopicCommand(null, "Открытые данные органов власти",
                "Адкрытыя даныя органаў улады", "Open government data"));
        long skills = topics.create(new TopicCommand(null, "Цифровые навыки государственных служащих",
                "Лічбавыя навыкі дзяржаўных служачых", "Digital skills of civil servants"));
        long lecturer = experts.create(new ExpertCommand("Эксперт БГУИР по открытым данным", "Доцент кафедры",
                "Дацэнт кафедры", "Associate professor", university, null, null, null, null, null, "ru"));
        long trainer = experts.create(new ExpertCommand("Эксперт БГУИР по цифровым навыкам", "Руководитель программ обучения",
                "Кіраўнік праграм навучання", "Head of training programmes", university, null, null, null, null, null, "ru"));
        long hall = venues.create(new VenueCommand("Актовый зал Бобруйского городского исполнительного комитета",
                "Актавая зала Бабруйскага гарадскога выканаўчага камітэта",
                "Assembly hall of the Babruysk City Executive Committee", "г. Бобруйск, ул. Социалистическая, 98",
                "г. Бабруйск, вул. Сацыялістычная, 98", "98 Satsyyalistychnaya St, Babruysk", city, cityCommittee, 120,
                null, null, null));
        long seminar = seminars.create(new SeminarCommand(null, city,
                "Семинар по открытым данным для руководителей органов власти Бобруйска",
                "Семінар па адкрытых даных для кіраўнікоў органаў улады Бабруйска",
                "Seminar on open data for the heads of Babruysk authorities", YearMonth.of(2017, 11),
                LocalDateTime.of(2017, 11, 23, 10, 0), LocalDateTime.of(2017, 11, 23, 13, 0), hall,
                "Руководители структурных подразделений Бобруйского горисполкома и подчинённых организаций.",
                "Кіраўнікі структурных падраздзяленняў Бабруйскага гарвыканкама і падпарадкаваных арганізацый.",
                "Heads of the departments of the Babruysk City Executive Committee and its subordinate organisations.",
                by.egov.academy.programme.SeminarKind.REGIONAL_SEMINAR, by.egov.academy.programme.SeminarLevel.REGIONAL,
                null, null, null, List.of(
                new OrganiserEntry(org("Министерство связи и информатизации Республики Беларусь"), OrganiserRole.ORGANISER),
                new OrganiserEntry(cityCommittee, OrganiserRole.CO_ORGANISER),
                new OrganiserEntry(university, OrganiserRole.PARTNER))));
        agendaService.addTalk(seminar, new TalkCommand("TALK", "Открытые данные: что публиковать и зачем",
                "Адкрытыя даныя: што публікаваць і навошта", "Open data: what to publish and why",
                LocalDateTime.of(2017, 11, 23, 10, 0), LocalDateTime.of(2017, 11, 23, 11, 15), List.of(lecturer), List.of(openData)));
        agendaService.addTalk(seminar, new TalkCommand("TALK", "Цифровые навыки для руководителей",
                "Лічбавыя навыкі для кіраўнікоў", "Digital skills for managers",
                LocalDateTime.of(2017, 11, 23, 11, 30), LocalDateTime.of(2017, 11, 23, 12, 30), List.of(trainer), List.of(skills)));
        agendaService.addTalk(seminar, new TalkCommand("DISCUSSION", "Вопросы и ответы", "Пытанні і адказы",
                "Questions and answers", LocalDateTime.of(2017, 11, 23, 12, 30), LocalDateTime.of(2017, 11, 23, 13, 0),
                List.of(), List.of()));
        for (var status : List.of(by.egov.academy.programme.SeminarStatus.ANNOUNCED,
                by.egov.academy.programme.SeminarStatus.REGISTRATION_OPEN, by.egov.academy.programme.SeminarStatus.HELD)) {
            seminars.changeStatus(seminar, status);
        }
    }
}

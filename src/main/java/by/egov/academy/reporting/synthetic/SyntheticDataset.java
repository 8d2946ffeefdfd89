package by.egov.academy.reporting.synthetic;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A national-scale synthetic programme on top of the real territories and reference organisations: organisations
 * in every district, officials with Russian names and positions by organisation category, ten years of regional
 * seminars in yearly cycles and republic-level events, talks tagged with competences, invitations with attendance
 * in person at the host or at the district's site, named surveys with self-assessed levels and wished-for topics.
 * Deterministic for a seed and a starting database. Loaded with COPY in one transaction with the row triggers off
 * for it (audit log, reporting summaries); the derived tables (competence evidence, coverage summary) are then
 * filled set-based, exactly as the triggers would have.
 */
final class SyntheticDataset {

    private static final Logger log = LoggerFactory.getLogger(SyntheticDataset.class);
    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
    /** What the generated seminars carry in {@code illustrative_note}: how the dataset is recognised. */
    static final String MARK = "synthetic dataset";

    /** How much to make. */
    record Scale(int organisations, int officials, int firstYear, int years) {
        static Scale national() {
            return new Scale(2_500, 50_000, 2016, 10);
        }

        /** One {@code divisor}-th of the national scale's people and organisations, over {@code years} years. */
        static Scale fraction(int divisor, int years) {
            return new Scale(Math.max(200, 2_500 / divisor), 50_000 / divisor, 2016, years);
        }
    }

    /** What was loaded, and how long it took. */
    record Result(long organisations, long officials, long seminars, long invitations, long attended,
                  long evidence, long responses, long answers, long millis) {
    }

    /** Categories a seminar's audience is drawn from: the local executive bodies and their services. */
    private static final List<String> TARGET = List.of("OBLAST_EXECUTIVE_COMMITTEE", "CITY_EXECUTIVE_COMMITTEE",
            "DISTRICT_EXECUTIVE_COMMITTEE", "CITY_DISTRICT_ADMINISTRATION", "HOUSING_UTILITIES", "OTHER");

    private static final String[][] DISTRICT_ORGS = {
            {"HOUSING_UTILITIES", "Жилищно-коммунальное хозяйство"},
            {"HOUSING_UTILITIES", "Водоканал"},
            {"OTHER", "Отдел по образованию"},
            {"OTHER", "Финансовый отдел"},
            {"OTHER", "Отдел экономики"},
            {"OTHER", "Отдел идеологической работы и по делам молодёжи"},
            {"OTHER", "Управление по труду, занятости и социальной защите"},
            {"OTHER", "Отдел архитектуры и строительства"},
            {"OTHER", "Управление сельского хозяйства и продовольствия"},
            {"OTHER", "Отдел записи актов гражданского состояния"},
            {"OTHER", "Центральная районная больница"},
            {"OTHER", "Территориальный центр социального обслуживания населения"},
            {"OTHER", "Районный центр гигиены и эпидемиологии"},
            {"OTHER", "Отдел спорта и туризма"},
            {"OTHER", "Отдел культуры"},
            {"OTHER", "Инспекция по налогам и сборам"},
            {"OTHER", "Районный узел почтовой связи"},
            {"OTHER", "Землеустроительная служба"},
            {"OTHER", "Отдел по чрезвычайным ситуациям"},
            {"OTHER", "Редакция районной газеты"}};
    private static final String[] REGION_ORGS = {"Главное управление образования", "Главное финансовое управление",
            "Комитет экономики", "Главное управление идеологической работы", "Комитет по труду, занятости и социальной защите",
            "Управление здравоохранения", "Комитет по архитектуре и строительству", "Управление юстиции"};
    private static final String[] PARTNERS = {"ЭПАМ Системз", "Белтелеком", "Национальный центр электронных услуг",
            "БелХард Групп", "Итранзишн", "Софтклуб", "IBA Group", "Белорусская облачная платформа", "А1 Беларусь",
            "Национальный центр обмена трафиком", "Агентство сервисизации и реинжиниринга", "Центр цифрового развития",
            "Белинтерсофт", "Гомельские информационные системы", "Сервисдеск"};
    private static final String[] POSITIONS_OTHER = {"Начальник отдела", "Начальник сектора", "Главный специалист",
            "Ведущий специалист", "Специалист I категории", "Консультант"};

    private final DataSource dataSource;
    private final Scale scale;
    private final long seed;

    SyntheticDataset(DataSource dataSource, Scale scale, long seed) {
        this.dataSource = dataSource;
        this.scale = scale;
        this.seed = seed;
    }

    // ---- what the generator keeps in memory: compact arrays, no row objects for the big tables

    private record Territory(long id, String level, long regionId, String nameRu, String gen) {
    }

    private record Org(long id, String category, long territoryId) {
    }

    private long started;
    private final Map<Long, Territory> territories = new HashMap<>();
    private final List<Territory> regions = new ArrayList<>();
    private final List<Org> orgs = new ArrayList<>();
    // officials: id, organisation index, leadership (0 head, 1 deputy, 2 other)
    private long[] officialIds;
    private int[] officialOrg;
    private byte[] officialRank;
    private int officialCount;

    Result generate() throws SQLException {
        started = System.nanoTime();
        SplittableRandom rnd = new SplittableRandom(seed);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<String> silenced = silenceTriggers(c);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            readReference(c);
            long seminarFloor = single(c, "select coalesce(max(id), 0) from seminar");
            long orgsBefore = single(c, "select count(*) from organisation");
            organisations(c, copy, rnd);
            officials(c, copy, rnd);
            Programme programme = programme(c, copy, rnd);
            long[] counts = invitations(c, copy, rnd, programme);
            long[] survey = surveys(c, copy, rnd, programme);
            lap("surveys");
            long evidence = derived(c, seminarFloor);
            lap("evidence and coverage summary");
            for (String table : silenced) {
                exec(c, "alter table " + table + " enable trigger user");
            }
            c.commit();
            try (Statement st = c.createStatement()) {
                c.setAutoCommit(true);
                st.execute("analyze");
            }
            lap("analyze");
            return new Result(single(c, "select count(*) from organisation") - orgsBefore, officialCount,
                    programme.seminars.size(), counts[0], counts[1], evidence, survey[0], survey[1],
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private void lap(String what) {
        log.info("Synthetic data: {} done at {} ms", what, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The audit trigger and the reporting triggers are off for the load: a superuser's session runs as a replica
     * (no user triggers, no foreign-key triggers — the generator makes only valid references, and the test checks
     * them); a table owner disables the user triggers of the loaded tables inside this transaction instead.
     * Returns the tables to switch back on before commit.
     */
    private static List<String> silenceTriggers(Connection c) throws SQLException {
        if (single(c, "select case when rolsuper then 1 else 0 end from pg_roles where rolname = current_user") == 1) {
            exec(c, "set local session_replication_role = replica");
            return List.of();
        }
        List<String> tables = List.of("organisation", "official", "cycle", "venue", "seminar", "seminar_organiser",
                "expert", "talk", "talk_speaker", "talk_topic", "talk_competence", "remote_site", "invitation", "survey",
                "survey_question", "survey_response", "survey_answer", "survey_receipt");
        for (String t : tables) {
            exec(c, "alter table " + t + " disable trigger user");
        }
        return tables;
    }

    private void readReference(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select id, level, region_id, name_ru, ru_gen from territory order by sort_order, id")) {
            while (rs.next()) {
                Territory t = new Territory(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5));
                territories.put(t.id, t);
                if (t.level.equals("OBLAST") || t.level.equals("CITY_OF_REPUBLIC")) {
                    regions.add(t);
                }
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select id, category, territory_id from organisation order by id")) {
            while (rs.next()) {
                orgs.add(new Org(rs.getLong(1), rs.getString(2), rs.getLong(3)));
            }
        }
    }

    // ---- organisations

    private void organisations(Connection c, CopyManager copy, SplittableRandom rnd) throws SQLException {
        long next = single(c, "select coalesce(max(id), 0) + 1 from organisation");
        int wanted = scale.organisations - orgs.size();
        List<String[]> planned = new ArrayList<>(); // category, name, territory id
        Territory minsk = regions.stream().filter(r -> r.level.equals("CITY_OF_REPUBLIC")).findFirst().orElseThrow();
        for (String partner : PARTNERS) {
            planned.add(new String[]{"PARTNER_IT_COMPANY", "ООО «" + partner + "»", Long.toString(minsk.id)});
        }
        planned.add(new String[]{"RESEARCH_INSTITUTE", "ОАО «Научно-исследовательский институт электронного правительства»",
                Long.toString(minsk.id)});
        for (Territory region : regions) {
            for (String name : REGION_ORGS) {
                planned.add(new String[]{"OTHER", name + " " + region.gen, Long.toString(region.id)});
            }
        }
        List<Territory> districts = territories.values().stream()
                .filter(t -> t.level.equals("DISTRICT") || t.level.equals("CITY_DISTRICT"))
                .sorted(java.util.Comparator.comparingLong(Territory::id)).toList();
        // round after round over the districts, one more service each, until the wanted number is planned
        for (int round = 0; planned.size() < wanted && round < DISTRICT_ORGS.length * 4; round++) {
            for (Territory d : districts) {
                if (planned.size() >= wanted) {
                    break;
                }
                String[] template = DISTRICT_ORGS[round % DISTRICT_ORGS.length];
                String suffix = round < DISTRICT_ORGS.length ? "" : " № " + (round / DISTRICT_ORGS.length + 1);
                planned.add(new String[]{template[0], template[1] + " " + d.gen + suffix, Long.toString(d.id)});
            }
        }
        if (planned.size() > wanted) {
            planned = planned.subList(0, Math.max(0, wanted)); // a small scale: partners first, they give the talks
        }
        try (CopyStream s = new CopyStream(copy, "organisation", "id, name_ru, category, territory_id, address")) {
            for (String[] p : planned) {
                long id = next++;
                s.l(id).s(p[1]).s(p[0]).l(Long.parseLong(p[2])).nul().end();
                orgs.add(new Org(id, p[0], Long.parseLong(p[2])));
            }
        }
        exec(c, "select setval(pg_get_serial_sequence('organisation', 'id'), (select max(id) from organisation))");
    }

    // ---- officials

    private static int weight(String category) {
        return switch (category) {
            case "OBLAST_EXECUTIVE_COMMITTEE" -> 60;
            case "CITY_EXECUTIVE_COMMITTEE" -> 40;
            case "DISTRICT_EXECUTIVE_COMMITTEE" -> 45;
            case "CITY_DISTRICT_ADMINISTRATION" -> 35;
            case "MINISTRY" -> 30;
            case "HOUSING_UTILITIES" -> 20;
            case "PARTNER_IT_COMPANY" -> 6;
            case "RESEARCH_INSTITUTE" -> 8;
            default -> 16;
        };
    }

    private void officials(Connection c, CopyManager copy, SplittableRandom rnd) throws SQLException {
        long next = single(c, "select coalesce(max(id), 0) + 1 from official");
        int n = scale.officials;
        officialIds = new long[n];
        officialOrg = new int[n];
        officialRank = new byte[n];
        long total = orgs.stream().mapToLong(o -> weight(o.category)).sum();
        int[] perOrg = new int[orgs.size()];
        int assigned = 0;
        for (int i = 0; i < orgs.size(); i++) {
            perOrg[i] = (int) (n * (long) weight(orgs.get(i).category) / total);
            assigned += perOrg[i];
        }
        for (int i = 0; assigned < n; i = (i + 1) % orgs.size()) {
            perOrg[i]++;
            assigned++;
        }
        try (CopyStream s = new CopyStream(copy, "official",
                "id, full_name, position, leadership, organisation_id, email, phone, language")) {
            int k = 0;
            for (int o = 0; o < orgs.size(); o++) {
                Org org = orgs.get(o);
                int deputies = Math.max(1, Math.min(4, perOrg[o] / 8));
                for (int j = 0; j < perOrg[o]; j++) {
                    byte rank = (byte) (j == 0 ? 0 : j <= deputies ? 1 : 2);
                    long id = next++;
                    s.l(id).s(RussianNames.fullName(rnd)).s(position(org.category, rank, rnd))
                            .s(rank == 0 ? "HEAD" : rank == 1 ? "DEPUTY_HEAD" : "OTHER").l(org.id)
                            .s("official" + id + "@org" + org.id + ".synthetic.example.by").nul()
                            .s(rnd.nextInt(100) < 12 ? "be" : "ru").end();
                    officialIds[k] = id;
                    officialOrg[k] = o;
                    officialRank[k] = rank;
                    k++;
                }
            }
            officialCount = k;
        }
        exec(c, "select setval(pg_get_serial_sequence('official', 'id'), (select max(id) from official))");
    }

    private static String position(String category, byte rank, SplittableRandom rnd) {
        String body = switch (category) {
            case "OBLAST_EXECUTIVE_COMMITTEE" -> "областного исполнительного комитета";
            case "CITY_EXECUTIVE_COMMITTEE" -> "городского исполнительного комитета";
            case "DISTRICT_EXECUTIVE_COMMITTEE" -> "районного исполнительного комитета";
            case "CITY_DISTRICT_ADMINISTRATION" -> "администрации района";
            default -> null;
        };
        if (body != null) {
            return switch (rank) {
                case 0 -> category.equals("CITY_DISTRICT_ADMINISTRATION") ? "Глава " + body : "Председатель " + body;
                case 1 -> (category.equals("CITY_DISTRICT_ADMINISTRATION") ? "Заместитель главы " : "Заместитель председателя ") + body;
                default -> POSITIONS_OTHER[rnd.nextInt(POSITIONS_OTHER.length)];
            };
        }
        return switch (category) {
            case "HOUSING_UTILITIES", "PARTNER_IT_COMPANY", "RESEARCH_INSTITUTE" -> rank == 0 ? "Директор"
                    : rank == 1 ? "Заместитель директора" : rnd.nextBoolean() ? "Главный инженер" : "Ведущий инженер";
            case "MINISTRY" -> rank == 0 ? "Начальник главного управления" : rank == 1 ? "Заместитель начальника управления"
                    : "Консультант";
            default -> rank == 0 ? "Начальник" : rank == 1 ? "Заместитель начальника"
                    : POSITIONS_OTHER[rnd.nextInt(POSITIONS_OTHER.length)];
        };
    }

    // ---- the programme: cycles, seminars, talks, sites

    private record Seminar(long id, boolean republic, Territory host, LocalDateTime start, List<Long> competences,
                           List<Long> talks, Map<Long, Long> siteByTerritory) {
    }

    private static final class Programme {
        final List<Seminar> seminars = new ArrayList<>();
    }

    private Programme programme(Connection c, CopyManager copy, SplittableRandom rnd) throws SQLException {
        Programme p = new Programme();
        long programmeId = single(c, "select min(id) from programme");
        long ministry = single(c, "select min(id) from organisation where category = 'MINISTRY'");
        List<Long> competences = longs(c, """
                select c.id from competence c join competence_framework_version v on v.id = c.version_id
                where v.state = 'PUBLISHED' order by c.code""");
        List<Long> topics = longs(c, "select id from topic order by id");
        long cycleId = single(c, "select coalesce(max(id), 0) + 1 from cycle");
        long venueId = single(c, "select coalesce(max(id), 0) + 1 from venue");
        long seminarId = single(c, "select coalesce(max(id), 0) + 1 from seminar");
        long expertId = single(c, "select coalesce(max(id), 0) + 1 from expert");
        long talkId = single(c, "select coalesce(max(id), 0) + 1 from talk");
        long siteId = single(c, "select coalesce(max(id), 0) + 1 from remote_site");
        Map<Long, Long> regionBody = new HashMap<>();
        for (Org o : orgs) {
            if (o.category.equals("OBLAST_EXECUTIVE_COMMITTEE")
                    || (o.category.equals("CITY_EXECUTIVE_COMMITTEE") && territories.get(o.territoryId).level.equals("CITY_OF_REPUBLIC"))) {
                regionBody.putIfAbsent(o.territoryId, o.id);
            }
        }
        List<Org> partners = orgs.stream().filter(o -> o.category.equals("PARTNER_IT_COMPANY")).toList();
        Territory minsk = regions.stream().filter(r -> r.level.equals("CITY_OF_REPUBLIC")).findFirst().orElseThrow();
        Map<Long, List<Territory>> sitesOfRegion = new HashMap<>();
        for (Territory t : territories.values()) {
            boolean site = t.level.equals("DISTRICT") || (t.level.equals("CITY_DISTRICT") && t.regionId == minsk.id);
            if (site) {
                sitesOfRegion.computeIfAbsent(t.regionId, k -> new ArrayList<>()).add(t);
            }
        }
        sitesOfRegion.values().forEach(l -> l.sort(java.util.Comparator.comparingLong(Territory::id)));
        List<Territory> allSites = sitesOfRegion.values().stream().flatMap(List::stream)
                .sorted(java.util.Comparator.comparingLong(Territory::id)).toList();

        Map<Long, Long> venueOfRegion = new HashMap<>();
        try (CopyStream s = new CopyStream(copy, "venue", "id, name_ru, address, territory_id, host_organisation_id, capacity")) {
            for (Territory r : regions) {
                long id = venueId++;
                venueOfRegion.put(r.id, id);
                s.l(id).s("Зал заседаний исполнительного комитета (" + r.nameRu + ")").nul().l(r.id)
                        .l(regionBody.getOrDefault(r.id, ministry)).l(300).end();
            }
        }
        List<long[]> experts = new ArrayList<>(); // id, organisation
        try (CopyStream s = new CopyStream(copy, "expert", "id, full_name, position, organisation_id, email")) {
            for (int i = 0; i < Math.max(4, partners.size() * 4); i++) {
                Org org = partners.isEmpty() ? orgs.get(0) : partners.get(i % partners.size());
                long id = expertId++;
                experts.add(new long[]{id, org.id});
                s.l(id).s(RussianNames.fullName(rnd)).s(i % 3 == 0 ? "Руководитель направления" : "Ведущий эксперт")
                        .l(org.id).s("expert" + id + "@synthetic.example.by").end();
            }
        }
        try (CopyStream cycles = new CopyStream(copy, "cycle", "id, programme_id, title_ru, title_be, title_en, closed")) {
            for (int y = 0; y < scale.years; y++) {
                int year = scale.firstYear + y;
                cycles.l(cycleId + y).l(programmeId).s("Цикл региональных семинаров " + year + " г.")
                        .s("Цыкл рэгіянальных семінараў " + year + " г.").s("Regional seminars " + year)
                        .b(y < scale.years - 1).end();
            }
        }
        try (CopyStream sem = new CopyStream(copy, "seminar", "id, programme_id, cycle_id, ordinal, level, host_territory_id,"
                + " title_ru, starts_at, ends_at, venue_id, status, illustrative_note", true);
             CopyStream orgz = new CopyStream(copy, "seminar_organiser", "seminar_id, organisation_id, position", true)) {
            for (int y = 0; y < scale.years; y++) {
                int year = scale.firstYear + y;
                // republic-level events open and close the year; the regional cycle runs from March to November
                addSeminar(p, sem, orgz, seminarId++, programmeId, null, 0, true, minsk, LocalDate.of(year, 2, 10 + y % 7),
                        venueOfRegion, regionBody, ministry, competences, rnd, "Республиканский семинар");
                for (int k = 0; k < regions.size(); k++) {
                    Territory host = regions.get((k + y) % regions.size());
                    LocalDate day = LocalDate.of(year, 3 + k + (k >= 4 ? 1 : 0), 8 + (k * 3 + y) % 17);
                    addSeminar(p, sem, orgz, seminarId++, programmeId, cycleId + y, k + 1, false, host, day,
                            venueOfRegion, regionBody, ministry, competences, rnd, "Региональный семинар");
                }
                addSeminar(p, sem, orgz, seminarId++, programmeId, null, 0, true, minsk, LocalDate.of(year, 12, 3 + y % 9),
                        venueOfRegion, regionBody, ministry, competences, rnd, "Республиканский семинар");
            }
        }
        try (CopyStream talk = new CopyStream(copy, "talk", "id, seminar_id, kind, title_ru, starts_at, ends_at, illustrative", true);
             CopyStream speaker = new CopyStream(copy, "talk_speaker", "talk_id, expert_id, position", true);
             CopyStream topic = new CopyStream(copy, "talk_topic", "talk_id, topic_id", true);
             CopyStream tag = new CopyStream(copy, "talk_competence", "talk_id, competence_id, target_level, tagged_by", true)) {
            for (Seminar s : p.seminars) {
                LocalDateTime at = s.start;
                for (int i = 0; i < s.competences.size(); i++) {
                    long id = talkId++;
                    s.talks.add(id);
                    talk.l(id).l(s.id).s("TALK").s("Доклад " + (i + 1) + ": практика цифровой трансформации").s(ts(at))
                            .s(ts(at.plusMinutes(40))).b(true).end();
                    at = at.plusMinutes(45);
                    speaker.l(id).l(experts.get(rnd.nextInt(experts.size()))[0]).l(0).end();
                    if (!topics.isEmpty()) {
                        topic.l(id).l(topics.get(rnd.nextInt(topics.size()))).end();
                    }
                    tag.l(id).l(s.competences.get(i)).l(1 + rnd.nextInt(3)).s("synthetic").end();
                }
                // a closing discussion, untagged
                talk.l(talkId++).l(s.id).s("DISCUSSION").s("Обмен мнениями").s(ts(at)).s(ts(at.plusMinutes(30))).b(true).end();
            }
        }
        try (CopyStream site = new CopyStream(copy, "remote_site", "id, seminar_id, territory_id, expected_attendees")) {
            for (Seminar s : p.seminars) {
                for (Territory t : s.republic ? allSites : sitesOfRegion.getOrDefault(s.host.id, List.of())) {
                    long id = siteId++;
                    s.siteByTerritory.put(t.id, id);
                    site.l(id).l(s.id).l(t.id).l(20).end();
                }
            }
        }
        for (String table : List.of("cycle", "venue", "seminar", "expert", "talk", "remote_site")) {
            exec(c, "select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))");
        }
        lap("programme");
        return p;
    }

    private void addSeminar(Programme p, CopyStream sem, CopyStream orgz, long id, long programmeId, Long cycle,
                            int ordinal, boolean republic, Territory host, LocalDate day, Map<Long, Long> venues,
                            Map<Long, Long> regionBody, long ministry, List<Long> competences, SplittableRandom rnd,
                            String kind) throws SQLException {
        LocalDateTime start = day.atTime(10, 0);
        // four to six talks on distinct competences: an attendance is evidence for four to six of them
        int talks = 4 + rnd.nextInt(3);
        List<Long> chosen = new ArrayList<>();
        while (chosen.size() < Math.min(talks, competences.size())) {
            Long comp = competences.get(rnd.nextInt(competences.size()));
            if (!chosen.contains(comp)) {
                chosen.add(comp);
            }
        }
        sem.l(id).l(programmeId);
        if (cycle == null) {
            sem.nul().nul();
        } else {
            sem.l(cycle).l(ordinal);
        }
        sem.s(republic ? "REPUBLIC" : "REGIONAL").l(host.id).s(kind + " (" + host.nameRu + ", " + day + ")")
                .s(ts(start)).s(ts(start.plusHours(4))).l(venues.get(host.id)).s("REPORTED")
                .s(MARK).end();
        orgz.l(id).l(ministry).l(0).end();
        Long body = regionBody.get(host.id);
        if (body != null && body != ministry) {
            orgz.l(id).l(body).l(1).end();
        }
        p.seminars.add(new Seminar(id, republic, host, start, chosen, new ArrayList<>(), new HashMap<>()));
    }

    // ---- invitations and attendance

    // attended invitations, for the surveys: id, official index, seminar index
    private long[] attendedIds = new long[1 << 16];
    private int[] attendedOfficial = new int[1 << 16];
    private int[] attendedSeminar = new int[1 << 16];
    private int attendedCount;

    private void remember(long id, int official, int seminar) {
        if (attendedCount == attendedIds.length) {
            attendedIds = java.util.Arrays.copyOf(attendedIds, attendedCount * 2);
            attendedOfficial = java.util.Arrays.copyOf(attendedOfficial, attendedCount * 2);
            attendedSeminar = java.util.Arrays.copyOf(attendedSeminar, attendedCount * 2);
        }
        attendedIds[attendedCount] = id;
        attendedOfficial[attendedCount] = official;
        attendedSeminar[attendedCount] = seminar;
        attendedCount++;
    }

    private long[] invitations(Connection c, CopyManager copy, SplittableRandom rnd, Programme p) throws SQLException {
        long next = single(c, "select coalesce(max(id), 0) + 1 from invitation");
        long invited = 0;
        boolean[] target = new boolean[orgs.size()];
        long[] regionOf = new long[orgs.size()];
        long[] siteTerritory = new long[orgs.size()]; // the district whose site the organisation's people use, or 0
        for (int o = 0; o < orgs.size(); o++) {
            Org org = orgs.get(o);
            target[o] = TARGET.contains(org.category);
            Territory t = territories.get(org.territoryId);
            regionOf[o] = t.regionId;
            siteTerritory[o] = t.level.equals("DISTRICT") || t.level.equals("CITY_DISTRICT") ? t.id : 0;
        }
        // a handful of districts that are hard to reach: their people rarely take part
        java.util.Set<Long> remote = new java.util.HashSet<>();
        for (Territory t : territories.values()) {
            if (t.level.equals("DISTRICT") && new SplittableRandom(seed ^ t.id).nextInt(100) < 8) {
                remote.add(t.id);
            }
        }
        // some organisations never send anyone (6%, a third in the hard-to-reach districts), and in any year a
        // quarter of the others sit it out, so coverage by year and by district is uneven as it is in life
        boolean[] never = new boolean[orgs.size()];
        for (int o = 0; o < orgs.size(); o++) {
            never[o] = new SplittableRandom(seed ^ (orgs.get(o).id * 7919)).nextInt(100) < (remote.contains(siteTerritory[o]) ? 33 : 6);
        }
        try (CopyStream s = new CopyStream(copy, "invitation", "id, seminar_id, official_id, token_nonce, token_hash,"
                + " short_code, state, source, remote_site_id, sent_at, opened_at, responded_at, attended_at, attended_by,"
                + " created_at")) {
            for (int si = 0; si < p.seminars.size(); si++) {
                Seminar sem = p.seminars.get(si);
                Instant start = sem.start.atZone(MINSK).toInstant();
                String created = start.minusSeconds(30L * 86_400).toString();
                String sent = start.minusSeconds(21L * 86_400).toString();
                int code = 0;
                for (int k = 0; k < officialCount; k++) {
                    int o = officialOrg[k];
                    if (!target[o] || (!sem.republic && regionOf[o] != sem.host.id)) {
                        continue;
                    }
                    long id = next++;
                    invited++;
                    Long site = siteTerritory[o] == 0 ? null : sem.siteByTerritory.get(siteTerritory[o]);
                    boolean atVenueCity = site == null || (officialRank[k] == 0 && orgs.get(o).category.endsWith("EXECUTIVE_COMMITTEE"));
                    int roll = rnd.nextInt(100);
                    int chance = remote.contains(siteTerritory[o]) ? 12 : atVenueCity ? (sem.republic ? 45 : 75) : 62;
                    if (never[o] || sittingOut(o, sem.start.getYear())) {
                        chance = 0;
                    }
                    boolean attended = roll < chance;
                    boolean inPerson = attended && atVenueCity;
                    String state = attended ? (inPerson ? "ACCEPTED_IN_PERSON" : "ACCEPTED_REMOTE")
                            : roll < chance + 15 ? "DECLINED" : "SENT";
                    s.l(id).l(sem.id).l(officialIds[k]).s(hex32(rnd)).s(String.format("%016x", id) + hex32(rnd) + hex16(rnd))
                            .s(shortCode(code++)).s(state).s("RULE");
                    if (attended && !inPerson) {
                        s.l(site);
                    } else {
                        s.nul();
                    }
                    s.s(sent).s(roll < chance + 30 ? sent : null)
                            .s(roll < chance + 15 ? start.minusSeconds(10L * 86_400 + roll * 600L).toString() : null);
                    if (attended) {
                        s.s(start.plusSeconds(60L * (rnd.nextInt(25) - 15)).toString()).s("synthetic");
                        remember(id, k, si);
                    } else {
                        s.nul().nul();
                    }
                    s.s(created).end();
                }
            }
        }
        exec(c, "select setval(pg_get_serial_sequence('invitation', 'id'), (select max(id) from invitation))");
        lap("invitations (" + invited + ")");
        return new long[]{invited, attendedCount};
    }

    private boolean sittingOut(int org, int year) {
        return Math.floorMod((seed * 31 + orgs.get(org).id) * 1_000_003L + year * 7_777L, 100) < 25;
    }

    private static final char[] CODE = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private static String shortCode(int n) {
        char[] out = new char[8];
        for (int i = 7; i >= 0; i--) {
            out[i] = CODE[n & 31];
            n >>>= 5;
        }
        return new String(out);
    }

    private static String hex32(SplittableRandom rnd) {
        return String.format("%016x%016x", rnd.nextLong(), rnd.nextLong());
    }

    private static String hex16(SplittableRandom rnd) {
        return String.format("%016x", rnd.nextLong());
    }

    // ---- surveys: named, one per seminar; about a fifth of the attendees answer

    private long[] surveys(Connection c, CopyManager copy, SplittableRandom rnd, Programme p) throws SQLException {
        long surveyId = single(c, "select coalesce(max(id), 0) + 1 from survey");
        long questionId = single(c, "select coalesce(max(id), 0) + 1 from survey_question");
        long answerId = single(c, "select coalesce(max(id), 0) + 1 from survey_answer");
        List<Long> competences = longs(c, """
                select c.id from competence c join competence_framework_version v on v.id = c.version_id
                where v.state = 'PUBLISHED' order by c.code""");
        long[] surveyOf = new long[p.seminars.size()];
        long[][] questions = new long[p.seminars.size()][]; // overall, topics, self-level per competence, score per talk
        try (CopyStream sv = new CopyStream(copy, "survey", "id, seminar_id, anonymous, state, send_at, sent_at, closes_at, created_by", true);
             CopyStream q = new CopyStream(copy, "survey_question", "id, survey_id, position, kind, competence_id, talk_id, text_ru, text_be, text_en, required", true)) {
            for (int si = 0; si < p.seminars.size(); si++) {
                Seminar s = p.seminars.get(si);
                long id = surveyId++;
                surveyOf[si] = id;
                Instant end = s.start.plusHours(4).atZone(MINSK).toInstant();
                sv.l(id).l(s.id).b(false).s("CLOSED").s(end.plusSeconds(86_400).toString()).s(end.plusSeconds(86_400).toString())
                        .s(end.plusSeconds(15L * 86_400).toString()).s("synthetic").end();
                long[] qs = new long[2 + s.competences.size() + s.talks.size()];
                qs[0] = questionId++;
                q.l(qs[0]).l(id).l(1).s("OVERALL").nul().nul().s("Общая оценка семинара").s("Агульная ацэнка семінара")
                        .s("Overall rating of the seminar").b(true).end();
                qs[1] = questionId++;
                q.l(qs[1]).l(id).l(2).s("TOPICS_WANTED").nul().nul().s("Какие темы вы хотели бы на следующем семинаре?")
                        .s("Якія тэмы вы хацелі б на наступным семінары?").s("Which topics would you like next time?").b(false).end();
                for (int i = 0; i < s.competences.size(); i++) {
                    qs[2 + i] = questionId++;
                    q.l(qs[2 + i]).l(id).l(3 + i).s("SELF_LEVEL").l(s.competences.get(i)).nul()
                            .s("Ваш уровень до и после семинара").s("Ваш узровень да і пасля семінара")
                            .s("Your level before and after the seminar").b(false).end();
                }
                // one 1–5 question per talk: the planner ranks experts and partners by these scores
                for (int t = 0; t < s.talks.size(); t++) {
                    int at = 2 + s.competences.size() + t;
                    qs[at] = questionId++;
                    q.l(qs[at]).l(id).l(at + 1).s("TALK").nul().l(s.talks.get(t))
                            .s("Полезность доклада").s("Карыснасць даклада").s("Usefulness of the talk").b(false).end();
                }
                questions[si] = qs;
            }
        }
        // responses and answers are two COPYs, and one connection runs one at a time: the same seeded walk twice,
        // writing the responses the first time and their answers the second
        long responses;
        try (CopyStream resp = new CopyStream(copy, "survey_response",
                "id, survey_id, invitation_id, official_id, language, submitted_on, submitted_at")) {
            answerWalk(p, surveyOf, questions, competences, resp, null, 0);
            responses = resp.rows();
        }
        long answers;
        try (CopyStream ans = new CopyStream(copy, "survey_answer",
                "id, response_id, question_id, score, competence_id, level_before, level_after")) {
            answerWalk(p, surveyOf, questions, competences, null, ans, answerId);
            answers = ans.rows();
        }
        // the one-answer receipts, derived set-based from the responses just written
        exec(c, """
                insert into survey_receipt (survey_id, invitation_id)
                select r.survey_id, r.invitation_id from survey_response r join survey s on s.id = r.survey_id
                where s.created_by = 'synthetic' and r.invitation_id is not null on conflict do nothing""");
        for (String table : List.of("survey", "survey_question", "survey_answer")) {
            exec(c, "select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))");
        }
        return new long[]{responses, answers};
    }

    private void answerWalk(Programme p, long[] surveyOf, long[][] questions, List<Long> competences,
                            CopyStream resp, CopyStream ans, long answerId) throws SQLException {
        SplittableRandom rnd = new SplittableRandom(seed * 17 + 5);
        for (int a = 0; a < attendedCount; a++) {
            if (rnd.nextInt(100) >= 20) {
                continue;
            }
            int si = attendedSeminar[a];
            Seminar s = p.seminars.get(si);
            String uuid = new UUID(rnd.nextLong(), rnd.nextLong()).toString();
            Instant at = s.start.plusDays(2).atZone(MINSK).toInstant().plusSeconds(rnd.nextInt(86_400 * 5));
            if (resp != null) {
                resp.s(uuid).l(surveyOf[si]).l(attendedIds[a]).l(officialIds[attendedOfficial[a]]).s("ru")
                        .s(at.atZone(MINSK).toLocalDate().toString()).s(at.toString()).end();
            }
            long[] qs = questions[si];
            int overall = 3 + rnd.nextInt(3);
            if (ans != null) {
                ans.l(answerId++).s(uuid).l(qs[0]).l(overall).nul().nul().nul().end();
            }
            // wished-for topics lean towards each region's own favourites: a seed per host region
            SplittableRandom regional = new SplittableRandom(seed * 31 + s.host.id);
            int wishes = 1 + rnd.nextInt(2);
            long previous = -1;
            for (int w = 0; w < wishes; w++) {
                long favourite = competences.get(regional.nextInt(competences.size()));
                long comp = rnd.nextInt(100) < 60 ? favourite : competences.get(rnd.nextInt(competences.size()));
                boolean repeated = comp == previous;
                previous = comp;
                if (ans != null && !repeated) {
                    ans.l(answerId++).s(uuid).l(qs[1]).nul().l(comp).nul().nul().end();
                }
            }
            int talksFrom = 2 + s.competences.size();
            for (int i = talksFrom; i < qs.length; i++) {
                // each talk's own mean, so some talks (and their experts) rate better than others
                int score = Math.max(1, Math.min(5, 2 + (int) Math.floorMod(s.talks.get(i - talksFrom) * 7L, 3L) + rnd.nextInt(2)));
                boolean answered = rnd.nextInt(100) < 85; // drawn in both walks alike, so they stay in step
                if (ans != null && answered) {
                    ans.l(answerId++).s(uuid).l(qs[i]).l(score).nul().nul().nul().end();
                }
            }
            for (int i = 2; i < talksFrom; i++) {
                int before = 1 + rnd.nextInt(3);
                int after = Math.min(4, before + rnd.nextInt(2));
                if (ans != null) {
                    ans.l(answerId++).s(uuid).l(qs[i]).nul().nul().l(before).l(after).end();
                }
            }
        }
    }

    // ---- the derived tables, as the triggers of V22 would have filled them

    private static long derived(Connection c, long seminarFloor) throws SQLException {
        long evidence;
        try (var ps = c.prepareStatement("""
                insert into competence_evidence (official_id, competence_id, seminar_id, invitation_id, attended_on, in_person)
                select i.official_id, sc.competence_id, i.seminar_id, i.id, reporting_attended_on(i.attended_at),
                       i.remote_site_id is null
                from (select distinct t.seminar_id, tc.competence_id from talk t join talk_competence tc on tc.talk_id = t.id
                      where t.seminar_id > ?) sc
                join invitation i on i.seminar_id = sc.seminar_id
                where i.attended_at is not null""")) {
            ps.setLong(1, seminarFloor);
            evidence = ps.executeUpdate();
        }
        try (var ps = c.prepareStatement("""
                insert into coverage_org_seminar (seminar_id, organisation_id, invited, attended_in_person, attended_remote)
                select i.seminar_id, o.organisation_id,
                       count(*) filter (where i.state not in ('CREATED', 'CANCELLED') or i.attended_at is not null),
                       count(*) filter (where i.attended_at is not null and i.remote_site_id is null),
                       count(*) filter (where i.attended_at is not null and i.remote_site_id is not null)
                from invitation i join official o on o.id = i.official_id
                where i.seminar_id > ?
                group by i.seminar_id, o.organisation_id""")) {
            ps.setLong(1, seminarFloor);
            ps.executeUpdate();
        }
        return evidence;
    }

    // ---- small JDBC helpers

    private static String ts(LocalDateTime minskTime) {
        return minskTime.atZone(MINSK).toInstant().toString();
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}

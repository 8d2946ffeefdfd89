package by.egov.academy.competence.framework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The framework's versions, areas, competences and levels, in explicit SQL. */
@Repository
public class FrameworkRepository {

    private static final String VERSION = """
            select id, version_no, title_ru, title_be, title_en, state, published_at, created_by
            from competence_framework_version""";
    private static final String COMPETENCE = """
            select id, version_id, area_id, code, position, name_ru, name_be, name_en,
                   description_ru, description_be, description_en from competence""";

    private final JdbcClient jdbc;

    FrameworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static FrameworkVersion version(ResultSet rs, int n) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new FrameworkVersion(rs.getLong("id"), rs.getInt("version_no"), rs.getString("title_ru"),
                rs.getString("title_be"), rs.getString("title_en"), rs.getString("state"),
                published == null ? null : published.toInstant(), rs.getString("created_by"));
    }

    static Competence competence(ResultSet rs, int n) throws SQLException {
        return new Competence(rs.getLong("id"), rs.getLong("version_id"), rs.getLong("area_id"), rs.getString("code"),
                rs.getInt("position"), rs.getString("name_ru"), rs.getString("name_be"), rs.getString("name_en"),
                rs.getString("description_ru"), rs.getString("description_be"), rs.getString("description_en"));
    }

    /** The published version everybody tags against. */
    public Optional<FrameworkVersion> current() {
        return jdbc.sql(VERSION + " where state = 'PUBLISHED'").query(FrameworkRepository::version).optional();
    }

    public Optional<FrameworkVersion> draft() {
        return jdbc.sql(VERSION + " where state = 'DRAFT'").query(FrameworkRepository::version).optional();
    }

    public Optional<FrameworkVersion> version(long id) {
        return jdbc.sql(VERSION + " where id = :id").param("id", id).query(FrameworkRepository::version).optional();
    }

    public List<FrameworkVersion> versions() {
        return jdbc.sql(VERSION + " order by version_no desc").query(FrameworkRepository::version).list();
    }

    /** The areas of a version in order, each with its competences in order. */
    public List<Area> areas(long versionId) {
        Map<Long, List<Competence>> byArea = jdbc.sql(COMPETENCE + " where version_id = :v order by position, id")
                .param("v", versionId).query(FrameworkRepository::competence).list().stream()
                .collect(Collectors.groupingBy(Competence::areaId, Collectors.toList()));
        return jdbc.sql("""
                        select id, version_id, code, position, name_ru, name_be, name_en, description_ru, description_be,
                               description_en, source from competence_area where version_id = :v order by position, id
                        """).param("v", versionId)
                .query((rs, n) -> new Area(rs.getLong("id"), rs.getLong("version_id"), rs.getString("code"),
                        rs.getInt("position"), rs.getString("name_ru"), rs.getString("name_be"), rs.getString("name_en"),
                        rs.getString("description_ru"), rs.getString("description_be"), rs.getString("description_en"),
                        rs.getString("source"), List.of()))
                .list().stream().map(a -> a.with(byArea.getOrDefault(a.id(), List.of()))).toList();
    }

    public Optional<Competence> competence(long id) {
        return jdbc.sql(COMPETENCE + " where id = :id").param("id", id).query(FrameworkRepository::competence).optional();
    }

    public List<Level> levels() {
        return jdbc.sql("""
                        select level, code, name_ru, name_be, name_en, description_ru, description_be, description_en
                        from proficiency_level order by level""")
                .query((rs, n) -> new Level(rs.getInt("level"), rs.getString("code"), rs.getString("name_ru"),
                        rs.getString("name_be"), rs.getString("name_en"), rs.getString("description_ru"),
                        rs.getString("description_be"), rs.getString("description_en")))
                .list();
    }

    /** A new draft version with a copy of every area and competence of the given version; its id. */
    long copyAsDraft(FrameworkVersion from, String who, Instant now) {
        long draft = jdbc.sql("""
                        insert into competence_framework_version (version_no, title_ru, title_be, title_en, state, based_on,
                                                                  created_by, created_at)
                        select (select max(version_no) + 1 from competence_framework_version), title_ru, title_be, title_en,
                               'DRAFT', id, :who, :now
                        from competence_framework_version where id = :from returning id
                        """).param("from", from.id()).param("who", who).param("now", Timestamp.from(now))
                .query(Long.class).single();
        jdbc.sql("""
                insert into competence_area (version_id, code, position, name_ru, name_be, name_en, description_ru,
                                             description_be, description_en, source)
                select :draft, code, position, name_ru, name_be, name_en, description_ru, description_be, description_en, source
                from competence_area where version_id = :from
                """).param("draft", draft).param("from", from.id()).update();
        jdbc.sql("""
                insert into competence (version_id, area_id, code, position, name_ru, name_be, name_en, description_ru,
                                        description_be, description_en)
                select :draft, na.id, c.code, c.position, c.name_ru, c.name_be, c.name_en, c.description_ru,
                       c.description_be, c.description_en
                from competence c
                join competence_area oa on oa.id = c.area_id
                join competence_area na on na.version_id = :draft and na.code = oa.code
                where c.version_id = :from
                """).param("draft", draft).param("from", from.id()).update();
        return draft;
    }

    void update(long competenceId, CompetenceCommand c) {
        jdbc.sql("""
                        update competence set name_ru = :ru, name_be = :be, name_en = :en, description_ru = :dru,
                               description_be = :dbe, description_en = :den where id = :id
                        """).param("id", competenceId).param("ru", c.nameRu().strip()).param("be", c.nameBe().strip())
                .param("en", c.nameEn().strip()).param("dru", blankToNull(c.descriptionRu()))
                .param("dbe", blankToNull(c.descriptionBe())).param("den", blankToNull(c.descriptionEn())).update();
    }

    /** Adds a competence at the end of an area of a draft, coded after the area (A3.4); its id. */
    long add(long versionId, Area area, CompetenceCommand c) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from competence where area_id = :a")
                .param("a", area.id()).query(Integer.class).single();
        List<String> taken = jdbc.sql("select code from competence where code like :p")
                .param("p", area.code() + ".%").query(String.class).list();
        int n = position;
        while (taken.contains(area.code() + "." + n)) {
            n++;
        }
        return jdbc.sql("""
                        insert into competence (version_id, area_id, code, position, name_ru, name_be, name_en,
                                                description_ru, description_be, description_en)
                        values (:v, :a, :code, :pos, :ru, :be, :en, :dru, :dbe, :den) returning id
                        """).param("v", versionId).param("a", area.id()).param("code", area.code() + "." + n)
                .param("pos", position).param("ru", c.nameRu().strip()).param("be", c.nameBe().strip())
                .param("en", c.nameEn().strip()).param("dru", blankToNull(c.descriptionRu()))
                .param("dbe", blankToNull(c.descriptionBe())).param("den", blankToNull(c.descriptionEn()))
                .query(Long.class).single();
    }

    void publish(long draftId, Instant now) {
        jdbc.sql("update competence_framework_version set state = 'SUPERSEDED' where state = 'PUBLISHED'").update();
        jdbc.sql("update competence_framework_version set state = 'PUBLISHED', published_at = :now where id = :id")
                .param("id", draftId).param("now", Timestamp.from(now)).update();
    }

    void discard(long draftId) {
        jdbc.sql("delete from competence_framework_version where id = :id and state = 'DRAFT'").param("id", draftId).update();
    }

    /** Serialises the framework's changes (a second draft, two publications at once). */
    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(727016)").query((rs, n) -> 1).single();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static List<Competence> all(List<Area> areas) {
        List<Competence> out = new ArrayList<>();
        areas.forEach(a -> out.addAll(a.competences()));
        return out;
    }
}

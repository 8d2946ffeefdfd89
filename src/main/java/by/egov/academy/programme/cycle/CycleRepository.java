package by.egov.academy.programme.cycle;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cycles and the order of their seminars, in explicit SQL. */
@Repository
class CycleRepository {

    private static final String SELECT = """
            select c.id, c.programme_id, c.title_ru, c.title_be, c.title_en, c.description_ru, c.description_be,
                   c.description_en, c.closed, (select count(*) from seminar s where s.cycle_id = c.id) as seminar_count
            from cycle c
            """;

    private final JdbcClient jdbc;

    CycleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Cycle> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(Cycle.class).optional();
    }

    List<Cycle> list(Long programmeId) {
        return jdbc.sql(SELECT + " where cast(:p as bigint) is null or c.programme_id = cast(:p as bigint) order by c.id")
                .param("p", programmeId, java.sql.Types.BIGINT).query(Cycle.class).list();
    }

    List<CycleSeminar> seminars(long cycleId) {
        return jdbc.sql("""
                        select s.id, s.ordinal, s.title_ru, s.title_be, s.title_en, s.status, s.planned_month, s.starts_at,
                               t.name_ru as host_name_ru, t.name_be as host_name_be, t.name_en as host_name_en
                        from seminar s join territory t on t.id = s.host_territory_id
                        where s.cycle_id = :c
                        order by s.ordinal nulls last, s.planned_month nulls last, s.id
                        """).param("c", cycleId).query(CycleSeminar.class).list();
    }

    long insert(CycleCommand c) {
        return jdbc.sql("""
                        insert into cycle (programme_id, title_ru, title_be, title_en, description_ru, description_be, description_en)
                        values (:p, :ru, :be, :en, :dru, :dbe, :den) returning id
                        """)
                .param("p", c.programmeId()).param("ru", c.titleRu().strip()).param("be", blankToNull(c.titleBe()))
                .param("en", blankToNull(c.titleEn())).param("dru", blankToNull(c.descriptionRu()))
                .param("dbe", blankToNull(c.descriptionBe())).param("den", blankToNull(c.descriptionEn()))
                .query(Long.class).single();
    }

    /** Each value left out keeps what is stored, an empty text clears it; one statement, so concurrent translators both win. */
    void update(long id, CycleCommand c) {
        jdbc.sql("""
                        update cycle set
                            programme_id = coalesce(cast(:p as bigint), programme_id),
                            title_ru = coalesce(cast(:ru as text), title_ru),
                            title_be = %s, title_en = %s, description_ru = %s, description_be = %s, description_en = %s
                        where id = :id
                        """.formatted(keep("title_be", "be"), keep("title_en", "en"), keep("description_ru", "dru"),
                        keep("description_be", "dbe"), keep("description_en", "den")))
                .param("p", c.programmeId(), java.sql.Types.BIGINT)
                .param("ru", c.titleRu() == null ? null : c.titleRu().strip())
                .param("be", c.titleBe()).param("en", c.titleEn()).param("dru", c.descriptionRu())
                .param("dbe", c.descriptionBe()).param("den", c.descriptionEn()).param("id", id)
                .update();
    }

    static String keep(String column, String param) {
        return "case when cast(:%s as text) is null then %s else nullif(btrim(cast(:%s as text)), '') end"
                .formatted(param, column, param);
    }

    void setClosed(long id, boolean closed) {
        jdbc.sql("update cycle set closed = :c where id = :id").param("c", closed).param("id", id).update();
    }

    /** The cycle row locked: seminar creation takes the same lock when it hands out the next ordinal. */
    void lock(long id) {
        jdbc.sql("select id from cycle where id = :id for update").param("id", id).query(Long.class).optional();
    }

    /**
     * Numbers the seminars 1, 2, ... in the order given. In two steps because (cycle_id, ordinal) is unique and
     * checked row by row: first every ordinal of the cycle is cleared, then each is set.
     */
    void renumber(long cycleId, List<Long> seminarIds) {
        jdbc.sql("update seminar set ordinal = null where cycle_id = :c").param("c", cycleId).update();
        int ordinal = 1;
        for (Long id : seminarIds) {
            jdbc.sql("update seminar set ordinal = :o where id = :id and cycle_id = :c")
                    .param("o", ordinal++).param("id", id).param("c", cycleId).update();
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    java.util.Optional<Long> defaultProgrammeId() {
        return jdbc.sql("select id from programme order by is_default desc, start_year, id limit 1").query(Long.class).optional();
    }
}

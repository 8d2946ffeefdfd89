package by.egov.academy.programme.cycle;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Programmes in explicit SQL. */
@Repository
class ProgrammeRows {

    private static final String SELECT = """
            select p.id, p.title_ru, p.title_be, p.title_en, p.start_year, p.description_ru, p.description_be,
                   p.description_en, p.is_default, (select count(*) from cycle c where c.programme_id = p.id) as cycle_count
            from programme p
            """;

    private final JdbcClient jdbc;

    ProgrammeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProgrammeRow> find(long id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(ProgrammeRow.class).optional();
    }

    List<ProgrammeRow> list() {
        return jdbc.sql(SELECT + " order by p.start_year, p.id").query(ProgrammeRow.class).list();
    }

    long insert(ProgrammeCommand c) {
        return jdbc.sql("""
                        insert into programme (title_ru, title_be, title_en, start_year, description_ru, description_be, description_en)
                        values (:ru, :be, :en, :year, :dru, :dbe, :den) returning id
                        """)
                .param("ru", c.titleRu().strip()).param("be", CycleRepository.blankToNull(c.titleBe()))
                .param("en", CycleRepository.blankToNull(c.titleEn())).param("year", c.startYear())
                .param("dru", CycleRepository.blankToNull(c.descriptionRu()))
                .param("dbe", CycleRepository.blankToNull(c.descriptionBe()))
                .param("den", CycleRepository.blankToNull(c.descriptionEn()))
                .query(Long.class).single();
    }

    void update(long id, ProgrammeCommand c) {
        jdbc.sql("""
                        update programme set
                            title_ru = coalesce(cast(:ru as text), title_ru),
                            start_year = coalesce(cast(:year as integer), start_year),
                            title_be = %s, title_en = %s, description_ru = %s, description_be = %s, description_en = %s
                        where id = :id
                        """.formatted(CycleRepository.keep("title_be", "be"), CycleRepository.keep("title_en", "en"),
                        CycleRepository.keep("description_ru", "dru"), CycleRepository.keep("description_be", "dbe"),
                        CycleRepository.keep("description_en", "den")))
                .param("ru", c.titleRu() == null ? null : c.titleRu().strip())
                .param("year", c.startYear(), java.sql.Types.INTEGER)
                .param("be", c.titleBe()).param("en", c.titleEn()).param("dru", c.descriptionRu())
                .param("dbe", c.descriptionBe()).param("den", c.descriptionEn()).param("id", id)
                .update();
    }

    /**
     * Makes this programme the default. Every programme row is locked first, so two offices choosing at once
     * queue instead of tripping over the one-default index; the old default is unset before the new one is set.
     */
    void makeDefault(long id) {
        jdbc.sql("select id from programme order by id for update").query(Long.class).list();
        jdbc.sql("update programme set is_default = false where is_default and id <> :id").param("id", id).update();
        jdbc.sql("update programme set is_default = true where id = :id").param("id", id).update();
    }
}

package by.egov.academy.competence.mapping;

import java.util.List;
import java.util.Optional;

import by.egov.academy.competence.framework.Competence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which framework competences a topic serves (topic_competence), the topic read from the programme's table. */
@Repository
class TopicCompetenceRepository {

    private final JdbcClient jdbc;

    TopicCompetenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TopicRef> topic(long topicId) {
        return jdbc.sql("select id, code, name_ru, name_be, name_en from topic where id = :id")
                .param("id", topicId).query(TopicRef.class).optional();
    }

    List<Competence> competences(long topicId) {
        return jdbc.sql("""
                        select c.id, c.version_id, c.area_id, c.code, c.position, c.name_ru, c.name_be, c.name_en,
                               c.description_ru, c.description_be, c.description_en
                        from topic_competence tc join competence c on c.id = tc.competence_id
                        where tc.topic_id = :t order by c.code, c.id
                        """).param("t", topicId).query(Competence.class).list();
    }

    void link(long topicId, long competenceId) {
        jdbc.sql("insert into topic_competence (topic_id, competence_id) values (:t, :c) on conflict do nothing")
                .param("t", topicId).param("c", competenceId).update();
    }

    int unlink(long topicId, long competenceId) {
        return jdbc.sql("delete from topic_competence where topic_id = :t and competence_id = :c")
                .param("t", topicId).param("c", competenceId).update();
    }

    void unlinkAll(long topicId) {
        jdbc.sql("delete from topic_competence where topic_id = :t").param("t", topicId).update();
    }
}

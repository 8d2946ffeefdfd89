package by.egov.academy.competence;

/** What other modules (reporting's planner) may do with a talk's competences, as the seminar's organiser. */
public interface TalkCompetences {

    /** Tags the talk with a competence of the current framework version and a target level (1–4). */
    void tag(long talkId, long competenceId, int targetLevel);
}

package by.egov.academy.competence.mapping;

/** A competence of the current framework version and the level the talk aims at (1–4). */
record TagCommand(Long competenceId, Integer targetLevel) {
}

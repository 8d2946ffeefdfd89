package by.egov.academy.competence.mapping;

import by.egov.academy.competence.CompetenceAccess;
import by.egov.academy.competence.TalkCompetences;
import org.springframework.stereotype.Component;

@Component
class TalkCompetencesFacade implements TalkCompetences {

    private final MappingService service;
    private final CompetenceAccess access;

    TalkCompetencesFacade(MappingService service, CompetenceAccess access) {
        this.service = service;
        this.access = access;
    }

    @Override
    public void tag(long talkId, long competenceId, int targetLevel) {
        service.tag(talkId, new TagCommand(competenceId, targetLevel), access.who());
    }
}

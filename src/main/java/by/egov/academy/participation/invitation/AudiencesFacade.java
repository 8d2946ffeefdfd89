package by.egov.academy.participation.invitation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import by.egov.academy.participation.Audiences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AudiencesFacade implements Audiences {

    private final AudienceService service;

    AudiencesFacade(AudienceService service) {
        this.service = service;
    }

    @Override
    public List<Rule> rules(long seminarId) {
        return service.rules(seminarId).stream()
                .map(r -> new Rule(r.categoryList(), r.scope(), r.territoryId(), r.positions())).toList();
    }

    @Override
    @Transactional
    public boolean addRuleIfAbsent(long seminarId, Rule rule) {
        boolean present = rules(seminarId).stream().anyMatch(r -> new HashSet<>(r.categories()).equals(new HashSet<>(rule.categories()))
                && r.scope().equals(rule.scope()) && Objects.equals(r.territoryId(), rule.territoryId())
                && r.positions().equals(rule.positions()));
        if (present) {
            return false;
        }
        service.addRule(seminarId, rule.categories(), rule.scope(), rule.territoryId(), rule.positions());
        return true;
    }
}

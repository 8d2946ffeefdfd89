package by.egov.academy.competence.mapping;

import java.util.List;
import java.util.Map;

import by.egov.academy.competence.framework.FrameworkRepository;
import by.egov.academy.competence.framework.FrameworkVersion;
import by.egov.academy.platform.EgovProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tags the talks of the demo Grodno seminar (8 September 2017) with the competences of the current framework
 * version their topics develop, after the programme's demo data (order 30) has made them. Only once.
 */
@Component
@Order(40)
class CompetenceDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CompetenceDemoData.class);

    /** Talk title (as the programme's demo data writes it) → competence code → target level. */
    static final Map<String, Map<String, Integer>> TAGS = Map.of(
            "Цифровая трансформация городов", Map.of("A1.2", 2, "A1.1", 1),
            "Облачные технологии для государственных органов и организаций", Map.of("A3.1", 2, "A6.1", 1),
            "Современные высокотехнологичные методы повышения качества работы государственных органов",
            Map.of("A3.2", 2, "A2.1", 1),
            "Комфортная среда для жизни граждан: электронные услуги региона", Map.of("A1.3", 2, "A5.2", 2),
            "Обмен мнениями", Map.of("A1.1", 1, "A4.2", 1));

    private final EgovProperties properties;
    private final TransactionTemplate tx;
    private final TalkCompetenceRepository repository;
    private final FrameworkRepository framework;

    CompetenceDemoData(EgovProperties properties, TransactionTemplate tx, TalkCompetenceRepository repository,
                       FrameworkRepository framework) {
        this.properties = properties;
        this.tx = tx;
        this.repository = repository;
        this.framework = framework;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()) {
            return;
        }
        Integer tagged = tx.execute(s -> {
            repository.lock();
            List<TalkRef> talks = repository.demoGrodnoTalks();
            FrameworkVersion current = framework.current().orElse(null);
            if (current == null || repository.anyTagged(talks.stream().map(TalkRef::id).toList())) {
                return 0;
            }
            Map<String, Long> byCode = new java.util.HashMap<>();
            framework.areas(current.id()).forEach(a -> a.competences().forEach(c -> byCode.put(c.code(), c.id())));
            int n = 0;
            for (TalkRef t : talks) {
                for (Map.Entry<String, Integer> e : TAGS.getOrDefault(t.titleRu(), Map.of()).entrySet()) {
                    Long competence = byCode.get(e.getKey());
                    if (competence != null) {
                        repository.tag(t.id(), competence, e.getValue(), "demo");
                        n++;
                    }
                }
            }
            return n;
        });
        if (tagged != null && tagged > 0) {
            log.info("Demo data: the Grodno seminar's talks tagged with {} competences", tagged);
        }
    }
}

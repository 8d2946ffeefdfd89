package by.egov.academy.reporting.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import by.egov.academy.competence.TalkCompetences;
import by.egov.academy.directory.TerritoryRef;
import by.egov.academy.participation.Audiences;
import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.Formats;
import by.egov.academy.platform.LocaleConfiguration;
import by.egov.academy.platform.Plurals;
import by.egov.academy.programme.SeminarStatus;
import by.egov.academy.programme.Seminars;
import by.egov.academy.reporting.gaps.GapCell;
import by.egov.academy.reporting.gaps.GapFilter;
import by.egov.academy.reporting.gaps.GapsService;
import by.egov.academy.reporting.gaps.RegionGaps;
import by.egov.academy.reporting.gaps.ReportAccess;
import by.egov.academy.reporting.gaps.ReportSql;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planner. A competence's score is its gap (the share of the region's target officials without evidence)
 * times (1 + how many of the region's respondents asked for it ÷ the most any competence was asked for), so demand
 * can at most double a gap. The three best scores are proposed, a fourth and fifth when within 10% of the third;
 * competences everyone has evidence of are never proposed.
 */
@Service
public class PlannerService {

    static final int INVITEES = 100;

    private final GapsService gaps;
    private final PlannerRepository repository;
    private final Seminars seminars;
    private final Audiences audiences;
    private final TalkCompetences talkCompetences;
    private final ReportAccess access;
    private final MessageSource messages;

    PlannerService(GapsService gaps, PlannerRepository repository, Seminars seminars, Audiences audiences,
                   TalkCompetences talkCompetences, ReportAccess access, MessageSource messages) {
        this.gaps = gaps;
        this.repository = repository;
        this.seminars = seminars;
        this.audiences = audiences;
        this.talkCompetences = talkCompetences;
        this.access = access;
        this.messages = messages;
    }

    /** The seminar, once found (404), organised by the signed-in user (403) and still to be held (409). */
    private Seminars.SeminarInfo plannable(long seminarId) {
        access.requireReader();
        Seminars.SeminarInfo s = seminars.find(seminarId).orElseThrow(() -> DomainException.notFound("seminar.notFound", seminarId));
        if (!seminars.canManage(seminarId)) {
            throw new AccessDeniedException("not an organiser of seminar " + seminarId);
        }
        if (s.status() != SeminarStatus.PLANNED && s.status() != SeminarStatus.ANNOUNCED) {
            throw DomainException.conflict("reporting.planner.status", "seminar");
        }
        return s;
    }

    @Transactional(readOnly = true)
    public Proposal propose(long seminarId, Locale locale) {
        return propose(plannable(seminarId), locale);
    }

    private Proposal propose(Seminars.SeminarInfo seminar, Locale locale) {
        TerritoryRef region = access.region(seminar.hostTerritoryId(), "seminar");
        GapFilter filter = gaps.filter(region.id(), null, null);
        RegionGaps regionGaps = gaps.gaps(filter).get(0);
        if (regionGaps.targets() == 0) {
            throw DomainException.conflict("reporting.planner.noTargets", "seminar", region.name(locale));
        }
        Map<String, Integer> demand = repository.demand(region.id());
        int maxAsked = demand.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        record Scored(GapCell cell, int asked, double score) {
        }
        List<Scored> scored = regionGaps.cells().stream()
                .filter(c -> c.withEvidence() < c.targets())
                .map(c -> {
                    int asked = demand.getOrDefault(c.code(), 0);
                    double gap = 1.0 - (double) c.withEvidence() / c.targets();
                    return new Scored(c, asked, gap * (1.0 + (maxAsked == 0 ? 0 : (double) asked / maxAsked)));
                })
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(x -> x.cell().code()))
                .toList();
        List<Scored> chosen = new ArrayList<>();
        for (Scored s : scored) {
            if (chosen.size() < 3 || (chosen.size() < 5 && s.score() >= 0.9 * chosen.get(2).score())) {
                chosen.add(s);
            }
        }
        List<String> codes = chosen.stream().map(s -> s.cell().code()).toList();
        List<PlannerRepository.Rated> experts = repository.experts(codes);
        List<PlannerRepository.Rated> organisations = repository.organisations(codes);
        List<Proposal.Topic> topics = chosen.stream().map(s -> {
            GapCell c = s.cell();
            int level = c.averageLevel() == null ? 2 : (int) Math.max(1, Math.min(4, Math.round(c.averageLevel()) + 1));
            return new Proposal.Topic(c.competenceId(), c.code(), c.name(locale), c.targets(), c.withEvidence(), c.percent(),
                    s.asked(), s.score(), c.averageLevel(), level, explain(c, s.asked(), locale),
                    top(experts, c.code(), locale), top(organisations, c.code(), locale));
        }).toList();
        List<Proposal.Invitee> invitees = repository.longestAbsent(region.id(), INVITEES).stream()
                .map(o -> new Proposal.Invitee(o.id(), o.fullName(), o.position(),
                        LocaleConfiguration.pick(locale, o.organisationRu(), o.organisationBe(), o.organisationRu()),
                        LocaleConfiguration.pick(locale, o.territoryRu(), o.territoryBe(), o.territoryEn()), o.lastAttended()))
                .toList();
        return new Proposal(seminar.id(), seminar.title(locale), region.id(), region.name(locale), regionGaps.targets(),
                topics, invitees, messages.getMessage("reporting.planner.audience", new Object[]{region.name(locale)}, locale));
    }

    /** «Использование данных и управление ими: доказательства есть у 18% …, запросили 41 респондент». */
    String explain(GapCell c, int asked, Locale locale) {
        String demand = asked == 0 ? messages.getMessage("reporting.planner.askedNone", null, locale)
                : Plurals.message(messages, "reporting.planner.asked", asked, locale);
        return messages.getMessage("reporting.planner.because",
                new Object[]{c.name(locale), Formats.percent(c.percent(), locale), demand}, locale);
    }

    private static List<Proposal.Rated> top(List<PlannerRepository.Rated> all, String code, Locale locale) {
        return all.stream().filter(r -> r.code().equals(code)).limit(3)
                .map(r -> new Proposal.Rated(r.id(), r.name(),
                        LocaleConfiguration.pick(locale, r.organisationRu(), r.organisationBe(), r.organisationRu()),
                        r.rating(), r.answers())).toList();
    }

    /**
     * Turns the proposal into the seminar's talks-to-be (one per proposed competence the agenda does not cover yet,
     * tagged with it at the target level, the best-rated expert as speaker) and the audience rule for the region's
     * target officials. Applying again adds nothing that is already there.
     */
    @Transactional
    public Proposal.Applied apply(long seminarId, Locale locale) {
        Seminars.SeminarInfo seminar = plannable(seminarId);
        repository.lock(seminarId);
        Proposal proposal = propose(seminar, locale);
        List<String> covered = repository.taggedCodes(seminarId);
        List<Long> added = new ArrayList<>();
        for (Proposal.Topic t : proposal.topics()) {
            if (covered.contains(t.code())) {
                continue;
            }
            List<Long> speaker = t.experts().isEmpty() ? List.of() : List.of(t.experts().get(0).id());
            long talk = seminars.addTalkToBe(seminarId, new Seminars.TalkToBe(
                    competenceName(t, LocaleConfiguration.RUSSIAN), competenceName(t, LocaleConfiguration.BELARUSIAN),
                    competenceName(t, Locale.ENGLISH), speaker));
            talkCompetences.tag(talk, t.competenceId(), t.targetLevel());
            added.add(talk);
        }
        boolean rule = audiences.addRuleIfAbsent(seminarId, new Audiences.Rule(ReportSql.TARGET_CATEGORIES, "HOST_REGION",
                null, ReportSql.TARGET_POSITIONS));
        return new Proposal.Applied(added.size(), rule, added);
    }

    private String competenceName(Proposal.Topic t, Locale locale) {
        return gaps.competenceName(t.code(), locale).substring(t.code().length() + 1);
    }
}

package by.egov.academy.programme.expert;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import by.egov.academy.directory.Directory;
import by.egov.academy.directory.OrganisationRef;
import by.egov.academy.identity.AccountActivations;
import by.egov.academy.platform.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The experts of the programme: what pages, the API and other code (the talk form's speaker picker) ask and
 * change. Every change checks the caller's rights here, so no entry point can skip them.
 */
@Service
public class ExpertCatalog {

    /** Partner organisations created on the spot are recorded in Minsk city unless the directory says otherwise. */
    static final String PARTNER_TERRITORY = "BY-HM";

    private final ExpertRepository experts;
    private final ExpertAccess access;
    private final Directory directory;
    private final AccountActivations activations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpertCatalog(ExpertRepository experts, ExpertAccess access, Directory directory, AccountActivations activations,
                  ApplicationEventPublisher events, Clock clock) {
        this.experts = experts;
        this.access = access;
        this.directory = directory;
        this.activations = activations;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reading

    /** Active (not retired, not merged) experts whose name or organisation contains the text, by name; for speaker pickers. */
    public List<Expert> searchActive(String query, int limit) {
        return experts.search(query, false, Math.max(1, Math.min(limit, 100)), 0);
    }

    /** Experts by id (retired ones too: an old talk still names them), by name. */
    public List<Expert> ofIds(List<Long> ids) {
        return experts.ofIds(ids == null ? List.of() : ids);
    }

    public Optional<Expert> find(long id) {
        return experts.find(id);
    }

    public Optional<Expert> byAccount(long accountId) {
        return experts.byAccount(accountId);
    }

    public Expert get(long id) {
        return experts.find(id).orElseThrow(() -> DomainException.notFound("expert.notFound", id));
    }

    public List<Expert> search(String query, boolean includeRetired, int limit, int offset) {
        return experts.search(query, includeRetired, limit, offset);
    }

    public long count(String query, boolean includeRetired) {
        return experts.count(query, includeRetired);
    }

    List<Expert> possibleDuplicates(Expert e) {
        return experts.possibleDuplicates(e);
    }

    public boolean activated(Expert e) {
        return e.accountId() != null && activations.activated(e.accountId());
    }

    // ------------------------------------------------------------------ changing

    @Transactional
    public long create(ExpertCommand c) {
        access.checkEdit();
        long organisation = organisationOf(c, null);
        ExpertRepository.Row row = new ExpertRepository.Row(c.fullName().strip(), clean(c.positionRu()),
                clean(c.positionBe()), clean(c.positionEn()), organisation, clean(c.email()),
                c.language() == null ? "ru" : c.language());
        checkDuplicate(row, null);
        return experts.insert(row);
    }

    @Transactional
    public void update(long id, ExpertCommand c) {
        access.checkEdit();
        Expert existing = get(id);
        if (existing.merged()) {
            throw DomainException.conflict("expert.merged", null, existing.mergedInto());
        }
        long organisation = organisationOf(c, existing);
        // a language (or field) not sent keeps its value: an editor of one language never clears the others
        ExpertRepository.Row row = new ExpertRepository.Row(c.fullName().strip(),
                c.positionRu() == null ? existing.positionRu() : clean(c.positionRu()),
                c.positionBe() == null ? existing.positionBe() : clean(c.positionBe()),
                c.positionEn() == null ? existing.positionEn() : clean(c.positionEn()),
                organisation,
                c.email() == null ? existing.email() : clean(c.email()),
                c.language() == null ? existing.language() : c.language());
        checkDuplicate(row, id);
        experts.update(id, row);
    }

    /** The expert, once the caller is found to be the programme office (for a confirmation page). */
    public Expert forOffice(long id) {
        access.checkProgrammeOffice();
        return get(id);
    }

    /** Retired experts stay on the agendas they spoke at and are offered for no new talk. */
    @Transactional
    public void retire(long id) {
        access.checkProgrammeOffice();
        get(id);
        experts.retire(id, clock.instant());
    }

    @Transactional
    public void delete(long id) {
        access.checkProgrammeOffice();
        Expert e = get(id);
        if (!experts.deleteIfUnused(id)) {
            throw DomainException.conflict("expert.inUse", null, e.talkCount());
        }
    }

    /** The same person recorded twice: {@code id}'s talks move to {@code into}, which is kept. */
    @Transactional
    public void merge(long id, Long into) {
        access.checkProgrammeOffice();
        if (into == null) {
            throw DomainException.invalid("expert.merge.target", "into");
        }
        if (into == id) {
            throw DomainException.invalid("expert.merge.self", "into");
        }
        get(id);
        if (experts.find(into).isEmpty()) {
            throw DomainException.invalid("expert.merge.targetNotFound", "into", into);
        }
        experts.lockPair(id, into);
        Expert source = get(id);
        Expert target = get(into);
        if (source.merged()) {
            throw DomainException.conflict("expert.merged", null, source.mergedInto());
        }
        if (target.merged()) {
            throw DomainException.invalid("expert.merge.targetMerged", "into", target.mergedInto());
        }
        experts.merge(id, into, clock.instant());
    }

    /** Gives the expert an EXPERT account and mails them a link to set its password (a new link on each call). */
    @Transactional
    public AccountActivations.Activation invite(long id) {
        access.checkProgrammeOffice();
        Expert e = get(id);
        if (e.retired()) {
            throw DomainException.conflict("expert.invite.retired", null);
        }
        if (e.email() == null) {
            throw DomainException.invalid("expert.invite.noEmail", "email");
        }
        AccountActivations.Activation a = activations.inviteExpert(e.accountId(), e.email(), e.fullName());
        experts.linkAccount(id, a.accountId());
        events.publishEvent(new ExpertInvited(id, a.accountId(), e.fullName(), e.email(), a.username(), e.language(),
                a.token(), a.expiresAt()));
        return a;
    }

    // ------------------------------------------------------------------ rules

    private long organisationOf(ExpertCommand c, Expert existing) {
        if (c.createsOrganisation()) {
            if (c.newOrganisationCategory() == null) {
                throw DomainException.invalid("expert.newOrganisation.categoryRequired", "newOrganisationCategory");
            }
            OrganisationRef created = directory.partnerOrganisation(c.newOrganisationNameRu(), c.newOrganisationNameBe(),
                    c.newOrganisationNameEn(), c.newOrganisationCategory().name(), PARTNER_TERRITORY);
            return created.id();
        }
        if (c.organisationId() == null) {
            if (existing != null) {
                return existing.organisationId();
            }
            throw DomainException.invalid("expert.organisation.required", "organisationId");
        }
        return directory.organisation(c.organisationId())
                .orElseThrow(() -> DomainException.invalid("expert.organisation.notFound", "organisationId", c.organisationId()))
                .id();
    }

    private void checkDuplicate(ExpertRepository.Row row, Long self) {
        experts.lockName(row.fullName(), row.organisationId());
        Optional<Expert> same = experts.sameName(row.fullName(), row.organisationId(), self);
        if (same.isPresent()) {
            throw new DuplicateExpertException(same.get());
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

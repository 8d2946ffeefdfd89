package by.egov.academy.directory.official;

import java.util.List;
import java.util.function.IntConsumer;

import by.egov.academy.directory.access.DirectoryAccess;
import by.egov.academy.directory.organisation.Organisation;
import by.egov.academy.directory.organisation.OrganisationRepository;
import by.egov.academy.platform.DomainException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OfficialService {

    private final OfficialRepository officials;
    private final OrganisationRepository organisations;
    private final DirectoryAccess access;

    OfficialService(OfficialRepository officials, OrganisationRepository organisations, DirectoryAccess access) {
        this.officials = officials;
        this.organisations = organisations;
        this.access = access;
    }

    public Official get(long id) {
        Official o = officials.find(id).orElseThrow(() -> DomainException.notFound("official.notFound", id));
        access.checkRead(o.territoryId());
        return o;
    }

    @Transactional
    public long create(OfficialCommand command) {
        checkOrganisation(command);
        refuseTakenEmail(command.email(), null);
        try {
            return officials.insert(command);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("official.emailUnavailable", "email");
        }
    }

    @Transactional
    public void update(long id, OfficialCommand command) {
        Official existing = get(id);
        access.checkWrite(existing.territoryId());
        checkOrganisation(command);
        refuseTakenEmail(command.email(), id);
        try {
            officials.update(id, command);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("official.emailUnavailable", "email");
        }
    }

    @Transactional
    /** The official, once the caller is found to be allowed to delete them, with how many invitations they have. */
    public int deletable(long id) {
        Official existing = get(id);
        access.checkWrite(existing.territoryId());
        return officials.invitationCount(id);
    }

    public void delete(long id) {
        Official existing = get(id);
        access.checkWrite(existing.territoryId());
        int invited = officials.invitationCount(id);
        if (invited > 0) { // said in words, not as the database's refusal
            throw DomainException.conflict("directory.officialHasInvitations." + by.egov.academy.platform.Plurals.category(invited,
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()), null, invited);
        }
        officials.delete(id);
    }

    /**
     * Imports already validated rows all together or not at all: any failure (a duplicate that appeared
     * meanwhile, a lost connection) rolls the whole file back.
     */
    @Transactional
    public int importAll(List<OfficialCommand> rows, IntConsumer progress) {
        // one check per organisation, not per row: a file of 10,000 officials names a few hundred
        rows.stream().collect(java.util.stream.Collectors.toMap(OfficialCommand::organisationId, r -> r, (a, b) -> a))
                .values().forEach(this::checkOrganisation);
        int done = 0;
        for (OfficialCommand row : rows) {
            try {
                officials.insert(row);
            } catch (DuplicateKeyException e) {
                // added meanwhile; the row is the importer's own, and the transaction can ask nothing more
                throw DomainException.conflict("official.emailTaken", "email", row.email());
            }
            done++;
            if (done % 100 == 0 || done == rows.size()) {
                progress.accept(done);
            }
        }
        return done;
    }

    /**
     * An address is one official's. Whose it is may be told only to those who may read that official: anyone
     * else learns that the address cannot be used, not in which oblast it is known.
     */
    private void refuseTakenEmail(String email, Long exceptId) {
        officials.emailOwnerTerritory(email, exceptId).ifPresent(territory -> {
            throw access.canRead(territory)
                    ? DomainException.conflict("official.emailTaken", "email", email)
                    : DomainException.conflict("official.emailUnavailable", "email");
        });
    }

    private void checkOrganisation(OfficialCommand command) {
        Organisation org = organisations.find(command.organisationId())
                .orElseThrow(() -> DomainException.invalid("organisation.notFound", "organisationId",
                        command.organisationId()));
        access.checkWrite(org.territoryId());
    }
}

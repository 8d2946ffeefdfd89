package by.egov.academy.directory.organisation;

import by.egov.academy.directory.access.DirectoryAccess;
import by.egov.academy.directory.territory.TerritoryRepository;
import by.egov.academy.platform.DomainException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final TerritoryRepository territories;
    private final DirectoryAccess access;

    OrganisationService(OrganisationRepository organisations, TerritoryRepository territories, DirectoryAccess access) {
        this.organisations = organisations;
        this.territories = territories;
        this.access = access;
    }

    public Organisation get(long id) {
        Organisation o = organisations.find(id)
                .orElseThrow(() -> DomainException.notFound("organisation.notFound", id));
        access.checkRead(o.territoryId());
        return o;
    }

    @Transactional
    public long create(OrganisationCommand command) {
        checkTerritory(command);
        try {
            return organisations.insert(command);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("organisation.duplicate", "nameRu");
        }
    }

    @Transactional
    public void update(long id, OrganisationCommand command) {
        Organisation existing = get(id);
        access.checkWrite(existing.territoryId());
        checkTerritory(command);
        try {
            organisations.update(id, command);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("organisation.duplicate", "nameRu");
        }
    }

    @Transactional
    /** The organisation, once the caller is found to be allowed to delete it (for a confirmation page). */
    public Organisation deletable(long id) {
        Organisation existing = get(id);
        access.checkWrite(existing.territoryId());
        return existing;
    }

    public void delete(long id) {
        Organisation existing = get(id);
        access.checkWrite(existing.territoryId());
        if (!organisations.deleteIfEmpty(id)) {
            throw existing.officialCount() > 0
                    ? DomainException.conflict("organisation.hasOfficials", null, existing.officialCount())
                    : DomainException.conflict("organisation.inUse", null);
        }
    }

    private void checkTerritory(OrganisationCommand command) {
        if (territories.find(command.territoryId()).isEmpty()) {
            throw DomainException.invalid("territory.notFound", "territoryId", command.territoryId());
        }
        access.checkWrite(command.territoryId());
    }
}

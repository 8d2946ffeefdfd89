package by.egov.academy.directory.access;

import java.util.Optional;

import by.egov.academy.directory.territory.Territory;
import by.egov.academy.directory.territory.TerritoryRepository;
import by.egov.academy.identity.CurrentUser;
import by.egov.academy.identity.CurrentUsers;
import by.egov.academy.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which part of the directory. The programme office: everything. A regional
 * coordinator: the organisations and officials of its own region (read and write). A site operator:
 * those of its own district, read only. Anyone else: nothing beyond the public territory list.
 */
@Component
public class DirectoryAccess {

    /** What a listing is limited to; both null means the whole country. */
    public record Scope(Long regionId, Long territoryId) {
        public static final Scope COUNTRY = new Scope(null, null);
    }

    private final CurrentUsers currentUsers;
    private final TerritoryRepository territories;

    DirectoryAccess(CurrentUsers currentUsers, TerritoryRepository territories) {
        this.currentUsers = currentUsers;
        this.territories = territories;
    }

    public Scope readScope() {
        CurrentUser user = currentUsers.require();
        return switch (user.role()) {
            case PROGRAMME_OFFICE -> Scope.COUNTRY;
            case REGIONAL_COORDINATOR -> new Scope(user.territoryId(), null);
            case SITE_OPERATOR -> new Scope(null, user.territoryId());
            default -> throw new AccessDeniedException("no directory access");
        };
    }

    public boolean canRead(long territoryId) {
        Scope scope = readScope();
        if (scope.regionId() == null && scope.territoryId() == null) {
            return true;
        }
        Optional<Territory> t = territories.find(territoryId);
        if (t.isEmpty()) {
            return false;
        }
        if (scope.regionId() != null) {
            return scope.regionId().equals(t.get().regionId());
        }
        return scope.territoryId().equals(t.get().id());
    }

    public boolean canWrite(long territoryId) {
        CurrentUser user = currentUsers.require();
        if (user.role() == Role.PROGRAMME_OFFICE) {
            return true;
        }
        if (user.role() != Role.REGIONAL_COORDINATOR) {
            return false;
        }
        return territories.find(territoryId).map(t -> user.territoryId().equals(t.regionId())).orElse(false);
    }

    public boolean canWriteAnything() {
        Role role = currentUsers.require().role();
        return role == Role.PROGRAMME_OFFICE || role == Role.REGIONAL_COORDINATOR;
    }

    public void checkRead(long territoryId) {
        if (!canRead(territoryId)) {
            throw new AccessDeniedException("territory " + territoryId + " is outside the user's scope");
        }
    }

    public void checkWrite(long territoryId) {
        if (!canWrite(territoryId)) {
            throw new AccessDeniedException("territory " + territoryId + " is outside the user's scope");
        }
    }
}

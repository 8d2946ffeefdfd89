package by.egov.academy.participation.invitation;

import by.egov.academy.identity.CurrentUsers;
import by.egov.academy.identity.Role;
import by.egov.academy.platform.DomainException;
import by.egov.academy.programme.Seminars;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

@Component
public class ParticipationAccess {

    private final Seminars seminars;
    private final CurrentUsers users;

    ParticipationAccess(Seminars seminars, CurrentUsers users) {
        this.seminars = seminars;
        this.users = users;
    }

    public Seminars.SeminarInfo manageable(long seminarId) {
        var s = seminars.find(seminarId).orElseThrow(() -> DomainException.notFound("seminar.notFound", seminarId));
        if (!seminars.canManage(seminarId)) {
            throw new AccessDeniedException("not an organiser of seminar " + seminarId);
        }
        return s;
    }

    /** The site's own operator (bound to its district) or the seminar's organisers. */
    public Seminars.SiteInfo site(long seminarId, long siteId) {
        var site = seminars.remoteSites(seminarId).stream().filter(x -> x.id() == siteId).findFirst()
                .orElseThrow(() -> DomainException.notFound("site.notFound", siteId));
        var user = users.require();
        boolean operator = user.role() == Role.SITE_OPERATOR && user.territoryId() != null
                && user.territoryId() == site.territoryId();
        if (!operator && !seminars.canManage(seminarId)) {
            throw new AccessDeniedException("not this site's operator");
        }
        return site;
    }

    /** Whether the signed-in user organises this seminar (not merely operates one of its sites). */
    public boolean canManage(long seminarId) {
        return seminars.canManage(seminarId);
    }

    public boolean isProgrammeOffice() {
        return users.current().map(u -> u.role() == Role.PROGRAMME_OFFICE).orElse(false);
    }

    public String who() {
        return users.current().map(u -> u.username()).orElse("system");
    }
}

package by.egov.academy.participation.invitation;

import jakarta.validation.constraints.Size;

/**
 * The official's answer as typed on the RSVP page: the choice, the site (videoconference only), a colleague picked
 * from the list or a deputy typed in (delegation only). Shown again as typed when the answer is refused.
 */
record RsvpForm(RsvpService.Choice choice, Long siteId, Long delegateOfficialId,
                @Size(max = 300) String deputyName, @Size(max = 300) String deputyPosition,
                @Size(max = 254) String deputyEmail) {

    static RsvpForm empty(Long ownSite) {
        return new RsvpForm(null, ownSite, null, null, null, null);
    }

    RsvpService.NewDeputy deputy() {
        return new RsvpService.NewDeputy(deputyName, deputyPosition, deputyEmail);
    }
}

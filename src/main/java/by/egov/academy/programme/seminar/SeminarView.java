package by.egov.academy.programme.seminar;

import java.util.List;

import by.egov.academy.directory.TerritoryRef;

/** Everything a seminar page shows, read in one place for the public page, the manage page and the API. */
public record SeminarView(Seminar seminar, TerritoryRef host, SeminarRepository.Venue venue, TerritoryRef venuePlace,
                          List<SeminarRepository.Organiser> organisers, List<Talk> talks,
                          List<RemoteSite> remoteSites, SeminarRepository.Cycle cycle, Seminar next,
                          TerritoryRef nextHost) {
}

package by.egov.academy.reporting.coverage;

/**
 * Coverage figures of one territory or region. Invitations and attendance count an official once per seminar
 * (someone at three seminars counts three times); organisations are counted once.
 *
 * @param targetOrganisations      organisations of the target categories located there
 * @param reachedOrganisations     of those, the ones with at least one official who attended (in person or remotely)
 * @param districtCommittees       district executive committees there
 * @param districtCommitteesReached of those, the ones reached
 */
record Figures(long targetOrganisations, long reachedOrganisations, long invited, long attendedInPerson,
               long attendedRemotely, long districtCommittees, long districtCommitteesReached) {

    static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0);

    Figures plus(Figures o) {
        return new Figures(targetOrganisations + o.targetOrganisations, reachedOrganisations + o.reachedOrganisations,
                invited + o.invited, attendedInPerson + o.attendedInPerson, attendedRemotely + o.attendedRemotely,
                districtCommittees + o.districtCommittees, districtCommitteesReached + o.districtCommitteesReached);
    }

    /** Share of target organisations reached, 0–100, one decimal. */
    public double reachedPercent() {
        return percent(reachedOrganisations, targetOrganisations);
    }

    /** Share of district executive committees reached, 0–100, one decimal; null where there are none. */
    public Double districtCommitteesPercent() {
        return districtCommittees == 0 ? null : percent(districtCommitteesReached, districtCommittees);
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}

package by.egov.academy.publishing.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the seminar's records disagree about who took part remotely: the sites, the sites with attendance recorded
 * and the number of districts the audience text names. The writer says what the sites say; the editor is shown the
 * disagreement before publishing.
 */
final class Disagreements {

    /** A message code and its arguments. */
    record Disagreement(String code, Object[] args) {
    }

    private static final Pattern DISTRICTS = Pattern.compile("(\\d+)\\s+(район|раён|district)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Disagreements() {
    }

    static List<Disagreement> of(SeminarFacts f, Locale language) {
        List<Disagreement> found = new ArrayList<>();
        int sites = f.remoteDistricts();
        int attended = f.records().districtsWithAttendance();
        if (attended > 0 && attended != sites) {
            found.add(new Disagreement("news.disagree.attendance", new Object[]{sites, attended}));
        }
        String audience = f.audience().in(language);
        if (audience != null) {
            Matcher m = DISTRICTS.matcher(audience);
            if (m.find()) {
                int named = Integer.parseInt(m.group(1).length() > 6 ? "0" : m.group(1));
                if (named != sites) {
                    found.add(new Disagreement("news.disagree.audience", new Object[]{named, sites}));
                }
            }
        }
        return found;
    }
}

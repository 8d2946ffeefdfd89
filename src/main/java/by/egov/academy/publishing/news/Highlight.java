package by.egov.academy.publishing.news;

import java.util.ArrayList;
import java.util.List;

import by.egov.academy.publishing.grammar.GrammarCheck;

/** A checked text cut into runs, each either plain or one grammar match (shown marked, its message beside it). */
record Highlight(String text, Integer match, String message) {

    static List<Highlight> of(String text, List<GrammarCheck.Match> matches) {
        List<Highlight> runs = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < matches.size(); i++) {
            GrammarCheck.Match m = matches.get(i);
            if (m.from() < at) {
                continue; // overlapping matches: the first one is shown
            }
            if (m.from() > at) {
                runs.add(new Highlight(text.substring(at, m.from()), null, null));
            }
            runs.add(new Highlight(text.substring(m.from(), m.to()), i + 1, m.message()));
            at = m.to();
        }
        if (at < text.length()) {
            runs.add(new Highlight(text.substring(at), null, null));
        }
        return runs;
    }
}

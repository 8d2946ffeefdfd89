package by.egov.academy.feedback.results;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart laid out on the server, drawn by the page as SVG with attributes only (no inline style,
 * which the Content-Security-Policy forbids): each bar's label, count, and rectangle in a fixed viewBox.
 */
public record Chart(int width, int height, List<Bar> bars) {

    static final int LABEL = 150;
    static final int ROW = 26;
    static final int BAR_HEIGHT = 18;
    static final int WIDTH = 560;
    static final int PLOT = WIDTH - LABEL - 60;

    public record Bar(String label, long count, int x, int y, int width, int height, int textY, int countX) {
    }

    static Chart of(List<String> labels, List<Long> counts) {
        long max = Math.max(1, counts.stream().mapToLong(Long::longValue).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            long c = counts.get(i);
            int w = (int) Math.round((double) PLOT * c / max);
            int y = i * ROW + 4;
            bars.add(new Bar(labels.get(i), c, LABEL, y, Math.max(w, c > 0 ? 2 : 0), BAR_HEIGHT, y + BAR_HEIGHT - 5,
                    LABEL + w + 6));
        }
        return new Chart(WIDTH, labels.size() * ROW + 8, bars);
    }
}

package by.egov.academy.publishing.news;

import java.util.ArrayList;
import java.util.List;

/** The word-by-word difference between the last published text and the one about to be published (longest common subsequence). */
final class TextDiff {

    /** A run of words: kept, added or removed. */
    record Part(String kind, String text) {
        public boolean added() {
            return kind.equals("ADDED");
        }

        public boolean removed() {
            return kind.equals("REMOVED");
        }
    }

    private static final int MAX_WORDS = 4000;

    private TextDiff() {
    }

    static List<Part> of(String before, String after) {
        String[] a = words(before);
        String[] b = words(after);
        if (a.length > MAX_WORDS || b.length > MAX_WORDS) {
            return List.of(new Part("REMOVED", String.join(" ", a)), new Part("ADDED", String.join(" ", b)));
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                add(parts, "SAME", a[i]);
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(parts, "ADDED", b[j++]);
            } else {
                add(parts, "REMOVED", a[i++]);
            }
        }
        return parts;
    }

    static boolean same(List<Part> parts) {
        return parts.stream().allMatch(p -> p.kind().equals("SAME"));
    }

    private static void add(List<Part> parts, String kind, String word) {
        if (!parts.isEmpty() && parts.get(parts.size() - 1).kind().equals(kind)) {
            Part last = parts.remove(parts.size() - 1);
            parts.add(new Part(kind, last.text() + " " + word));
        } else {
            parts.add(new Part(kind, word));
        }
    }

    private static String[] words(String s) {
        return s == null || s.isBlank() ? new String[0] : s.strip().split("\\s+");
    }
}

package dev.colloquy.api.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines that differ between two texts, "-" expected and "+" actual with two lines of context around each
 * change, so that a failed comparison of whole files shows what changed and nothing else. A schema is a few
 * hundred lines: the quadratic longest-common-subsequence table costs nothing worth avoiding.
 */
public final class LineDiff {

    private static final int CONTEXT = 2;

    private LineDiff() {}

    /**
     * The same, headed with what each side is ("--- committed schema.graphql", "+++ served by the API"), or
     * empty when the texts have the same lines.
     */
    public static String between(String expectedName, String expected, String actualName, String actual) {
        String diff = between(expected, actual);
        return diff.isEmpty() ? "" : "--- " + expectedName + "\n+++ " + actualName + "\n" + diff;
    }

    /** Empty when the texts have the same lines (line endings and trailing white space aside). */
    public static String between(String expected, String actual) {
        List<String> edits = edits(lines(expected), lines(actual));
        StringBuilder out = new StringBuilder();
        int printed = -1;
        for (int i = 0; i < edits.size(); i++) {
            if (changeNear(edits, i)) {
                out.append(printed >= 0 && i > printed + 1 ? "...\n" : "")
                        .append(edits.get(i))
                        .append('\n');
                printed = i;
            }
        }
        return out.toString();
    }

    private static boolean changeNear(List<String> edits, int i) {
        for (int j = Math.max(0, i - CONTEXT); j <= Math.min(edits.size() - 1, i + CONTEXT); j++) {
            if (edits.get(j).charAt(0) != ' ') {
                return true;
            }
        }
        return false;
    }

    private static List<String> lines(String text) {
        return List.of(text.replace("\r\n", "\n").stripTrailing().split("\n", -1));
    }

    private static List<String> edits(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(" " + a.get(i++));
                j++;
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                edits.add("+" + b.get(j++));
            } else {
                edits.add("-" + a.get(i++));
            }
        }
        return edits;
    }
}

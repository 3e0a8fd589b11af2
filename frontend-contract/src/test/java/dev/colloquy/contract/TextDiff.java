package dev.colloquy.contract;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff in the familiar unified style ("-" committed, "+" served, a few lines of context), so that a
 * stale contract file fails the build with a message that shows exactly what changed. The files are a few
 * hundred lines, so the plain quadratic longest-common-subsequence table is ample.
 */
public final class TextDiff {

    private static final int CONTEXT = 2;

    private TextDiff() {}

    /** The differences from expected to actual; empty when the texts have the same lines. */
    public static String between(String expectedName, String expected, String actualName, String actual) {
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        List<String> edits = edits(a, b);
        if (edits.stream().allMatch(e -> e.startsWith(" "))) {
            return "";
        }
        StringBuilder out = new StringBuilder("--- " + expectedName + "\n+++ " + actualName + "\n");
        int lastPrinted = -1;
        for (int i = 0; i < edits.size(); i++) {
            if (!nearChange(edits, i)) {
                continue;
            }
            if (lastPrinted >= 0 && i > lastPrinted + 1) {
                out.append("...\n");
            }
            out.append(edits.get(i)).append('\n');
            lastPrinted = i;
        }
        return out.toString();
    }

    private static boolean nearChange(List<String> edits, int i) {
        for (int j = Math.max(0, i - CONTEXT); j <= Math.min(edits.size() - 1, i + CONTEXT); j++) {
            if (!edits.get(j).startsWith(" ")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lines(String text) {
        return List.of(text.replace("\r\n", "\n").stripTrailing().split("\n", -1));
    }

    /** Each line of the merged sequence, prefixed with ' ' (both), '-' (expected only) or '+' (actual only). */
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

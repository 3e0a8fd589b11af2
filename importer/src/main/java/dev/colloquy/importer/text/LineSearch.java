package dev.colloquy.importer.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern over a long text, found only in the lines that hold one of the words every match
 * contains. Several stages run, over the whole prose, patterns that begin with an alternation tried at every
 * character ("told", "interviewed by", an interviewer's role); a quick search for those words skips the lines
 * that cannot match.
 *
 * <p>The matches are exactly those of the pattern over the whole text, in the same order, provided no match can
 * span a line break and every match contains one of the words: each line is searched as a region of the text, with
 * opaque and anchoring bounds, so that word boundaries, look-behinds and a multi-line {@code ^} at its ends are read
 * as they are after and before a line break.
 */
public final class LineSearch {

    private final String text;
    /** The text with only A–Z lower-cased, so that offsets agree: how a pattern's {@code (?i:…)} compares. */
    private final String asciiLower;

    public LineSearch(String text) {
        this.text = text;
        this.asciiLower = asciiLowerCase(text);
    }

    private static String asciiLowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /**
     * Every match, where each match contains one of the words compared as {@code (?i:…)} compares them (US-ASCII
     * letters without regard to case, any other character as it is). Words with other letters than ASCII, or
     * with line breaks, are looked for over the whole text.
     */
    public List<MatchResult> matches(Pattern pattern, Collection<String> words) {
        return search(pattern, words, false);
    }

    /** The first match, as {@link #matches} would give it first, or null. */
    public MatchResult first(Pattern pattern, Collection<String> words) {
        List<MatchResult> found = search(pattern, words, true);
        return found.isEmpty() ? null : found.get(0);
    }

    private List<MatchResult> search(Pattern pattern, Collection<String> words, boolean firstOnly) {
        boolean plain =
                words.stream().allMatch(word -> !word.isEmpty() && word.chars().allMatch(c -> c < 0x80 && c != '\n'));
        if (!plain) {
            return everywhere(pattern.matcher(text), firstOnly);
        }
        List<Integer> anchors = new ArrayList<>();
        for (String word : words) {
            String lower = asciiLowerCase(word);
            for (int at = asciiLower.indexOf(lower); at >= 0; at = asciiLower.indexOf(lower, at + 1)) {
                anchors.add(at);
            }
        }
        int[] sorted = anchors.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(sorted);
        return inLines(pattern, text, sorted, firstOnly);
    }

    private static List<MatchResult> everywhere(Matcher matcher, boolean firstOnly) {
        List<MatchResult> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.toMatchResult());
            if (firstOnly) {
                break;
            }
        }
        return found;
    }

    /** The matches of the pattern in the lines that hold the given offsets (ascending), line by line. */
    static List<MatchResult> inLines(Pattern pattern, String text, int[] anchors, boolean firstOnly) {
        Matcher matcher = pattern.matcher(text);
        List<MatchResult> found = new ArrayList<>();
        int searchedTo = -1;
        for (int anchor : anchors) {
            if (anchor <= searchedTo) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', anchor - 1) + 1;
            int lineEnd = text.indexOf('\n', anchor);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            matcher.region(lineStart, lineEnd);
            while (matcher.find()) {
                found.add(matcher.toMatchResult());
                if (firstOnly) {
                    return found;
                }
            }
            searchedTo = lineEnd;
        }
        return found;
    }
}

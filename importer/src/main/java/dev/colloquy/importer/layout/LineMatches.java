package dev.colloquy.importer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern over an article's prose, found only in the lines that hold a word every match must
 * contain. Speaker names are completed by searching the whole prose once per name, with patterns that try every
 * capitalised word; most lines do not hold the name at all, and a quick search for it skips them.
 *
 * <p>The matches are exactly those of the pattern over the whole text, in the same order, provided no match can
 * span a line break (the callers' patterns match letters, marks and spaces only) and every match contains the
 * word: each line is searched as a region of the text with opaque bounds, so that word boundaries at its ends are
 * read as they are at a line break.
 */
final class LineMatches {

    private LineMatches() {}

    /**
     * @param word         a word every match contains, without line breaks
     * @param ignoringCase whether the pattern matches the word with {@code CASE_INSENSITIVE | UNICODE_CASE}; it is
     *                     then looked for the same way, so that no line a match could be in is skipped
     */
    static List<MatchResult> find(Pattern pattern, String text, String word, boolean ignoringCase) {
        Matcher matcher = pattern.matcher(text);
        List<MatchResult> found = new ArrayList<>();
        if (word.isEmpty() || word.indexOf('\n') >= 0) {
            while (matcher.find()) {
                found.add(matcher.toMatchResult());
            }
            return found;
        }
        Matcher required = ignoringCase
                ? Pattern.compile(Pattern.quote(word), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(text)
                : null;
        int from = 0;
        while (from <= text.length()) {
            int at = required == null ? text.indexOf(word, from) : required.find(from) ? required.start() : -1;
            if (at < 0) {
                break;
            }
            int lineStart = text.lastIndexOf('\n', at - 1) + 1;
            int lineEnd = text.indexOf('\n', at);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            matcher.region(lineStart, lineEnd);
            while (matcher.find()) {
                found.add(matcher.toMatchResult());
            }
            from = lineEnd + 1;
        }
        return found;
    }
}

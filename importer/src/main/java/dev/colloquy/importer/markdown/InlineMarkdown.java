package dev.colloquy.importer.markdown;

import dev.colloquy.importer.text.MappedText;

/**
 * Removes Markdown's inline markup from one line of source while recording, for every character kept,
 * where it came from: emphasis markers, link targets ({@code [text](url)}, {@code [text][ref]}), inline
 * images, code ticks, inline tags and escapes go; the words stay. Brackets not followed by a link target
 * are kept, because transcripts use them for "[crosstalk]" and editorial insertions.
 */
final class InlineMarkdown {

    /** Links, tags and targets longer than this are not what they seem; the bound keeps scans linear. */
    private static final int MAX_CONSTRUCT = 2000;

    /** Whether every character emitted so far since {@link #reset()} was inside strong emphasis. */
    private boolean allStrong = true;

    private boolean strong;
    private int emitted;
    private int reached;

    void reset() {
        allStrong = true;
        strong = false;
        emitted = 0;
    }

    boolean allStrong() {
        return emitted > 0 && allStrong;
    }

    /** Renders {@code source[start, end)} into {@code out}. */
    void render(String source, int start, int end, MappedText.Builder out) {
        int i = start;
        while (i < end) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < end && isPunctuation(source.charAt(i + 1))) {
                emit(out, source.charAt(i + 1), i, i + 2);
                i += 2;
            } else if (c == '!' && i + 1 < end && source.charAt(i + 1) == '[') {
                int after = linkEnd(source, i + 1, end);
                if (after > 0) {
                    i = after; // an inline image: its alt text is no part of the prose
                } else {
                    emit(out, c, i, i + 1);
                    i++;
                }
            } else if (c == '[') {
                int close = matchingBracket(source, i, end);
                int after = close > 0 ? targetEnd(source, close + 1, end) : -1;
                if (close < 0) {
                    // "[sidecar\ncontainers](…)": a link whose text runs on to the next line of its paragraph
                    int limit = paragraphEnd(source, end);
                    int far = matchingBracket(source, i, limit);
                    int farAfter = far > 0 ? targetEnd(source, far + 1, limit) : -1;
                    if (farAfter > 0) {
                        close = far;
                        after = farAfter;
                    }
                }
                if (after > 0) {
                    render(source, i + 1, close, out);
                    i = after;
                } else {
                    emit(out, c, i, i + 1);
                    i++;
                }
            } else if (c == '*' || c == '_') {
                int run = i;
                while (run < end && source.charAt(run) == c) {
                    run++;
                }
                if (isDelimiter(source, i, run, end)) {
                    if (run - i >= 2) {
                        strong = !strong;
                    }
                } else {
                    for (int k = i; k < run; k++) {
                        emit(out, c, k, k + 1);
                    }
                }
                i = run;
            } else if (c == '`') {
                i++; // code ticks go, the code stays
            } else if (c == '<') {
                int close = indexOf(source, '>', i, Math.min(end, i + MAX_CONSTRUCT));
                if (close > 0
                        && close < end
                        && close - i < MAX_CONSTRUCT
                        && isTagOrAutolink(source.substring(i, close + 1))) {
                    if (source.startsWith("<http", i)) {
                        for (int k = i + 1; k < close; k++) {
                            emit(out, source.charAt(k), k, k + 1);
                        }
                    }
                    i = close + 1;
                } else {
                    emit(out, c, i, i + 1);
                    i++;
                }
            } else if (Character.isWhitespace(c) || c == '\u00a0') {
                out.appendSpace(' ', i, i + 1);
                i++;
            } else {
                emit(out, c, i, i + 1);
                i++;
            }
        }
        reached = i;
    }

    /** Where the last {@link #render} stopped: past its end when a link ran on into the next line. */
    int reached() {
        return reached;
    }

    /** The end of the paragraph that goes on at {@code from}: the next blank line, or the text's end. */
    private static int paragraphEnd(String source, int from) {
        int limit = Math.min(source.length(), from + MAX_CONSTRUCT);
        for (int k = from; k < limit; k++) {
            if (source.charAt(k) == '\n') {
                int next = k + 1;
                while (next < limit && (source.charAt(next) == ' ' || source.charAt(next) == '\t')) {
                    next++;
                }
                if (next >= source.length() || source.charAt(next) == '\n') {
                    return k;
                }
            }
        }
        return limit;
    }

    private void emit(MappedText.Builder out, char c, int from, int to) {
        out.append(c, from, to);
        emitted++;
        allStrong &= strong;
    }

    /** Emphasis markers touch a word on one side; "5 * 3" and snake_case keep theirs. */
    private static boolean isDelimiter(String source, int from, int to, int end) {
        boolean spaceBefore = from == 0 || Character.isWhitespace(source.charAt(from - 1));
        boolean spaceAfter = to >= end || Character.isWhitespace(source.charAt(to));
        if (spaceBefore && spaceAfter) {
            return false;
        }
        // Inside a word ("2*3", "snake_case") the marker is a character; emphasis inside words is rare in prose.
        boolean wordBefore = from > 0 && Character.isLetterOrDigit(source.charAt(from - 1));
        boolean wordAfter = to < end && Character.isLetterOrDigit(source.charAt(to));
        return !(wordBefore && wordAfter);
    }

    /** For "[...](...)" or "[...][...]" starting at {@code open}: the offset after it, or -1. */
    private static int linkEnd(String source, int open, int end) {
        int close = matchingBracket(source, open, end);
        return close > 0 ? targetEnd(source, close + 1, end) : -1;
    }

    /** The offset after a "(url)" or "[ref]" starting at {@code at}, or -1 when none starts there. */
    private static int targetEnd(String source, int at, int end) {
        if (at >= end) {
            return -1;
        }
        char open = source.charAt(at);
        char close = open == '(' ? ')' : open == '[' ? ']' : 0;
        if (close == 0) {
            return -1;
        }
        int depth = 0;
        for (int k = at; k < Math.min(end, at + MAX_CONSTRUCT); k++) {
            char c = source.charAt(k);
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return k + 1;
            }
        }
        return -1;
    }

    private static int matchingBracket(String source, int open, int end) {
        int depth = 0;
        for (int k = open; k < Math.min(end, open + MAX_CONSTRUCT); k++) {
            char c = source.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    private static int indexOf(String source, char wanted, int from, int to) {
        for (int k = from; k < to; k++) {
            if (source.charAt(k) == wanted) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isTagOrAutolink(String candidate) {
        return candidate.matches("</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>")
                || candidate.matches("<https?://[^\\s<>]+>");
    }

    private static boolean isPunctuation(char c) {
        return "\\`*_{}[]()#+-.!<>|~\"'".indexOf(c) >= 0;
    }
}

package dev.colloquy.importer.quote;

import dev.colloquy.core.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the passages of a paragraph set in quotation marks, curly (“…”) or straight ("…"), and returns the
 * span of the words inside the marks. A straight mark opens where it follows a space or the start and comes
 * before a word; inside an open quotation such a mark opens a nested one ("it wouldn't be called "research",
 * would it?"), which the next closing mark closes, so the outer quotation is returned whole.
 *
 * <p>Single marks (‘…’, '…') quote as well in British usage and in many blogs ("They'll tell me 'use modulo'"),
 * but the same characters are apostrophes ("don't", "the Mets' season"), so a single mark opens only after a
 * space or the start and before a word, closes only after a word and before a space or punctuation, and a
 * passage in single marks inside one in double marks is left to the outer quotation.
 */
final class QuotedSpeech {

    private static final String BEFORE_OPENING = "([{—–-/";
    /** What may follow a closing single mark: anything but a letter or digit ends the quotation there. */
    private static final String AFTER_SINGLE_CLOSE = ".,;:!?)]}”\"—–-…";

    /** A passage in quotation marks, and whether the marks are single ones. */
    record Quoted(Span span, boolean single) {}

    private QuotedSpeech() {}

    /** The passages in double marks and, outside them, those in single marks, in text order. */
    static List<Quoted> findAll(String text, int from, int to) {
        List<Span> doubles = find(text, from, to);
        List<Quoted> all = new ArrayList<>();
        for (Span span : doubles) {
            all.add(new Quoted(span, false));
        }
        for (Span span : findSingle(text, from, to)) {
            boolean inside = doubles.stream()
                    .anyMatch(outer -> outer.start() - 1 <= span.start() && span.end() <= outer.end() + 1);
            if (!inside) {
                all.add(new Quoted(span, true));
            }
        }
        all.sort(Comparator.comparingInt(quoted -> quoted.span().start()));
        return all;
    }

    /** The passages in single marks, curly (‘…’) or straight ('…'), told apart from apostrophes as above. */
    static List<Span> findSingle(String text, int from, int to) {
        List<Span> found = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open < 0 && (c == '‘' || c == '\'') && opens(text, i, from, to)) {
                open = i;
            } else if (open >= 0 && closesSingle(text, i, to, text.charAt(open))) {
                add(found, open, i);
                open = -1;
            }
        }
        return found;
    }

    private static boolean closesSingle(String text, int at, int to, char opening) {
        char c = text.charAt(at);
        boolean mark = opening == '‘' ? c == '’' : c == '\'';
        if (!mark || Character.isWhitespace(text.charAt(at - 1))) {
            return false;
        }
        return at + 1 >= to
                || Character.isWhitespace(text.charAt(at + 1))
                || AFTER_SINGLE_CLOSE.indexOf(text.charAt(at + 1)) >= 0;
    }

    static List<Span> find(String text, int from, int to) {
        List<Span> found = new ArrayList<>();
        int open = -1;
        int nested = 0;
        char expectedClose = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open < 0 && (c == '“' || c == '"' || c == '„')) {
                open = i;
                nested = 0;
                expectedClose = c == '"' ? '"' : '”';
            } else if (open >= 0 && c == '"' && expectedClose == '"') {
                if (opens(text, i, from, to) && !closes(text, i, from)) {
                    nested++;
                } else if (nested > 0) {
                    nested--;
                } else {
                    add(found, open, i);
                    open = -1;
                }
            } else if (open >= 0
                    && (c == expectedClose || expectedClose == '”' && c == '"' && text.charAt(open) == '„')) {
                add(found, open, i);
                open = -1;
            } else if (open >= 0 && c == '“' && expectedClose == '”') {
                open = i; // an unclosed mark: start again from the later one
            }
        }
        return found;
    }

    private static void add(List<Span> found, int open, int close) {
        if (close > open + 1) {
            found.add(new Span(open + 1, close));
        }
    }

    private static boolean opens(String text, int at, int from, int to) {
        boolean afterSpace = at == from
                || Character.isWhitespace(text.charAt(at - 1))
                || BEFORE_OPENING.indexOf(text.charAt(at - 1)) >= 0;
        return afterSpace && at + 1 < to && !Character.isWhitespace(text.charAt(at + 1));
    }

    private static boolean closes(String text, int at, int from) {
        return at > from && !Character.isWhitespace(text.charAt(at - 1));
    }
}

package dev.colloquy.importer.quote;

import dev.colloquy.core.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the passages of a paragraph set in quotation marks, curly (“…”) or straight ("…"), and returns the
 * span of the words inside the marks. A straight mark opens where it follows a space or the start and comes
 * before a word; inside an open quotation such a mark opens a nested one ("it wouldn't be called "research",
 * would it?"), which the next closing mark closes, so the outer quotation is returned whole.
 */
final class QuotedSpeech {

    private static final String BEFORE_OPENING = "([{—–-/";

    private QuotedSpeech() {}

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

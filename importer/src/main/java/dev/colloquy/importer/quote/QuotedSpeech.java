package dev.colloquy.importer.quote;

import dev.colloquy.core.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the passages of a paragraph set in quotation marks, curly (“…”) or straight ("…"), and returns the
 * span of the words inside the marks. Straight marks pair up in order of appearance.
 */
final class QuotedSpeech {

    private QuotedSpeech() {}

    static List<Span> find(String text, int from, int to) {
        List<Span> found = new ArrayList<>();
        int open = -1;
        char expectedClose = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open < 0 && (c == '“' || c == '"' || c == '„')) {
                open = i;
                expectedClose = c == '"' ? '"' : '”';
            } else if (open >= 0
                    && (c == expectedClose || expectedClose == '”' && c == '"' && text.charAt(open) == '„')) {
                if (i > open + 1) {
                    found.add(new Span(open + 1, i));
                }
                open = -1;
            } else if (open >= 0 && c == '“' && expectedClose == '”') {
                open = i; // an unclosed mark: start again from the later one
            }
        }
        return found;
    }
}

package dev.colloquy.core.excerpt;

import dev.colloquy.core.text.Span;

/** A W3C Web Annotation TextPositionSelector: the selection as character offsets into the source text. */
public record TextPositionSelector(int start, int end) {

    public TextPositionSelector {
        new Span(start, end);
    }

    public Span span() {
        return new Span(start, end);
    }
}

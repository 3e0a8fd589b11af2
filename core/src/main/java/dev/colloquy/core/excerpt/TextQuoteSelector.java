package dev.colloquy.core.excerpt;

import java.util.Objects;

/**
 * A W3C Web Annotation TextQuoteSelector: the exact words of a selection with a little of the text on either
 * side, so that the selection can be found again after the text around it changes.
 */
public record TextQuoteSelector(String exact, String prefix, String suffix) {

    /** How many characters of context each side keeps. */
    public static final int CONTEXT = 32;

    public TextQuoteSelector {
        Objects.requireNonNull(exact, "exact");
        if (exact.isEmpty()) {
            throw new IllegalArgumentException("a quote selector needs the exact text it selects");
        }
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** The selector for {@code text[start, end)}. */
    public static TextQuoteSelector of(String text, int start, int end) {
        return new TextQuoteSelector(
                text.substring(start, end),
                text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)));
    }
}

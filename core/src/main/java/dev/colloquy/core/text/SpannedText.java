package dev.colloquy.core.text;

import java.util.Objects;

/**
 * A piece of text together with the span of the source it was cut from.
 *
 * <p>For plain-text sources the text is exactly {@code source.substring(span)}; for sources with inline
 * markup (HTML, Markdown) the text is the readable content and the span covers the marked-up original.
 */
public record SpannedText(String text, Span span) {

    public SpannedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    /** Cuts the exact characters of {@code span} out of {@code source}. */
    public static SpannedText cut(String source, Span span) {
        span.requireWithin(source.length(), "text");
        return new SpannedText(source.substring(span.start(), span.end()), span);
    }

    public static SpannedText cut(String source, int start, int end) {
        return cut(source, new Span(start, end));
    }

    /** True when the text is a verbatim copy of the source characters its span points at. */
    public boolean isVerbatimIn(String source) {
        return span.end() <= source.length()
                && source.regionMatches(span.start(), text, 0, text.length())
                && text.length() == span.length();
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    @Override
    public String toString() {
        return span + " " + text;
    }
}

package dev.colloquy.core.text;

/**
 * A half-open range {@code [start, end)} of character offsets into a source text.
 * Offsets count UTF-16 code units, exactly as {@link String#substring(int, int)} does.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("span start must not be negative: " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("span end " + end + " lies before its start " + start);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    /** Fails unless this span lies inside a text of the given length. */
    public Span requireWithin(int textLength, String what) {
        if (end > textLength) {
            throw new IllegalArgumentException(
                    what + " span " + this + " reaches past the end of the source text (" + textLength + " chars)");
        }
        return this;
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    @Override
    public int compareTo(Span other) {
        int byStart = Integer.compare(start, other.start);
        return byStart != 0 ? byStart : Integer.compare(end, other.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}

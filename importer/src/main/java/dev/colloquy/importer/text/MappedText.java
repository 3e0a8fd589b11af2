package dev.colloquy.importer.text;

import dev.colloquy.core.text.Span;
import dev.colloquy.core.text.SpannedText;
import java.util.Arrays;

/**
 * Readable text together with, for each of its characters, the range of source characters it came from.
 * Plain text maps one to one; HTML and Markdown do not ("&amp;" is one character from five, "**" none from
 * two), yet every piece cut from the readable text must still carry the span of the source it renders.
 */
public final class MappedText {

    private final String text;
    /** For verbatim text: the source offset of the first character; the arrays are then null. */
    private final int base;

    private final int[] starts;
    private final int[] ends;

    private MappedText(String text, int base, int[] starts, int[] ends) {
        this.text = text;
        this.base = base;
        this.starts = starts;
        this.ends = ends;
    }

    /** The source characters {@code [start, end)} as they are. */
    public static MappedText verbatim(String source, int start, int end) {
        return new MappedText(source.substring(start, end), start, null, null);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The first source offset of character {@code i}. */
    public int sourceStart(int i) {
        return starts == null ? base + i : starts[i];
    }

    /** The source offset just after character {@code i}. */
    public int sourceEnd(int i) {
        return ends == null ? base + i + 1 : ends[i];
    }

    /** The source span rendered by characters {@code [from, to)}; an empty range maps to an empty span. */
    public Span span(int from, int to) {
        if (from >= to) {
            int at = text.isEmpty() ? base : from < text.length() ? sourceStart(from) : sourceEnd(text.length() - 1);
            return new Span(at, at);
        }
        return new Span(sourceStart(from), sourceEnd(to - 1));
    }

    /** Characters {@code [from, to)} of the readable text with the span of source they render. */
    public SpannedText slice(int from, int to) {
        return new SpannedText(text.substring(from, to), span(from, to));
    }

    public SpannedText whole() {
        return slice(0, text.length());
    }

    /** A sub-range of this text, keeping its mapping. */
    public MappedText sub(int from, int to) {
        if (starts == null) {
            return new MappedText(text.substring(from, to), base + from, null, null);
        }
        return new MappedText(
                text.substring(from, to), 0, Arrays.copyOfRange(starts, from, to), Arrays.copyOfRange(ends, from, to));
    }

    /** This text without leading and trailing white space. */
    public MappedText trim() {
        int from = 0;
        int to = text.length();
        while (from < to && Blanks.isBlank(text.charAt(from))) {
            from++;
        }
        while (to > from && Blanks.isBlank(text.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == text.length() ? this : sub(from, to);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Accumulates readable characters with their source ranges, collapsing runs of white space. */
    public static final class Builder {

        private final StringBuilder text = new StringBuilder();
        private int[] starts = new int[64];
        private int[] ends = new int[64];

        public Builder append(char c, int sourceStart, int sourceEnd) {
            if (text.length() == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            starts[text.length()] = sourceStart;
            ends[text.length()] = sourceEnd;
            text.append(c);
            return this;
        }

        /**
         * Appends white space as a single space (or keeps a line break), unless the text is empty or already
         * ends in white space: HTML and Markdown treat runs of white space as one.
         */
        public Builder appendSpace(char c, int sourceStart, int sourceEnd) {
            if (text.length() == 0) {
                return this;
            }
            char last = text.charAt(text.length() - 1);
            if (last == '\n') {
                return this;
            }
            if (last == ' ') {
                if (c == '\n') {
                    text.setCharAt(text.length() - 1, '\n');
                    starts[text.length() - 1] = sourceStart;
                    ends[text.length() - 1] = sourceEnd;
                }
                return this;
            }
            return append(c == '\n' ? '\n' : ' ', sourceStart, sourceEnd);
        }

        public int length() {
            return text.length();
        }

        public boolean isBlank() {
            return text.toString().isBlank();
        }

        public MappedText build() {
            int n = text.length();
            return new MappedText(text.toString(), 0, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n)).trim();
        }

        public void clear() {
            text.setLength(0);
        }
    }
}

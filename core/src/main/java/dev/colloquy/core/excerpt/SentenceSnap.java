package dev.colloquy.core.excerpt;

import dev.colloquy.core.text.Span;
import java.util.List;

/**
 * Widens a chosen range of a source text to whole sentences, so that a passage a teacher marks roughly never
 * starts or ends inside a word or a sentence. The range grows outward only (every character chosen stays),
 * and never past the paragraphs it lies in: a sentence ends at . ! ? or … (with any closing quotes or brackets)
 * before white space, or at its paragraph's end. Offsets stay those of the source text.
 */
public final class SentenceSnap {

    private static final String ENDS = ".!?…";
    private static final String CLOSERS = "\"'”’)]";

    private SentenceSnap() {}

    /**
     * Widens a range to whole sentences inside the paragraphs it touches.
     *
     * @param paragraphs the spans of the paragraphs the range may take, in source order
     * @return the widened range; the range itself when it touches no paragraph
     */
    public static Span snap(String source, int start, int end, List<Span> paragraphs) {
        Span first =
                paragraphs.stream().filter(p -> p.end() > start).findFirst().orElse(null);
        Span last = paragraphs.stream()
                .filter(p -> p.start() < end)
                .reduce((a, b) -> b)
                .orElse(null);
        if (first == null || last == null || first.start() >= end) {
            return new Span(start, end);
        }
        int from = Math.max(start, first.start());
        int to = Math.min(end, last.end());
        // White space at either edge belongs to no sentence: the range is snapped from its first and last words.
        while (from < to && Character.isWhitespace(source.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(source.charAt(to - 1))) {
            to--;
        }
        return new Span(sentenceStart(source, from, first.start()), sentenceEnd(source, to, last.end()));
    }

    /** The start of the sentence holding offset at: just after the last sentence end before it, or the paragraph's start. */
    static int sentenceStart(String source, int at, int paragraphStart) {
        for (int i = at; i > paragraphStart; i--) {
            if (Character.isWhitespace(source.charAt(i - 1)) && endsSentence(source, i - 1, paragraphStart)) {
                return skipSpace(source, i);
            }
        }
        return paragraphStart;
    }

    /** Just past the end of the sentence that the character before offset at belongs to, or the paragraph's end. */
    static int sentenceEnd(String source, int at, int paragraphEnd) {
        for (int i = Math.max(at - 1, 0); i < paragraphEnd; i++) {
            if (ENDS.indexOf(source.charAt(i)) >= 0) {
                int after = i + 1;
                while (after < paragraphEnd
                        && (ENDS.indexOf(source.charAt(after)) >= 0 || CLOSERS.indexOf(source.charAt(after)) >= 0)) {
                    after++;
                }
                if (after == paragraphEnd || Character.isWhitespace(source.charAt(after))) {
                    return after;
                }
                i = after - 1;
            }
        }
        return paragraphEnd;
    }

    /** True when the white space at offset space follows a sentence end (closing quotes allowed between). */
    private static boolean endsSentence(String source, int space, int paragraphStart) {
        int i = space - 1;
        while (i >= paragraphStart && CLOSERS.indexOf(source.charAt(i)) >= 0) {
            i--;
        }
        return i >= paragraphStart && ENDS.indexOf(source.charAt(i)) >= 0;
    }

    private static int skipSpace(String source, int at) {
        int i = at;
        while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        return i;
    }
}

package dev.colloquy.core.excerpt;

import dev.colloquy.core.text.Span;
import java.util.Optional;

/**
 * Finds a selection again in a text that may have changed since it was made: first where the position
 * selector says, then wherever the exact words occur, preferring the occurrence whose surrounding text
 * best matches the prefix and suffix, and then the one nearest the old position.
 */
public final class Anchoring {

    /** How a selection was found again, or that it was not. */
    public enum Status {
        /** The text at the old offsets is still the selected text. */
        UNCHANGED,
        /** The selected text was found elsewhere, by its words and context. */
        RELOCATED,
        /** The selected words are no longer in the text. */
        NOT_FOUND
    }

    /** The outcome: a status and, unless NOT_FOUND, the span the selection now has. */
    public record Result(Status status, Optional<Span> span) {}

    private Anchoring() {}

    public static Result resolve(String text, TextQuoteSelector quote, TextPositionSelector position) {
        if (position != null
                && position.end() <= text.length()
                && text.regionMatches(
                        position.start(), quote.exact(), 0, quote.exact().length())
                && position.end() - position.start() == quote.exact().length()) {
            return new Result(Status.UNCHANGED, Optional.of(position.span()));
        }
        int best = -1;
        int bestContext = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int at = text.indexOf(quote.exact()); at >= 0; at = text.indexOf(quote.exact(), at + 1)) {
            int context = sharedSuffix(text.substring(0, at), quote.prefix())
                    + sharedPrefix(text.substring(at + quote.exact().length()), quote.suffix());
            int distance = position == null ? 0 : Math.abs(at - position.start());
            if (context > bestContext || context == bestContext && distance < bestDistance) {
                best = at;
                bestContext = context;
                bestDistance = distance;
            }
        }
        if (best < 0) {
            return new Result(Status.NOT_FOUND, Optional.empty());
        }
        return new Result(
                Status.RELOCATED,
                Optional.of(new Span(best, best + quote.exact().length())));
    }

    private static int sharedSuffix(String before, String prefix) {
        int n = 0;
        while (n < before.length()
                && n < prefix.length()
                && before.charAt(before.length() - 1 - n) == prefix.charAt(prefix.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int sharedPrefix(String after, String suffix) {
        int n = 0;
        while (n < after.length() && n < suffix.length() && after.charAt(n) == suffix.charAt(n)) {
            n++;
        }
        return n;
    }
}

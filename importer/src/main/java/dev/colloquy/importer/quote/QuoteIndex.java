package dev.colloquy.importer.quote;

import dev.colloquy.core.quote.Quote;
import dev.colloquy.core.text.Span;
import dev.colloquy.importer.document.Block;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks up, for one document's quotes, the block that holds a quote, where the quote's lead-in starts and which
 * quotes continue it, in time that grows with the document rather than with its square: a long transcript has
 * thousands of quotes, and each used to be checked against every block and every other quote.
 *
 * <p>The answers are those of the plain scans ({@link #firstBlockHolding}, {@link #leadInStart}, {@link
 * #continuationsOf}); the index is used only when the blocks are in order and apart (each ends before the next
 * begins), so that a span lies in at most one of them, and the plain scan answers otherwise.
 */
final class QuoteIndex {

    private final List<Block> blocks;
    private final List<Quote> quotes;
    private final int[] blockStarts;
    /** For each block, the ends of the quotes inside it, ascending; null when the blocks cannot be indexed. */
    private final int[][] quoteEnds;
    /** For each span that quotes continue, the positions of those quotes in the list, ascending. */
    private final Map<Span, List<Integer>> continuing = new HashMap<>();

    QuoteIndex(List<Block> blocks, List<Quote> quotes, Map<Span, Span> continuations) {
        this.blocks = blocks;
        this.quotes = quotes;
        this.blockStarts = inOrderAndApart(blocks)
                ? blocks.stream().mapToInt(block -> block.span().start()).toArray()
                : null;
        this.quoteEnds = blockStarts == null ? null : quoteEndsPerBlock();
        for (int i = 0; i < quotes.size(); i++) {
            Span continued = continuations.get(quotes.get(i).text().span());
            if (continued != null) {
                continuing.computeIfAbsent(continued, k -> new ArrayList<>()).add(i);
            }
        }
    }

    private static boolean inOrderAndApart(List<Block> blocks) {
        for (int i = 1; i < blocks.size(); i++) {
            if (blocks.get(i - 1).span().end() >= blocks.get(i).span().start()) {
                return false;
            }
        }
        return true;
    }

    private int[][] quoteEndsPerBlock() {
        List<List<Integer>> ends = new ArrayList<>();
        blocks.forEach(block -> ends.add(new ArrayList<>()));
        for (Quote quote : quotes) {
            int block = indexOfBlockHolding(quote.text().span());
            if (block >= 0) {
                ends.get(block).add(quote.text().end());
            }
        }
        int[][] sorted = new int[blocks.size()][];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] =
                    ends.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return sorted;
    }

    /** The position of the block holding the span, by binary search over blocks in order and apart; -1 if none. */
    private int indexOfBlockHolding(Span span) {
        int found = Arrays.binarySearch(blockStarts, span.start());
        int candidate = found >= 0 ? found : -found - 2;
        return candidate >= 0 && blocks.get(candidate).span().contains(span) ? candidate : -1;
    }

    /** The first block of the document's list that holds the span, or null. */
    Block firstBlockHolding(Span span) {
        if (blockStarts == null) {
            return blocks.stream()
                    .filter(block -> block.span().contains(span))
                    .findFirst()
                    .orElse(null);
        }
        int index = indexOfBlockHolding(span);
        return index < 0 ? null : blocks.get(index);
    }

    /**
     * Where the article's words leading into the quote start: just after the last quote of the same block that ends
     * before this one starts, or at the block's start.
     */
    int leadInStart(Block block, Quote quote) {
        int from = block.span().start();
        if (blockStarts == null) {
            for (Quote other : quotes) {
                if (block.span().contains(other.text().span())
                        && other.text().end() < quote.text().start()) {
                    from = Math.max(from, other.text().end() + 1);
                }
            }
            return from;
        }
        int[] ends = quoteEnds[indexOfBlockHolding(block.span())];
        int below = Arrays.binarySearch(ends, quote.text().start());
        // The last end strictly before the quote's start: binary search finds the first equal one or the gap.
        int last = below >= 0 ? firstEqual(ends, below) - 1 : -below - 2;
        return last >= 0 ? Math.max(from, ends[last] + 1) : from;
    }

    private static int firstEqual(int[] sorted, int index) {
        int first = index;
        while (first > 0 && sorted[first - 1] == sorted[index]) {
            first--;
        }
        return first;
    }

    /**
     * The quotes that continue the given one, in the order a walk through the list meets them: each continues the
     * one before it, and is found after it in the list.
     */
    List<Quote> continuationsOf(Quote first) {
        List<Quote> chain = new ArrayList<>();
        Span last = first.text().span();
        int from = 0;
        while (true) {
            int next = firstAtOrAfter(continuing.getOrDefault(last, List.of()), from);
            if (next < 0) {
                return chain;
            }
            chain.add(quotes.get(next));
            last = quotes.get(next).text().span();
            from = next + 1;
        }
    }

    private static int firstAtOrAfter(List<Integer> ascending, int from) {
        int found = java.util.Collections.binarySearch(ascending, from);
        int index = found >= 0 ? found : -found - 1;
        return index < ascending.size() ? ascending.get(index) : -1;
    }
}

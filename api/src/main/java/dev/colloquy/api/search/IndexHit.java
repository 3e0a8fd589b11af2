package dev.colloquy.api.search;

import java.util.List;

/**
 * One ranked hit as the index returns it.
 *
 * @param snippet the best passage and its matches, as offsets into text
 */
record IndexHit(
        SearchHitKind kind,
        long key,
        long articleKey,
        float score,
        String text,
        List<Segment> segments,
        RawSnippet snippet) {

    /** A passage text[start, end) and the matched words in it, as [start, end) pairs into text. */
    record RawSnippet(int start, int end, List<int[]> matches) {}

    /** One page of hits and how many there are in all. */
    record Found(List<IndexHit> hits, int total) {}
}

package dev.colloquy.api.search;

import dev.colloquy.api.search.IndexHit.RawSnippet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Instead of marked-up text, keeps what the highlighter found as offsets into the stored text: the best
 * passage and its matches, overlapping matches merged (a phrase and its own words are one highlight).
 * Clients then mark up the text themselves, and can map the same offsets into the source.
 */
final class OffsetPassageFormatter extends PassageFormatter {

    @Override
    public Object format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return null;
        }
        Passage best = passages[0];
        for (Passage p : passages) {
            if (p.getScore() > best.getScore()) {
                best = p;
            }
        }
        List<int[]> matches = new ArrayList<>();
        for (int i = 0; i < best.getNumMatches(); i++) {
            matches.add(new int[] {best.getMatchStarts()[i], best.getMatchEnds()[i]});
        }
        matches.sort(Comparator.comparingInt(m -> m[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] m : matches) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && m[0] <= last[1]) {
                last[1] = Math.max(last[1], m[1]);
            } else {
                merged.add(m.clone());
            }
        }
        int start = best.getStartOffset();
        int end = Math.min(best.getEndOffset(), content.length());
        // Sentence passages carry the blank line between paragraphs; the snippet need not.
        while (start < end && Character.isWhitespace(content.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
            end--;
        }
        return new RawSnippet(start, end, merged);
    }
}

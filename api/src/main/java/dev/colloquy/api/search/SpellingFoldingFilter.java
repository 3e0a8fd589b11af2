package dev.colloquy.api.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Rewrites each token to its American spelling ({@link SpellingVariants}). Only the term changes: offsets
 * still point at the word as written, so highlights cut "defence" out of a text that says "defence".
 */
final class SpellingFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    SpellingFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String word = term.toString();
            String folded = SpellingVariants.fold(word);
            if (!folded.equals(word)) {
                term.setEmpty().append(folded);
            }
        }
        return true;
    }
}

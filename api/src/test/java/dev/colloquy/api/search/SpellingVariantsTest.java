package dev.colloquy.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** British and American spellings analyse to the same terms; words that merely look alike do not. */
class SpellingVariantsTest {

    @Test
    void foldsBritishSpellingsIntoAmericanOnes() {
        assertThat(terms("defence centre organise organisation colour favourite analysed travelled programme"))
                .isEqualTo(terms("defense center organize organization color favorite analyzed traveled program"));
    }

    @Test
    void leavesWordsAloneWhoseEndingsOnlyLookBritish() {
        for (String word : List.of(
                "promise",
                "exercise",
                "advise",
                "surprise",
                "four",
                "hour",
                "more",
                "called",
                "rise",
                "wise",
                "noise",
                "genre",
                "acre",
                "tour")) {
            assertThat(SpellingVariants.fold(word)).as(word).isEqualTo(word);
        }
    }

    @Test
    void keepsTheOffsetsOfTheWordsAsWritten() throws IOException {
        try (CorpusAnalyzer analyzer = new CorpusAnalyzer();
                TokenStream stream = analyzer.tokenStream("text", "The missile defence")) {
            var offsets = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            stream.reset();
            List<String> spans = new ArrayList<>();
            while (stream.incrementToken()) {
                spans.add(offsets.startOffset() + "-" + offsets.endOffset());
            }
            stream.end();
            assertThat(spans).containsExactly("4-11", "12-19");
        }
    }

    private static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (CorpusAnalyzer analyzer = new CorpusAnalyzer();
                TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return terms;
    }
}

package dev.colloquy.importer.quote;

import static dev.colloquy.importer.quote.CollectQuotesTest.starting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.quote.Quote;
import dev.colloquy.core.quote.QuoteKind;
import dev.colloquy.importer.StageFixtures;
import dev.colloquy.importer.document.WorkingDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignQuoteSourcesTest {

    @Test
    void aParaphrasedQuoteFindsTheAnswerItRendersAndAnUnrelatedOneNone() throws Exception {
        WorkingDocument document = StageFixtures.sampleBefore(AlignQuoteSources.class);
        new AlignQuoteSources().apply(document);

        Quote nuclear = sourced(document, "NATO takes nuclear issues extremely seriously");
        assertThat(nuclear.source()).isNotNull();
        assertThat(nuclear.source().passage().text()).containsIgnoringCase("nuclear");
        assertThat(nuclear.source().similarity()).isBetween(0.0, 1.0);
        assertThat(document.text()
                        .substring(
                                nuclear.source().passage().start(),
                                nuclear.source().passage().end()))
                .isEqualTo(nuclear.source().passage().text());
        // "a fair agreement" comes from a conversation off the transcript: left without a source
        assertThat(sourced(document, "a fair agreement").source()).isNull();
    }

    @Test
    void aContinuationIsReadWithItsFirstPartAndLandsInTheSameExchange() throws Exception {
        WorkingDocument document = StageFixtures.sampleBefore(AlignQuoteSources.class);
        new AlignQuoteSources().apply(document);

        Quote first = sourced(document, "It is our duty");
        Quote continued = sourced(document, "This involves providing");
        assertThat(first.source()).isNotNull();
        assertThat(continued.source()).isNotNull();
        assertThat(continued.source().exchange()).isEqualTo(first.source().exchange());
    }

    @Test
    void writesTheQuotesAgainWithSourcesLeavingTheCollectedOnesAndEmbeddedQuotesAlone() throws Exception {
        WorkingDocument document = StageFixtures.sampleBefore(AlignQuoteSources.class);
        List<Quote> collected = document.quotes();
        new AlignQuoteSources().apply(document);

        assertThat(document.quotes()).isEqualTo(collected);
        assertThat(document.sourcedQuotes()).hasSameSizeAs(collected);
        for (int i = 0; i < collected.size(); i++) {
            assertThat(document.sourcedQuotes().get(i).withSource(null)).isEqualTo(collected.get(i));
        }
        assertThat(document.sourcedQuotes())
                .filteredOn(quote -> quote.kind() == QuoteKind.EMBEDDED)
                .isNotEmpty()
                .allMatch(quote -> quote.source() == null);
    }

    private static Quote sourced(WorkingDocument document, String words) {
        int at = document.quotes().indexOf(starting(document, words));
        return document.sourcedQuotes().get(at);
    }
}

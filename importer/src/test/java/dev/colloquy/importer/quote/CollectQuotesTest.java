package dev.colloquy.importer.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.quote.Quote;
import dev.colloquy.core.quote.QuoteKind;
import dev.colloquy.importer.StageFixtures;
import dev.colloquy.importer.document.WorkingDocument;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

class CollectQuotesTest {

    @Test
    void narrativeQuotesTakeTheirSpeakerFromTheCueAndAContinuationIsDeclared() throws Exception {
        WorkingDocument document = StageFixtures.sampleBefore(CollectQuotes.class);
        new CollectQuotes().apply(document);

        Quote duty = starting(document, "It is our duty");
        assertThat(duty.kind()).isEqualTo(QuoteKind.NARRATIVE);
        assertThat(duty.speaker()).isEqualTo("Mark Rutte");
        Quote involves = starting(document, "This involves providing");
        assertThat(involves.speaker())
                .as("no cue of its own: the previous speaker's")
                .isEqualTo("Mark Rutte");
        assertThat(document.quoteContinuations())
                .containsEntry(involves.text().span(), duty.text().span());
        assertThat(document.quoteContinuations()).doesNotContainKey(duty.text().span());
    }

    @Test
    void anEmbeddedQuoteIsAThirdPersonsWordsInsideATurn() throws Exception {
        WorkingDocument document = StageFixtures.sampleBefore(CollectQuotes.class);
        new CollectQuotes().apply(document);

        assertThat(document.quotes())
                .filteredOn(quote -> quote.kind() == QuoteKind.EMBEDDED)
                .isNotEmpty()
                .allSatisfy(quote -> {
                    assertThat(quote.speaker()).isNotEqualTo("Mark Rutte");
                    assertThat(quote.exchange()).isNotNull();
                })
                .anySatisfy(quote -> assertThat(quote.speaker()).contains("Erdogan"));
    }

    @Test
    void quotesAreInTextOrderEachTheSourceAtItsSpanAndNoneHasASourceYet() throws Exception {
        WorkingDocument document = StageFixtures.sampleBefore(CollectQuotes.class);
        new CollectQuotes().apply(document);

        assertThat(document.quotes())
                .isSortedAccordingTo(Comparator.comparing(quote -> quote.text().span()));
        assertThat(document.quotes()).allSatisfy(quote -> {
            assertThat(document.text()
                            .substring(quote.text().start(), quote.text().end()))
                    .isEqualTo(quote.text().text());
            assertThat(quote.source()).isNull();
        });
    }

    static Quote starting(WorkingDocument document, String words) {
        return document.quotes().stream()
                .filter(quote -> quote.text().text().contains(words))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + words + "'"));
    }
}

package dev.colloquy.core.excerpt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.excerpt.Anchoring.Status;
import dev.colloquy.core.text.Span;
import org.junit.jupiter.api.Test;

class AnchoringTest {

    private static final String ORIGINAL =
            "Intro paragraph.\n\nWe must spend more on defence. We must spend it well.\n\nEnd.";

    @Test
    void aSelectionInUnchangedTextStaysWhereItWas() {
        int start = ORIGINAL.indexOf("We must spend it well.");
        TextQuoteSelector quote = TextQuoteSelector.of(ORIGINAL, start, start + 22);
        Anchoring.Result result = Anchoring.resolve(ORIGINAL, quote, new TextPositionSelector(start, start + 22));
        assertThat(result.status()).isEqualTo(Status.UNCHANGED);
        assertThat(result.span()).contains(new Span(start, start + 22));
    }

    @Test
    void anEditElsewhereMovesTheSelectionWhichIsFoundByItsWordsAndContext() {
        int start = ORIGINAL.indexOf("We must spend it well.");
        TextQuoteSelector quote = TextQuoteSelector.of(ORIGINAL, start, start + 22);
        String edited = ORIGINAL.replace("Intro paragraph.", "A much longer introduction, rewritten by the editor.");
        Anchoring.Result result = Anchoring.resolve(edited, quote, new TextPositionSelector(start, start + 22));
        assertThat(result.status()).isEqualTo(Status.RELOCATED);
        Span span = result.span().orElseThrow();
        assertThat(edited.substring(span.start(), span.end())).isEqualTo("We must spend it well.");
    }

    @Test
    void repeatedWordsAreTellApartByTheirContext() {
        String text = "Yes. I said no. Then yes. I said no again.";
        int second = text.lastIndexOf("I said no");
        TextQuoteSelector quote = TextQuoteSelector.of(text, second, second + 9);
        Anchoring.Result result = Anchoring.resolve("Well. " + text, quote, null);
        assertThat(result.span().orElseThrow().start()).isEqualTo(second + 6);
    }

    @Test
    void saysSoWhenTheWordsAreGone() {
        TextQuoteSelector quote = TextQuoteSelector.of(ORIGINAL, 18, 48);
        Anchoring.Result result = Anchoring.resolve("Entirely new text.", quote, new TextPositionSelector(18, 48));
        assertThat(result.status()).isEqualTo(Status.NOT_FOUND);
        assertThat(result.span()).isEmpty();
    }
}

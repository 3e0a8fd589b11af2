package dev.colloquy.importer.entity.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void cutsAfterStopsBeforeCapitalsButNotAfterTitlesOrInitials() {
        String text = "Mr. Rutte met J. Smith in Kyiv. He left. Was it 3.5 hours? \"Yes,\" she said.\nNew line";
        List<String> sentences = Sentences.split(text, NameTokens.spans(text, 0, text.length())).stream()
                .map(tokens -> text.substring(
                        tokens.get(0).start(), tokens.get(tokens.size() - 1).end()))
                .toList();
        assertThat(sentences)
                .containsExactly(
                        "Mr. Rutte met J. Smith in Kyiv.",
                        "He left.",
                        "Was it 3.5 hours?",
                        "\"Yes,\" she said.",
                        "New line");
    }

    @Test
    void tokensAreRunsOfLettersAndDigitsAndSingleMarks() {
        String text = "NATO-Russia’s 2024 plan";
        assertThat(NameTokens.spans(text, 0, text.length()).stream()
                        .map(span -> text.substring(span.start(), span.end()))
                        .toList())
                .containsExactly("NATO", "-", "Russia", "’", "s", "2024", "plan");
        assertThat(NameTokens.spans(text, 5, 11)).containsExactly(new Span(5, 11));
    }
}

package dev.colloquy.core.excerpt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSnapTest {

    private static final String QUESTION = "Is NATO ready?";
    private static final String ANSWER_1 =
            "Well, it has to be done step by step. The first thing is to support Ukraine. "
                    + "That means anti-missile systems.";
    private static final String ANSWER_2 = "He said: “We will.” Then we talked.";
    private static final String SOURCE = QUESTION + "\n\n" + ANSWER_1 + "\n\n" + ANSWER_2 + "\n\nNext question?";
    private static final Span P1 = span(ANSWER_1);
    private static final Span P2 = span(ANSWER_2);

    @Test
    void widensAPassageCuttingWordsToItsWholeSentences() {
        int start = SOURCE.indexOf("irst thing");
        int end = SOURCE.indexOf("Ukraine.") + 3;
        Span snapped = SentenceSnap.snap(SOURCE, start, end, List.of(P1, P2));
        assertThat(SOURCE.substring(snapped.start(), snapped.end()))
                .isEqualTo("The first thing is to support Ukraine.");
    }

    @Test
    void keepsARangeThatIsAlreadyWholeSentences() {
        int start = SOURCE.indexOf("The first");
        int end = SOURCE.indexOf("Ukraine.") + "Ukraine.".length();
        assertThat(SentenceSnap.snap(SOURCE, start, end, List.of(P1, P2))).isEqualTo(new Span(start, end));
    }

    @Test
    void takesClosingQuotesAndStopsAtTheParagraphs() {
        int start = SOURCE.indexOf("systems");
        int end = SOURCE.indexOf("We will") + 2;
        Span snapped = SentenceSnap.snap(SOURCE, start, end, List.of(P1, P2));
        assertThat(SOURCE.substring(snapped.start(), snapped.end()))
                .isEqualTo("That means anti-missile systems.\n\nHe said: “We will.”");
        Span last =
                SentenceSnap.snap(SOURCE, SOURCE.indexOf("talked") + 1, SOURCE.indexOf("talked") + 3, List.of(P1, P2));
        assertThat(last.end()).isEqualTo(P2.end());
        assertThat(SOURCE.substring(last.start(), last.end())).isEqualTo("Then we talked.");
    }

    @Test
    void leavesSpaceAtTheEdgesOut() {
        int start = SOURCE.indexOf(" The first");
        int end = SOURCE.indexOf("Ukraine.") + "Ukraine. ".length();
        Span snapped = SentenceSnap.snap(SOURCE, start, end, List.of(P1, P2));
        assertThat(SOURCE.substring(snapped.start(), snapped.end()))
                .isEqualTo("The first thing is to support Ukraine.");
    }

    private static Span span(String paragraph) {
        int start = SOURCE.indexOf(paragraph);
        return new Span(start, start + paragraph.length());
    }
}

package dev.colloquy.importer.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.importer.transcript.TurnSequence.Labelling;
import dev.colloquy.importer.transcript.TurnSequence.Role;
import org.junit.jupiter.api.Test;

class TurnSequenceTest {

    /** Costs that make a second question paragraph and a new exchange each earn their place. */
    private static final TurnWeights COSTS =
            new TurnWeights(0, new double[TurnFeature.values().length], -2.0, -0.5, 1.0, 0.0);

    private static Labelling decode(double[][] scores, boolean leadAllowed) {
        return TurnSequence.decode(scores, leadAllowed, new boolean[scores.length], COSTS);
    }

    /** Rows: lead, question, answer scores, as SegmentTranscript builds them from a question score. */
    private static double[] block(double lead, double question) {
        return new double[] {lead, question, -question};
    }

    @Test
    void alternatesQuestionsAndAnswersAndKeepsMultiParagraphAnswersTogether() {
        Labelling labelling = decode(
                new double[][] {block(3, -1), block(-1, 5), block(-2, -3), block(-2, -1), block(-1, 4), block(-2, -4)},
                true);
        assertThat(labelling.roles())
                .containsExactly(Role.LEAD, Role.QUESTION, Role.ANSWER, Role.ANSWER, Role.QUESTION, Role.ANSWER);
    }

    @Test
    void aWeakQuestionSignalBetweenAnswersDoesNotSplitTheAnswer() {
        Labelling labelling = decode(new double[][] {block(0, 5), block(0, -3), block(0, 0.2), block(0, -3)}, false);
        assertThat(labelling.roles()).containsExactly(Role.QUESTION, Role.ANSWER, Role.ANSWER, Role.ANSWER);
        assertThat(labelling.margins()[2]).isLessThan(labelling.margins()[0]);
        assertThat(labelling.margins()[2]).isLessThan(1);
    }

    @Test
    void theTranscriptMustEndOnAnAnswer() {
        assertThat(decode(new double[][] {block(0, 5)}, false)).isNull();
    }
}

package dev.colloquy.importer.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.importer.transcript.TurnSequence.Labelling;
import dev.colloquy.importer.transcript.TurnSequence.Role;
import org.junit.jupiter.api.Test;

class TurnSequenceTest {

    /** Rows: lead, question, answer scores, as SegmentTranscript builds them from a question score. */
    private static double[] block(double lead, double question) {
        return new double[] {lead, question, -question};
    }

    @Test
    void alternatesQuestionsAndAnswersAndKeepsMultiParagraphAnswersTogether() {
        Labelling labelling = TurnSequence.decode(new double[][] {
            block(3, -1), block(-1, 5), block(-2, -3), block(-2, -1), block(-1, 4), block(-2, -4)}, true);
        assertThat(labelling.roles()).containsExactly(
                Role.LEAD, Role.QUESTION, Role.ANSWER, Role.ANSWER, Role.QUESTION, Role.ANSWER);
    }

    @Test
    void aWeakQuestionSignalBetweenAnswersDoesNotSplitTheAnswer() {
        Labelling labelling = TurnSequence.decode(new double[][] {
            block(0, 5), block(0, -3), block(0, 0.2), block(0, -3)}, false);
        assertThat(labelling.roles()).containsExactly(Role.QUESTION, Role.ANSWER, Role.ANSWER, Role.ANSWER);
        assertThat(labelling.margins()[2]).isLessThan(SegmentTranscript.UNSURE_MARGIN);
        assertThat(labelling.margins()[0]).isGreaterThan(SegmentTranscript.UNSURE_MARGIN);
    }

    @Test
    void theTranscriptMustEndOnAnAnswer() {
        assertThat(TurnSequence.decode(new double[][] {block(0, 5)}, false)).isNull();
    }
}

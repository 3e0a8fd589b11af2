package dev.colloquy.importer.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.interview.Speaker;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.Line;
import dev.colloquy.core.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurnScorerTest {

    private final TurnScorer scorer = new TurnScorer(new Speaker("Ada Byrne", "Mayor"));

    private static Block block(String text) {
        return new Block(0, List.of(new Line(text, new Span(0, text.length()), 1)), text);
    }

    private double question(String text) {
        return scorer.question(block(text), null).value();
    }

    @Test
    void questionsOutscoreAnswersOnGeneralSignals() {
        assertThat(question("Do you regret the decision?")).isGreaterThan(3);
        assertThat(question("It seems that you are comfortable with the result.")).isGreaterThan(1);
        assertThat(question("Well, I have thought about it a great deal, and I believe that we took the right "
                + "decision at the time, even if the cost was higher than any of us expected. I would do it "
                + "again, but I would explain it better to the people who elected me.")).isLessThan(-2);
    }

    @Test
    void aQuestionQuotedInsideAnAnswerIsNotTheAnswersOwn() {
        double reported = question("My daughter asked me, “Why do you work so late?” I told her that the city "
                + "never sleeps, and neither, it turns out, does its mayor.");
        assertThat(reported).isLessThan(0);
    }

    @Test
    void leadProseAboutTheIntervieweeReadsAsLead() {
        double lead = scorer.lead(block("DUBLIN: Byrne said the plan would take a decade. “We have no time to lose,” she added.")).value();
        double answer = scorer.lead(block("I think we have no time to lose. Do you?")).value();
        assertThat(lead).isGreaterThan(3);
        assertThat(answer).isLessThan(0);
    }
}

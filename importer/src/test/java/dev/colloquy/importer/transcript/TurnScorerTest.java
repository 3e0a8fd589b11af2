package dev.colloquy.importer.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.interview.Speaker;
import dev.colloquy.core.text.Span;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurnScorerTest {

    private final TurnScorer scorer = new TurnScorer(new Speaker("Ada Byrne", "Mayor"), TurnWeights.shipped());

    private static Block block(String text) {
        return new Block(0, List.of(new Line(text, new Span(0, text.length()), 1)), text);
    }

    private java.util.Set<TurnFeature> signals(String text) {
        return scorer.features(block(text), null, null).present();
    }

    private double question(String text) {
        return scorer.question(scorer.features(block(text), null, null)).value();
    }

    private double lead(String text) {
        return scorer.lead(scorer.features(block(text), null, null)).value();
    }

    @Test
    void readsTheGeneralSignalsOfAParagraph() {
        assertThat(signals("Do you regret the decision?"))
                .contains(
                        TurnFeature.ENDS_WITH_QUESTION_SHORT,
                        TurnFeature.ADDRESSES_YOU,
                        TurnFeature.SHORT,
                        TurnFeature.QUESTION_OPENER,
                        TurnFeature.NOT_OF_ITSELF);
        assertThat(signals("Well, if you ask me, I would do it again."))
                .contains(
                        TurnFeature.ANSWER_OPENER,
                        TurnFeature.GENERIC_YOU,
                        TurnFeature.SPEAKS_AS_I,
                        TurnFeature.NO_QUESTION_MARK)
                .doesNotContain(TurnFeature.ADDRESSES_YOU);
        assertThat(signals("Many riders say the fear comes back. Some never lose it."))
                .contains(TurnFeature.REPORTS_OTHERS);
        assertThat(signals("What I learned? That nobody listens. I still believe it."))
                .contains(TurnFeature.ASKS_AND_ANSWERS_ITSELF);
    }

    @Test
    void questionsOutscoreAnswersWithTheShippedWeights() {
        assertThat(question("Do you regret the decision?")).isPositive();
        assertThat(question("Well, I have thought about it a great deal, and I believe that we took the right "
                        + "decision at the time, even if the cost was higher than any of us expected. I would do it "
                        + "again, but I would explain it better to the people who elected me."))
                .isNegative();
    }

    @Test
    void aQuestionQuotedInsideAnAnswerIsNotTheAnswersOwn() {
        String reported = "My daughter asked me, “Why do you work so late?” I told her that the city "
                + "never sleeps, and neither, it turns out, does its mayor.";
        assertThat(signals(reported)).doesNotContain(TurnFeature.ENDS_WITH_QUESTION_SHORT, TurnFeature.ADDRESSES_YOU);
        assertThat(question(reported)).isNegative();
    }

    @Test
    void leadProseAboutTheIntervieweeReadsAsLead() {
        String prose = "DUBLIN: Byrne said the plan would take a decade. “We have no time to lose,” she added.";
        assertThat(signals(prose))
                .contains(
                        TurnFeature.LEAD_NAMES_INTERVIEWEE,
                        TurnFeature.LEAD_QUOTES_SPEECH,
                        TurnFeature.LEAD_DATELINE,
                        TurnFeature.LEAD_REPORTS_SPEECH);
        assertThat(lead(prose)).isGreaterThan(lead("I think we have no time to lose. Do you?"));
    }
}

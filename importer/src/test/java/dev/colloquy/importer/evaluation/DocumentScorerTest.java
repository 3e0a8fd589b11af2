package dev.colloquy.importer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.importer.TestDocuments;
import dev.colloquy.importer.evaluation.GoldDocument.GoldExchange;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentScorerTest {

    private static final String INTERVIEW = """
            A keeper of bees

            By Tom Reyes

            Q: How many hives do you keep?

            A: Forty, spread over six orchards. Each orchard has its own smell of honey.

            Q: Do the bees know you?

            A: They know my smoke. I use the same wood every time, and they calm down at once.

            Q: What happens in a bad summer?

            A: We feed them sugar, and we worry. Worry is most of the job.
            """;

    private static GoldDocument gold(String headline, String publication, List<GoldExchange> exchanges) {
        return new GoldDocument(
                "test/bees.txt",
                "test",
                "CC BY 4.0",
                null,
                "text",
                "qa-labels",
                headline,
                List.of("Ann Beek"),
                List.of("Tom Reyes"),
                publication,
                exchanges);
    }

    private static final List<GoldExchange> RIGHT = List.of(
            new GoldExchange("How many hives do you keep?", "Forty, spread over six orchards."),
            new GoldExchange("Do the bees know you?", "They know my smoke. I use"),
            new GoldExchange("What happens in a bad summer?", "We feed them sugar, and we"));

    private static ParsedArticle parsed() throws Exception {
        return TestDocuments.parse("bees.txt", INTERVIEW);
    }

    @Test
    void aReadingThatMatchesTheGoldIsExact() throws Exception {
        DocumentScore score = DocumentScorer.score(gold("A keeper of bees", null, RIGHT), "dev", parsed());
        assertThat(score.exact()).isTrue();
        assertThat(score.boundaryHits()).isEqualTo(6);
        assertThat(score.headline().right()).isTrue();
        assertThat(score.interviewer().right()).isTrue();
        assertThat(score.publication().right())
                .as("no publication named, none read")
                .isTrue();
        assertThat(score.exchanges())
                .allSatisfy(exchange -> assertThat(exchange.right()).isTrue());
        assertThat(score.firstMiss()).isNull();
    }

    @Test
    void aMissedExchangeCostsItsOwnBoundariesAndIsNamed() throws Exception {
        List<GoldExchange> withAnother = List.of(
                RIGHT.get(0),
                new GoldExchange("Do the bees know you?", "They know my smoke. I use"),
                new GoldExchange("I use the same wood every", "and they calm down at once."),
                RIGHT.get(2));
        DocumentScore score =
                DocumentScorer.score(gold("A keeper of bees", "Bee Weekly", withAnother), "test", parsed());
        assertThat(score.exact()).isFalse();
        assertThat(score.boundaryHits()).isEqualTo(6);
        assertThat(score.goldBoundaries()).isEqualTo(8);
        assertThat(score.firstMiss()).startsWith("exchange 3: question «I use the same wood every");
        assertThat(score.publication().right())
                .as("a publication the reading missed")
                .isFalse();
        Summary summary = Summary.of(List.of(score));
        assertThat(summary.recall()).isEqualTo(0.75);
        assertThat(summary.precision()).isEqualTo(1.0);
        // the second exchange read runs on past the gold's end: not right, though it starts right
        assertThat(score.exchanges().get(1).right()).isFalse();
        assertThat(score.exchanges().get(2).right()).isTrue();
    }

    @Test
    void wordsDecideNotMarkupCaseOrQuotes() {
        assertThat(Words.sameWords("“Open” **source**, at sea", "\"open\" source at SEA"))
                .isTrue();
        assertThat(Words.startsWith(Words.of("Q: Why did you go?"), Words.key("Why did you")))
                .isFalse();
        assertThat(Words.key("one two three four five six seven eight")).hasSize(Words.KEY_LENGTH);
    }

    @Test
    void aRejectedDocumentScoresNothing() {
        DocumentScore score = DocumentScorer.rejected(gold("A keeper of bees", null, RIGHT), "dev", "no interview");
        assertThat(score.exact()).isFalse();
        assertThat(score.predictedExchanges()).isZero();
        assertThat(score.warned()).isTrue();
    }
}

package dev.colloquy.importer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.importer.Importer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A guard on the development part of the real-interview corpus (the part the importer is tuned on; the
 * held-out figures are in importer/EVALUATION.md and are never a test's target). The floors sit a little
 * under the figures measured when they were set, so that a change that reads real interviews worse fails.
 */
class RealCorpusTest {

    static final Path CORPUS = Path.of("..", "evaluation", "corpus");
    static final Path SPLITS = Path.of("..", "evaluation", "splits.tsv");
    private static List<DocumentScore> scores;

    @BeforeAll
    static void evaluateTheDevelopmentPart() throws Exception {
        Corpus corpus = Corpus.load(CORPUS, SPLITS);
        scores = new Evaluation(Importer.standard()).run(corpus.part(Corpus.DEV));
    }

    @Test
    void theHeldOutPartIsAtLeastAThirdAndSplitBySource() throws Exception {
        Corpus corpus = Corpus.load(CORPUS, SPLITS);
        List<Corpus.Entry> test = corpus.part(Corpus.TEST);
        assertThat(test.size() * 3).isGreaterThanOrEqualTo(corpus.entries().size());
        assertThat(test)
                .noneMatch(entry -> corpus.part(Corpus.DEV).stream()
                        .anyMatch(dev ->
                                dev.gold().sourceName().equals(entry.gold().sourceName())));
        assertThat(corpus.entries().stream()
                        .filter(entry -> !entry.gold().sourceName().equals("al-majalla")))
                .hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void readsTheDevelopmentInterviewsAtLeastAsWellAsWhenTheFloorsWereSet() {
        Summary summary = Summary.of(scores);
        assertThat(summary.exactShare()).as("documents exactly right").isGreaterThanOrEqualTo(0.85);
        assertThat(summary.f1()).as("boundary F1").isGreaterThanOrEqualTo(0.985);
        assertThat((double) summary.headlines() / summary.documents())
                .as("headlines")
                .isGreaterThanOrEqualTo(0.95);
        assertThat((double) summary.interviewees() / summary.documents())
                .as("interviewees")
                .isGreaterThanOrEqualTo(0.90);
        assertThat(summary.confidentShare()).as("right at confidence ≥ 0.9").isGreaterThanOrEqualTo(0.975);
    }

    @Test
    void readsTheDevelopmentQuotesAtLeastAsWellAsWhenTheFloorsWereSet() {
        QuoteScores total = new QuoteScores();
        scores.stream().filter(score -> score.quotes() != null).forEach(score -> total.addAll(score.quotes()));
        QuoteScores.Counts all = total.overall();
        assertThat(all.gold()).as("gold quotes in the development part").isGreaterThanOrEqualTo(135);
        assertThat(all.recall()).as("quotes found").isGreaterThanOrEqualTo(0.94);
        // 0.90 since the ropensci gold (issue 16) added third parties' words that are harder to attribute
        assertThat(all.speakerShare()).as("quotes with the right speaker").isGreaterThanOrEqualTo(0.90);
        assertThat(all.precision()).as("reported quotes that are quotes").isGreaterThanOrEqualTo(0.95);
        assertThat(all.alignment()).as("pull and narrative quotes aligned").isGreaterThanOrEqualTo(0.85);
        assertThat(total.misses()).noneMatch(miss -> miss.startsWith("gold text not in the document"));
    }

    @Test
    void theSampleStaysExact() {
        DocumentScore sample = scores.stream()
                .filter(score -> score.gold().sourceName().equals("al-majalla"))
                .findFirst()
                .orElseThrow();
        assertThat(sample.exact()).as(String.valueOf(sample.firstMiss())).isTrue();
    }
}

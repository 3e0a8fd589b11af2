package dev.colloquy.importer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.importer.Importer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Development interviews as a reader copies them from the rendered page (evaluation/messy-text, made by its
 * derive.py): a title line, "By …" and date lines, then plain paragraphs with every turn label and all markup gone,
 * so that questions and answers simply alternate, as in the magazine interviews the importer exists for. Floors,
 * not exact figures: these copies are harder than their originals, and the figures are written down in SOURCE.md.
 */
class CopiedPlainTextTest {

    private static final Path CORPUS = Path.of("..", "evaluation", "messy-text", "corpus");
    private static final Path SPLITS = Path.of("..", "evaluation", "messy-text", "splits.tsv");
    private static List<DocumentScore> scores;

    @BeforeAll
    static void readTheCopies() throws Exception {
        scores = new Evaluation(Importer.standard())
                .run(Corpus.load(CORPUS, SPLITS).part(Corpus.DEV));
    }

    @Test
    void everyCopyIsThereDerivedAndUnlabelled() {
        assertThat(scores).hasSize(11);
        assertThat(scores)
                .allMatch(score -> score.gold().derivedFrom() != null
                        && score.gold().layout().equals("unlabelled"));
    }

    @Test
    void takesTheFirstLineForTheHeadline() {
        assertThat(scores)
                .allSatisfy(score -> assertThat(score.headline().right())
                        .as(score.gold().document() + ": " + score.headline().predicted())
                        .isTrue());
    }

    @Test
    void readsMostCopiesExactlyWithoutTheirLabels() {
        assertThat(count(DocumentScore::exact)).isGreaterThanOrEqualTo(9);
    }

    /** "By Emi" alone on its line, "By A, B and C" with "We interviewed Dan" below it. */
    @Test
    void namesTheInterviewerFromTheBylineAndTheOpening() {
        assertThat(count(score -> score.interviewer().right())).isGreaterThanOrEqualTo(10);
        assertThat(scores)
                .filteredOn(score -> score.gold().document().startsWith("godot-showcase/"))
                .allSatisfy(score -> assertThat(score.interviewer().right())
                        .as(score.gold().document() + ": " + score.interviewer().predicted())
                        .isTrue());
    }

    /** "Julien and Simon from the Blender Studio team tell us about …": no label is left to name them. */
    @Test
    void namesTheIntervieweeFromTheOpeningWhenNoLabelIsLeft() {
        assertThat(count(score -> score.interviewee().right())).isGreaterThanOrEqualTo(9);
        assertThat(scores)
                .filteredOn(score -> score.gold().document().contains("dogwalk"))
                .singleElement()
                .satisfies(score -> assertThat(score.interviewee().right())
                        .as(score.interviewee().predicted())
                        .isTrue());
    }

    /** No wrong reading passes silently: every copy read with a wrong boundary carries a warning. */
    @Test
    void warnsOnEveryCopyItReadsWrong() {
        assertThat(scores)
                .filteredOn(score -> !score.exact())
                .allSatisfy(score ->
                        assertThat(score.warned()).as(score.gold().document()).isTrue());
    }

    private static long count(Predicate<DocumentScore> right) {
        return scores.stream().filter(right).count();
    }
}

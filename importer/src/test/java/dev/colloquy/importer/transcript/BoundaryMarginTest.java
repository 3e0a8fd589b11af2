package dev.colloquy.importer.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.source.ImportWarning;
import dev.colloquy.importer.ImportOptions;
import dev.colloquy.importer.TestDocuments;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.pipeline.Pipeline;
import dev.colloquy.importer.transcript.TurnSequence.Labelling;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The boundary margin and its warning, on unlabelled transcripts of the development part of the real corpus
 * (never the held-out part): the documents the shipped weights read with a wrong boundary, and some they
 * read right with a wide margin.
 */
class BoundaryMarginTest {

    private static final Path CORPUS = Path.of("..", "evaluation", "corpus");

    private static String text(String name) throws Exception {
        return Files.readString(CORPUS.resolve(name));
    }

    private static Labelling labelling(String name) throws Exception {
        WorkingDocument document = Pipeline.standard()
                .annotateBefore(
                        TestDocuments.document(name, text(name)),
                        ImportOptions.DETECT,
                        List.of(),
                        SegmentTranscript.class);
        TurnWeights weights = TurnWeights.shipped();
        SegmentTranscript.Transcript transcript = SegmentTranscript.Transcript.of(document, weights);
        double[][] scores = transcript.scores(weights);
        return TurnSequence.decode(scores, transcript.leadAllowed(), new boolean[scores.length], weights);
    }

    private static List<ImportWarning> boundaryWarnings(String name) throws Exception {
        return TestDocuments.parse(name, text(name)).warnings().stream()
                .filter(warning -> warning.code().equals("UNSURE_BOUNDARIES"))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "gum-wikinews/hill-unlabelled.txt",
                "kubernetes-contributor-blog/sig-cli-spotlight-unlabelled.txt",
                "kubernetes-contributor-blog/sig-multicluster-spotlight-blog-unlabelled.txt",
                "scikit-learn-blog/2022-11-30-meekail-zain-interview-unlabelled.txt"
            })
    void aDocumentReadWithAWrongBoundaryIsWarnedOnceAtALine(String name) throws Exception {
        List<ImportWarning> warnings = boundaryWarnings(name);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).line()).isPositive();
        assertThat(warnings.get(0).message()).contains("boundary margin");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "gum-wikinews/shalev-unlabelled.txt",
                "gum-wikinews/stardust-unlabelled.txt",
                "gum-wikinews/brotherhood-unlabelled.txt"
            })
    void aDocumentReadRightWithWideMarginsIsNotWarned(String name) throws Exception {
        assertThat(boundaryWarnings(name)).isEmpty();
    }

    /**
     * A boundary only moves if a role does, so its margin is at least the smaller role margin of the block
     * and its predecessor; and it is positive, since the best labelling decides it.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "al-majalla/al-majalla-rutte-interview.txt",
                "gum-wikinews/cocktail-unlabelled.txt",
                "kubernetes-contributor-blog/sig-cli-spotlight-unlabelled.txt"
            })
    void aBoundaryIsNeverLessSureThanTheRolesAroundIt(String name) throws Exception {
        Labelling labelling = labelling(name);
        for (int i = 0; i < labelling.roles().length; i++) {
            double roles = i == 0
                    ? labelling.margins()[0]
                    : Math.min(labelling.margins()[i - 1], labelling.margins()[i]);
            assertThat(labelling.boundaryMargins()[i])
                    .as("block " + i)
                    .isGreaterThanOrEqualTo(roles - 1e-9)
                    .isPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"al-majalla/al-majalla-rutte-interview.txt", "gum-wikinews/cocktail-unlabelled.txt"})
    void anExchangeIsNoSurerThanEitherOfItsBoundaries(String name) throws Exception {
        Labelling labelling = labelling(name);
        int n = labelling.roles().length;
        int start = -1;
        for (int i = 0; i <= n; i++) {
            if (i < n && !labelling.startsExchange(i)) {
                continue;
            }
            if (start >= 0) {
                double margin = labelling.exchangeMargin(start, i);
                assertThat(margin).isLessThanOrEqualTo(labelling.boundaryMargins()[start]);
                if (i < n) {
                    assertThat(margin).isLessThanOrEqualTo(labelling.boundaryMargins()[i]);
                }
            }
            start = i;
        }
    }
}

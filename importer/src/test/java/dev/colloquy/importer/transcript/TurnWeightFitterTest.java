package dev.colloquy.importer.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.importer.TestDocuments;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.pipeline.Pipeline;
import dev.colloquy.importer.transcript.TurnSequence.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurnWeightFitterTest {

    /** Transcripts written for this test: questions, answers, and roles known by construction. */
    private static final List<List<String>> TRANSCRIPTS = List.of(
            List.of(
                    "What made you start?", "Curiosity. I wanted to know how the clock worked, so I opened it.",
                    "Did it still work afterwards?", "No. It never worked again, and my father was not pleased.",
                    "Your father was a watchmaker.", "He was, and a patient one, most days."),
            List.of(
                    "How long does a repair take?", "A week for a simple one. I have waited a year for a part.",
                    "Why so long?", "Nobody makes the parts any more. I make most of them myself now."),
            List.of(
                    "Where do you find old clocks?", "At auctions, mostly, and in attics when people move house.",
                    "Which one is your favourite?", "A kitchen clock from 1890. It is loud and it is always right."));

    private static List<TurnWeightFitter.Example> examples() throws Exception {
        List<TurnWeightFitter.Example> examples = new ArrayList<>();
        for (List<String> paragraphs : TRANSCRIPTS) {
            String text = "A clockmaker speaks\n\n" + String.join("\n\n", paragraphs) + "\n";
            WorkingDocument document = Pipeline.standard()
                    .annotateBefore(
                            TestDocuments.document("t.txt", text),
                            dev.colloquy.importer.ImportOptions.DETECT,
                            List.of(),
                            SegmentTranscript.class);
            List<Role> roles = new ArrayList<>();
            for (int i = 0; i < paragraphs.size(); i++) {
                roles.add(i % 2 == 0 ? Role.QUESTION : Role.ANSWER);
            }
            examples.add(TurnWeightFitter.example("t", document, texts -> texts.size() == roles.size() ? roles : null));
        }
        return examples;
    }

    @Test
    void theFittedWeightsReadTheirTrainingTranscriptsRight() throws Exception {
        List<TurnWeightFitter.Example> examples = examples();
        assertThat(examples).doesNotContainNull();
        TurnWeights weights = TurnWeightFitter.fit(examples, 7);
        for (TurnWeightFitter.Example example : examples) {
            double[][] scores = example.transcript().scores(weights);
            Role[] roles = TurnSequence.decode(
                            scores, example.transcript().leadAllowed(), new boolean[scores.length], weights)
                    .roles();
            assertThat(roles).containsExactlyElementsOf(example.roles());
        }
        assertThat(weights.version()).isEqualTo(7);
        assertThat(weights.confidenceScale()).isPositive();
    }

    @Test
    void fittingIsDeterministicAndTheFileRoundTrips() throws Exception {
        TurnWeights first = TurnWeightFitter.fit(examples(), 3);
        TurnWeights second = TurnWeightFitter.fit(examples(), 3);
        assertThat(second.features()).containsExactly(first.features());
        String file = first.format(List.of("header"));
        TurnWeights read = TurnWeights.parse(file.lines().toList());
        assertThat(read.format(List.of("header"))).isEqualTo(file);
    }

    @Test
    void theBoundaryDoubtWarnsEveryWronglyReadTranscriptAndNoMore() {
        List<TurnWeightFitter.DocumentOutcome> documents = List.of(
                new TurnWeightFitter.DocumentOutcome("wrong", 3.04, false),
                new TurnWeightFitter.DocumentOutcome("wrong, wider", 14.545, false),
                new TurnWeightFitter.DocumentOutcome("right", 20, true));
        assertThat(TurnWeightFitter.boundaryDoubt(documents)).isEqualTo(14.6);
        assertThat(TurnWeightFitter.boundaryDoubt(documents.subList(2, 3))).isZero();
    }

    @Test
    void aWeightsFileMissingAFeatureIsRefusedByName() {
        List<String> lines =
                new ArrayList<>(TurnWeights.shipped().format(List.of()).lines().toList());
        lines.removeIf(line -> line.startsWith("feature.short\t"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TurnWeights.parse(lines))
                .hasMessageContaining("no weight for feature.short");
    }
}

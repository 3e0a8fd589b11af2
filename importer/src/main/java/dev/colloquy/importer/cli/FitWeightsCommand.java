package dev.colloquy.importer.cli;

import dev.colloquy.importer.ImportException;
import dev.colloquy.importer.ImportOptions;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.TurnLabel;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.evaluation.Corpus;
import dev.colloquy.importer.evaluation.CorpusException;
import dev.colloquy.importer.evaluation.GoldRoles;
import dev.colloquy.importer.layout.Layout;
import dev.colloquy.importer.layout.TurnLabelling;
import dev.colloquy.importer.pipeline.Pipeline;
import dev.colloquy.importer.source.SourceDecoder;
import dev.colloquy.importer.transcript.SegmentTranscript;
import dev.colloquy.importer.transcript.TurnLabels;
import dev.colloquy.importer.transcript.TurnWeightFitter;
import dev.colloquy.importer.transcript.TurnWeights;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fit-weights DIR}: refits the turn scorer's weights on the development part of the corpus (never
 * the held-out part) and writes the weights file, by default the shipped resource.
 */
@Command(
        name = "fit-weights",
        mixinStandardHelpOptions = true,
        description = "Fits the turn scorer's weights on the development part of a gold corpus.")
final class FitWeightsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The corpus folder (as for evaluate).")
    Path corpus;

    @Option(
            names = "--splits",
            paramLabel = "FILE",
            description = "Source → dev|test (default: splits.tsv beside DIR).")
    Path splits;

    enum Source {
        unlabelled,
        interviews,
        all
    }

    @Option(
            names = "--learn-from",
            defaultValue = "unlabelled",
            description = "Which development transcripts to learn from: ${COMPLETION-CANDIDATES}. 'interviews' adds"
                    + " the labelled interviews read with their labels removed; 'all' adds the press briefings too"
                    + " (default: ${DEFAULT-VALUE}).")
    Source learnFrom;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            required = true,
            description = "Where to write the weights, e.g. importer/src/main/resources/transcript/turn-weights.tsv.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Corpus loaded = Corpus.load(corpus, splits != null ? splits : Corpus.splitsBeside(corpus));
            List<TurnWeightFitter.Example> examples = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (Corpus.Entry entry : loaded.part(Corpus.DEV)) {
                TurnWeightFitter.Example example;
                try {
                    example = example(entry, learnFrom);
                } catch (ImportException rejected) {
                    continue; // a document the importer rejects has no transcript to learn from
                }
                if (example != null) {
                    examples.add(example);
                } else if (entry.gold().layout().equals("unlabelled")) {
                    skipped.add(entry.gold().document());
                }
            }
            int version = TurnWeights.shipped().version() + 1;
            TurnWeights weights = TurnWeightFitter.fit(examples, version);
            int paragraphs = examples.stream()
                    .mapToInt(example -> example.roles().size())
                    .sum();
            Files.writeString(
                    out,
                    weights.format(List.of(
                            "Colloquy turn-scorer weights, version " + version + ". Written by:",
                            "  java -jar importer/target/colloquy-importer.jar fit-weights evaluation/corpus --out <this file>",
                            "Averaged structured perceptron with cost-augmented Viterbi decoding, "
                                    + TurnWeightFitter.EPOCHS
                                    + " epochs, fixed seed; confidence scale by maximum likelihood, out of fold ("
                                    + TurnWeightFitter.FOLDS + " folds).",
                            "warning.boundary-margin: just above the weakest boundary margin of every transcript read with a wrong boundary, out of fold.",
                            "Fitted on the development part only (--learn-from " + learnFrom + "): " + examples.size()
                                    + " transcripts, " + paragraphs + " paragraphs.")),
                    StandardCharsets.UTF_8);
            PrintWriter console = spec.commandLine().getOut();
            console.printf(
                    "fitted version %d on %d transcripts (%d paragraphs); written to %s%n",
                    version, examples.size(), paragraphs, out);
            skipped.forEach(name -> console.println("skipped (gold does not fit its paragraphs): " + name));
            console.flush();
            return 0;
        } catch (CorpusException e) {
            err.println("colloquy-importer: " + e.getMessage());
        } catch (IOException e) {
            err.println("colloquy-importer: " + e.getMessage());
        }
        err.flush();
        return ColloquyImporterCli.EXIT_PARSE_FAILED;
    }

    /**
     * The document's transcript as the turn scorer reads it, with its gold roles, or null if the document is
     * not one to learn from or its gold does not fit. A labelled interview is read as if its labels were
     * removed: the unlabelled path, with each label set aside so that it is no part of the words scored.
     */
    private static TurnWeightFitter.Example example(Corpus.Entry entry, Source learnFrom)
            throws ImportException, IOException {
        String name = entry.gold().document();
        SourceDecoder.Decoded decoded = SourceDecoder.read(Files.readAllBytes(entry.document()), entry.origin());
        WorkingDocument document = Pipeline.standard()
                .annotateBefore(decoded.document(), ImportOptions.DETECT, decoded.warnings(), SegmentTranscript.class);
        if (document.labelling() != TurnLabelling.UNLABELLED) {
            boolean briefing = entry.gold().layout().equals("briefing");
            if (learnFrom == Source.unlabelled || briefing && learnFrom != Source.all) {
                return null;
            }
            document = Pipeline.standard()
                    .annotateBefore(
                            decoded.document(),
                            new ImportOptions(Layout.UNLABELLED),
                            decoded.warnings(),
                            SegmentTranscript.class);
            for (Block block : document.blocks()) {
                TurnLabel label = block.isUnclassified() ? TurnLabels.read(block.text()) : null;
                if (label != null && label.contentStart() < block.text().length()) {
                    block.label(label);
                }
            }
            name += " (labels set aside)";
        }
        return TurnWeightFitter.example(name, document, paragraphs -> GoldRoles.of(entry.gold(), paragraphs));
    }
}

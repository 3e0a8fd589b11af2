package dev.colloquy.importer.cli;

import dev.colloquy.importer.entity.model.NameModel;
import dev.colloquy.importer.entity.model.NameModelTraining;
import dev.colloquy.importer.evaluation.EntityScores;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code train-names DIR --out FILE}: trains the name model on every {@code DIR/*-train.txt} (GUM's training
 * part and the other converted sets, read in name order; one thread, fixed parameters: the same data gives the
 * same model), writes it, and scores it on the held-out {@code DIR/gum-test.txt}, recording the training files,
 * the figures, the model's and the training data's digests in
 * {@code DIR/names-en.figures.tsv} (which {@code NameModelTest} holds the shipped model to).
 */
@Command(
        name = "train-names",
        mixinStandardHelpOptions = true,
        description =
                "Trains the named-entity model on the converted sets (*-train.txt) and scores it on GUM's test part.")
final class TrainNamesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "DIR",
            description = "The folder of the converted training data, e.g. importer/src/train/ner.")
    Path data;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            required = true,
            description = "Where to write the model, e.g. importer/src/main/resources/entity/names-en.bin.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        try {
            List<Path> training = NameModelTraining.trainingFiles(data);
            if (training.isEmpty()) {
                throw new IOException("no training file (*" + NameModelTraining.TRAINING_SUFFIX + ") in " + data);
            }
            console.printf("training on %s%n", training);
            console.flush();
            NameModel model = NameModelTraining.train(training);
            try (OutputStream stream = Files.newOutputStream(out)) {
                model.write(stream);
            }
            EntityScores scores = NameModelTraining.score(model, data.resolve(NameModelTraining.HELD_OUT));
            Path figures = data.resolve(NameModelTraining.FIGURES);
            Files.writeString(figures, NameModelTraining.figures(training, out, scores));
            console.printf("model written to %s (%d bytes); figures to %s%n", out, Files.size(out), figures);
            console.println(EntityScores.header("GUM test part (held out), exact spans"));
            console.println(scores.row("name model"));
            console.flush();
            return 0;
        } catch (IOException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("colloquy-importer: " + e.getMessage());
            err.flush();
            return ColloquyImporterCli.EXIT_PARSE_FAILED;
        }
    }
}

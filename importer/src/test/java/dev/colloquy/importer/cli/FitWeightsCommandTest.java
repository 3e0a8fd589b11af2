package dev.colloquy.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FitWeightsCommandTest {

    @TempDir
    Path dir;

    private static List<String> parameters(Path file) throws Exception {
        return Files.readAllLines(file).stream()
                .filter(line -> !line.startsWith("#"))
                .toList();
    }

    /** The shipped weights are exactly what the documented command fits on the development corpus today. */
    @Test
    void theShippedWeightsAreWhatFitWeightsProduces() throws Exception {
        Path out = dir.resolve("weights.tsv");
        CommandLine cli = ColloquyImporterCli.commandLine();
        StringWriter console = new StringWriter();
        cli.setOut(new PrintWriter(console));
        cli.setErr(new PrintWriter(console));
        int code = cli.execute("fit-weights", "../evaluation/corpus", "--out", out.toString());
        assertThat(code).as(console.toString()).isZero();
        List<String> fitted = parameters(out);
        List<String> shipped = parameters(Path.of("src/main/resources/transcript/turn-weights.tsv"));
        assertThat(fitted.subList(1, fitted.size()))
                .as("refit with fit-weights and commit the file")
                .containsExactlyElementsOf(shipped.subList(1, shipped.size()));
    }

    @Test
    void evaluateScoresTheCorpusAndWritesTheReport() throws Exception {
        Path report = dir.resolve("EVALUATION.md");
        CommandLine cli = ColloquyImporterCli.commandLine();
        StringWriter console = new StringWriter();
        cli.setOut(new PrintWriter(console));
        int code = cli.execute(
                "evaluate", "../evaluation/corpus", "--part", "dev", "--report", report.toString(), "--commit", "test");
        assertThat(code).isZero();
        assertThat(console.toString()).contains("development").doesNotContain("held-out (test)");
        assertThat(Files.readString(report))
                .contains("Measured on commit `test`")
                .contains("## By layout")
                .contains("al-majalla/al-majalla-rutte-interview.txt");
    }
}

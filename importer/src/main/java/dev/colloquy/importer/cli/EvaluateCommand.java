package dev.colloquy.importer.cli;

import dev.colloquy.importer.Importer;
import dev.colloquy.importer.entity.model.NameModel;
import dev.colloquy.importer.entity.model.NameModelTraining;
import dev.colloquy.importer.evaluation.Corpus;
import dev.colloquy.importer.evaluation.CorpusException;
import dev.colloquy.importer.evaluation.DocumentScore;
import dev.colloquy.importer.evaluation.EntityScores;
import dev.colloquy.importer.evaluation.Evaluation;
import dev.colloquy.importer.evaluation.EvaluationReport;
import dev.colloquy.importer.evaluation.QuoteScores;
import dev.colloquy.importer.evaluation.Summary;
import dev.colloquy.importer.transcript.TurnWeights;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate DIR}: reads every document of the real-interview corpus, scores the readings against the
 * gold, prints the held-out and development figures apart and, with {@code --report}, writes the full
 * Markdown report ({@code importer/EVALUATION.md}).
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Scores the importer against the hand-checked gold of a corpus of real interviews.")
final class EvaluateCommand implements Callable<Integer> {

    enum Part {
        dev,
        test,
        all
    }

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "DIR",
            description = "The corpus folder: one folder per source, each document beside" + " its .gold.json.")
    Path corpus;

    @Option(
            names = "--splits",
            paramLabel = "FILE",
            description = "Source → dev|test (default: splits.tsv beside DIR).")
    Path splits;

    @Option(
            names = "--part",
            defaultValue = "all",
            description = "Which part to read: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Part part;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the Markdown report to FILE.")
    Path report;

    @Option(
            names = "--weights",
            paramLabel = "FILE",
            description = "Score with these turn-scorer weights instead of the shipped ones (from fit-weights --out).")
    Path weights;

    @Option(
            names = "--commit",
            paramLabel = "ID",
            description = "The commit the figures belong to (default: asked of git).")
    String commit;

    @Option(
            names = "--names-test",
            paramLabel = "FILE",
            description = "Also score the name model alone on these held-out name samples (OpenNLP format),"
                    + " e.g. importer/src/train/ner/gum-test.txt.")
    Path namesTest;

    @Option(
            names = "--include",
            paramLabel = "FILE",
            description =
                    "Markdown measured elsewhere to append to the report (e.g. NER-COMPARISON.md from -Pcorenlp).")
    Path include;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Corpus loaded;
        try {
            loaded = Corpus.load(corpus, splits != null ? splits : Corpus.splitsBeside(corpus));
        } catch (CorpusException e) {
            err.println("colloquy-importer: " + e.getMessage());
            err.flush();
            return ColloquyImporterCli.EXIT_PARSE_FAILED;
        }
        Importer importer;
        try {
            importer = weights == null
                    ? Importer.standard()
                    : Importer.withWeights(TurnWeights.parse(Files.readAllLines(weights, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            err.println("colloquy-importer: " + weights + ": " + e.getMessage());
            err.flush();
            return ColloquyImporterCli.EXIT_PARSE_FAILED;
        }
        List<DocumentScore> scores = new Evaluation(importer).run(loaded.part(part == Part.all ? null : part.name()));
        printSummary(out, "held-out (test)", scores, Corpus.TEST);
        printSummary(out, "development", scores, Corpus.DEV);
        printEntities(out, "held-out (test)", scores, Corpus.TEST);
        printEntities(out, "development", scores, Corpus.DEV);
        printQuotes(out, "held-out (test)", scores, Corpus.TEST);
        printQuotes(out, "development", scores, Corpus.DEV);
        EntityScores gum = null;
        if (namesTest != null) {
            try {
                gum = NameModelTraining.score(NameModel.standard(), namesTest);
                out.printf(Locale.ROOT, "%-16s %s%n", "GUM test part", figures(gum));
            } catch (IOException e) {
                err.println("colloquy-importer: " + namesTest + ": cannot be read (" + e.getMessage() + ")");
                err.flush();
                return ColloquyImporterCli.EXIT_PARSE_FAILED;
            }
        }
        if (report != null) {
            try {
                String appendix = include == null || !Files.exists(include)
                        ? ""
                        : "\n" + Files.readString(include, StandardCharsets.UTF_8);
                Files.writeString(
                        report,
                        EvaluationReport.render(scores, commit != null ? commit : gitCommit(), gum) + appendix,
                        StandardCharsets.UTF_8);
                out.println("report written to " + report);
            } catch (IOException e) {
                err.println("colloquy-importer: " + report + ": cannot be written (" + e.getMessage() + ")");
                err.flush();
                return ColloquyImporterCli.EXIT_PARSE_FAILED;
            }
        }
        out.flush();
        return 0;
    }

    private static void printEntities(PrintWriter out, String label, List<DocumentScore> scores, String split) {
        EntityScores total = new EntityScores();
        int documents = 0;
        for (DocumentScore score : scores) {
            if (score.split().equals(split) && score.entities() != null) {
                total.addAll(score.entities());
                documents++;
            }
        }
        if (documents > 0) {
            out.printf(Locale.ROOT, "%-16s %3d documents  entities %s%n", label, documents, figures(total));
        }
    }

    private static void printQuotes(PrintWriter out, String label, List<DocumentScore> scores, String split) {
        QuoteScores total = new QuoteScores();
        int documents = 0;
        for (DocumentScore score : scores) {
            if (score.split().equals(split) && score.quotes() != null) {
                total.addAll(score.quotes());
                documents++;
            }
        }
        if (documents > 0) {
            QuoteScores.Counts all = total.overall();
            out.printf(
                    Locale.ROOT,
                    "%-16s %3d documents  quotes found %.3f  right speaker %.3f  precision %.3f  alignment %s"
                            + " (%d gold)%n",
                    label,
                    documents,
                    all.recall(),
                    all.speakerShare(),
                    all.precision(),
                    // no pull or narrative quote of an interviewee in the gold: nothing to align
                    all.alignable() == 0 ? "–" : String.format(Locale.ROOT, "%.3f", all.alignment()),
                    all.gold());
        }
    }

    private static String figures(EntityScores scores) {
        EntityScores.Counts all = scores.overall();
        return String.format(
                Locale.ROOT, "P %.3f  R %.3f  F1 %.3f (right type)", all.precision(), all.recall(), all.f1());
    }

    private static void printSummary(PrintWriter out, String label, List<DocumentScore> scores, String split) {
        List<DocumentScore> part =
                scores.stream().filter(score -> score.split().equals(split)).toList();
        if (part.isEmpty()) {
            return;
        }
        Summary s = Summary.of(part);
        out.printf(
                Locale.ROOT,
                "%-16s %3d documents  exact %5.1f %%  boundary F1 %.3f (P %.3f, R %.3f)  headline %5.1f %%"
                        + "  interviewee %5.1f %%  interviewer %5.1f %%  publication %5.1f %%  right at ≥0.9 %5.1f %%"
                        + "  wrong warned %d/%d  rejected %d%n",
                label,
                s.documents(),
                100 * s.exactShare(),
                s.f1(),
                s.precision(),
                s.recall(),
                100.0 * s.headlines() / s.documents(),
                100.0 * s.interviewees() / s.documents(),
                100.0 * s.interviewers() / s.documents(),
                100.0 * s.publications() / s.documents(),
                100 * s.confidentShare(),
                s.wrongDocumentsWarned(),
                s.wrongDocuments(),
                s.rejected());
    }

    /** The checked-out commit, so that every report says what it measured; "unknown" outside a clone. */
    private static String gitCommit() {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty", "--abbrev=12")
                    .redirectErrorStream(true)
                    .start();
            String id = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            boolean done = git.waitFor(5, TimeUnit.SECONDS);
            return done && git.exitValue() == 0 ? id : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}

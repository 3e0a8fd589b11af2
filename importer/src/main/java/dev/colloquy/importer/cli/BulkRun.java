package dev.colloquy.importer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.colloquy.importer.ImportOptions;
import dev.colloquy.importer.Importer;
import dev.colloquy.importer.cli.ParseCommand.Outcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parse DIR}: every article file under the folders (and any files named beside them), read on every core
 * with a progress bar on standard error, then a table of what each gave and the totals, in file order whatever
 * order the files finished in. A file that fails is listed, and its one-line reason goes to standard error; the
 * exit code is 2 if any failed. Each worker thread has an importer of its own: stages may keep per-document
 * state (and statistical models are not safe to share between threads), so nothing is shared but the files.
 */
final class BulkRun {

    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".markdown", ".html", ".htm");

    private final CommandSpec spec;
    private final Supplier<Importer> importers;
    private final int threads;
    private final ImportOptions options;
    private final boolean strict;
    private final boolean json;
    private final boolean showProgress;

    BulkRun(
            CommandSpec spec,
            Supplier<Importer> importers,
            int threads,
            ImportOptions options,
            boolean strict,
            boolean json,
            boolean showProgress) {
        this.spec = spec;
        this.importers = importers;
        this.threads = threads;
        this.options = options;
        this.strict = strict;
        this.json = json;
        this.showProgress = showProgress;
    }

    /** One row of the summary. */
    record Row(String file, int exchanges, int warnings, String failure) {}

    /** The summary as JSON: the rows and the totals. */
    record Summary(List<Row> files, int parsed, int failed, int exchanges, int warnings) {}

    int run(List<Path> paths) {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files;
        try {
            files = collect(paths);
        } catch (UncheckedIOException e) {
            err.println(
                    "colloquy-importer: cannot walk the folder (" + e.getCause().getMessage() + ")");
            err.flush();
            return ColloquyImporterCli.EXIT_PARSE_FAILED;
        }
        ProgressBar bar = new ProgressBar(err, files.size(), showProgress);
        List<Row> rows = parseAll(files, bar);
        bar.done();
        rows.stream()
                .filter(row -> row.failure() != null)
                .forEach(row -> err.println("colloquy-importer: " + row.failure()));
        err.flush();
        Summary summary = new Summary(
                rows,
                (int) rows.stream().filter(row -> row.failure() == null).count(),
                (int) rows.stream().filter(row -> row.failure() != null).count(),
                rows.stream().mapToInt(Row::exchanges).sum(),
                rows.stream().mapToInt(Row::warnings).sum());
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(summary) : table(summary));
        out.flush();
        return summary.failed() > 0 ? ColloquyImporterCli.EXIT_PARSE_FAILED : 0;
    }

    /** Every file parsed on the worker threads; the rows in the files' order. */
    private List<Row> parseAll(List<Path> files, ProgressBar bar) {
        ThreadLocal<Importer> importer = ThreadLocal.withInitial(importers);
        AtomicInteger finished = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())));
        try {
            List<Future<Row>> pending = new ArrayList<>();
            for (Path file : files) {
                pending.add(workers.submit(() -> {
                    Row row = row(file, ParseCommand.parseOne(importer.get(), options, file, strict));
                    bar.show(finished.incrementAndGet(), file.getFileName().toString());
                    return row;
                }));
            }
            List<Row> rows = new ArrayList<>();
            for (Future<Row> row : pending) {
                rows.add(row.get());
            }
            return rows;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            // parseOne turns every failure of a file into a row; anything else is a defect, and is shown as one.
            throw new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private static Row row(Path file, Outcome outcome) {
        return outcome.article() == null
                ? new Row(file.toString(), 0, 0, outcome.failure())
                : new Row(
                        file.toString(),
                        outcome.article().interview().exchanges().size(),
                        outcome.article().warnings().size(),
                        outcome.failure());
    }

    static List<Path> collect(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile)
                        .filter(BulkRun::isArticleFile)
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    static String table(Summary summary) {
        int width = Math.max(
                4,
                summary.files().stream()
                        .mapToInt(row -> row.file().length())
                        .max()
                        .orElse(4));
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-" + width + "s  %9s  %8s  %s%n", "file", "exchanges", "warnings", "result"));
        for (Row row : summary.files()) {
            boolean failed = row.failure() != null;
            out.append(String.format(
                    "%-" + width + "s  %9s  %8s  %s%n",
                    row.file(),
                    failed && row.exchanges() == 0 ? "-" : String.valueOf(row.exchanges()),
                    failed && row.exchanges() == 0 ? "-" : String.valueOf(row.warnings()),
                    failed ? "FAILED" : "ok"));
        }
        out.append(String.format(
                "%ntotal: %d files, %d parsed, %d failed; %d exchanges, %d warnings%n",
                summary.files().size(), summary.parsed(), summary.failed(), summary.exchanges(), summary.warnings()));
        return out.toString();
    }

    private static String json(Summary summary) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records of strings and numbers always serialise", e);
        }
    }
}

package dev.colloquy.importer.cli;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.source.ImportWarning;
import dev.colloquy.core.source.Origin;
import dev.colloquy.importer.ImportException;
import dev.colloquy.importer.ImportOptions;
import dev.colloquy.importer.Importer;
import dev.colloquy.importer.layout.Layout;
import dev.colloquy.importer.layout.SourceFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parse PATH...}. Given files, it parses every one first and prints only when all succeeded, so
 * that a failure never leaves half a report or half a JSON document behind. Given a folder, it works through
 * every article file in it and ends with a summary table, since in bulk one bad file must not hide the rest.
 */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = "Parses interview articles and prints what was found.")
final class ParseCommand implements Callable<Integer> {

    enum Format {
        text,
        json
    }

    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "Article files (.txt, .md, .markdown, .html, .htm), or folders to walk for them.")
    List<Path> paths;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--layout",
            converter = LayoutConverter.class,
            paramLabel = "LAYOUT",
            description = "Use this layout instead of detecting it: unlabelled, qa, speakers, bold (questions in"
                    + " bold), text, markdown, html.")
    Layout layout;

    @Option(names = "--strict", description = "Treat warnings as failures (exit code 2, one line per file).")
    boolean strict;

    @Option(
            names = "--progress",
            description = "Show a progress bar on standard error when walking folders"
                    + " (shown anyway when the console is a terminal).")
    boolean progress;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "How many files to read at once when walking folders (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        ImportOptions options = new ImportOptions(layout);
        boolean bulk = paths.stream().anyMatch(Files::isDirectory);
        return bulk
                ? new BulkRun(
                                spec,
                                Importer::standard,
                                threads,
                                options,
                                strict,
                                format == Format.json,
                                progress || System.console() != null)
                        .run(paths)
                : parseAll(Importer.standard(), options);
    }

    private int parseAll(Importer importer, ImportOptions options) {
        List<ParsedArticle> parsed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path file : paths) {
            Outcome outcome = parseOne(importer, options, file, strict);
            if (outcome.failure() != null) {
                failures.add(outcome.failure());
            } else {
                parsed.add(outcome.article());
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!failures.isEmpty()) {
            failures.forEach(failure -> err.println("colloquy-importer: " + failure));
            err.flush();
            return ColloquyImporterCli.EXIT_PARSE_FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? JsonReport.render(parsed) : TextReport.render(parsed));
        out.flush();
        return 0;
    }

    /** One file's article, or the one line that says why there is none. */
    record Outcome(Path file, ParsedArticle article, String failure) {}

    static Outcome parseOne(Importer importer, ImportOptions options, Path file, boolean strict) {
        try {
            ParsedArticle article = importer.parse(read(file), origin(file), options);
            if (strict && !article.warnings().isEmpty()) {
                ImportWarning first = article.warnings().get(0);
                int count = article.warnings().size();
                return new Outcome(
                        file,
                        article,
                        file + ":" + first.line() + ": " + count + " warning"
                                + (count == 1 ? "" : "s") + " under --strict, the first: " + first.code() + ": "
                                + first.message().replaceAll("\\s+", " "));
            }
            return new Outcome(file, article, null);
        } catch (ImportException e) {
            return new Outcome(file, null, e.getMessage());
        } catch (RuntimeException | StackOverflowError bug) {
            // A defect of ours, not of the file: still one line, still no partial output.
            return new Outcome(file, null, file + ": internal error while parsing (" + bug + "); please report it");
        }
    }

    static Origin origin(Path file) {
        SourceFormat format = SourceFormat.ofFileName(file.toString());
        return new Origin(file.toString(), null, format == null ? null : format.mediaType());
    }

    private static byte[] read(Path file) throws ImportException {
        if (Files.isDirectory(file)) {
            throw new ImportException(file.toString(), "is a directory, not a file");
        }
        try {
            long size = Files.size(file);
            if (size > dev.colloquy.importer.source.SourceDecoder.MAX_BYTES) {
                // refused before reading, so that a huge file costs no memory
                throw new ImportException(
                        file.toString(),
                        "the file is " + size + " bytes; the limit is "
                                + dev.colloquy.importer.source.SourceDecoder.MAX_BYTES);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(
                    file.toString(),
                    "cannot be read (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    static final class LayoutConverter implements CommandLine.ITypeConverter<Layout> {
        @Override
        public Layout convert(String value) {
            Layout layout = Layout.named(value);
            if (layout == null) {
                throw new CommandLine.TypeConversionException("unknown layout '" + value + "'; use one of "
                        + String.join(
                                ", ",
                                Arrays.stream(Layout.values())
                                        .map(Layout::cliName)
                                        .toList()));
            }
            return layout;
        }
    }
}

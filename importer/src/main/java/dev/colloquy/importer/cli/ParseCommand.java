package dev.colloquy.importer.cli;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.source.Origin;
import dev.colloquy.importer.ImportException;
import dev.colloquy.importer.Importer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parse FILE...}: parses every file first and prints only when all succeeded, so that a failure
 * never leaves half a report or half a JSON document behind.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parses interview articles and prints what was found.")
final class ParseCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (UTF-8 text).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        Importer importer = Importer.standard();
        List<ParsedArticle> parsed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                parsed.add(importer.parse(read(file), new Origin(file.toString(), null, null)));
            } catch (ImportException e) {
                failures.add(e.getMessage());
            } catch (RuntimeException bug) {
                // A defect of ours, not of the file: still one line, still no partial output.
                failures.add(file + ": internal error while parsing (" + bug + "); please report it");
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

    private static byte[] read(Path file) throws ImportException {
        if (Files.isDirectory(file)) {
            throw new ImportException(file.toString(), "is a directory, not a file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(file.toString(), "cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }
}

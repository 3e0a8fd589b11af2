package dev.colloquy.importer;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.source.Origin;
import dev.colloquy.core.source.SourceDocument;
import dev.colloquy.importer.document.WorkingDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the documents the tests run on: the shipped corpus and the test resources. */
public final class TestDocuments {

    /** The sample article as shipped in the project's corpus folder. */
    public static final Path SAMPLE = Path.of("..", "corpus", "al-majalla-rutte-interview.txt");

    private TestDocuments() {}

    public static String sampleText() {
        try {
            return Files.readString(SAMPLE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String resource(String name) {
        try (InputStream in = TestDocuments.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SourceDocument document(String name, String text) {
        return SourceDocument.of(text, Origin.file(name));
    }

    /** The real-interview corpus of the evaluation (development documents only may be used in tests). */
    public static final Path CORPUS = Path.of("..", "evaluation", "corpus");

    /**
     * Parses a file of the real-interview corpus as a user would: its bytes, named as in the corpus, the type told
     * by its extension (".md" Markdown, ".html" HTML, anything else plain text).
     */
    public static ParsedArticle parseCorpusFile(String document) throws IOException, ImportException {
        String type =
                document.endsWith(".md") ? "text/markdown" : document.endsWith(".html") ? "text/html" : "text/plain";
        return Importer.standard()
                .parse(Files.readAllBytes(CORPUS.resolve(document)), new Origin(document, null, type));
    }

    public static ParsedArticle parse(String name, String text) throws ImportException {
        return Importer.standard().parse(document(name, text));
    }

    /** The text of each exchange's question, in order. */
    public static List<String> questions(ParsedArticle parsed) {
        return parsed.interview().exchanges().stream()
                .map(exchange -> exchange.question().text())
                .toList();
    }

    /** Runs the standard stages and returns the annotated document, for tests of single stages. */
    public static WorkingDocument annotate(String text) throws ImportException {
        return Importer.standard().pipeline().annotate(document("test.txt", text));
    }
}

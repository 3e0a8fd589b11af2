package dev.colloquy.importer;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.source.Origin;
import dev.colloquy.core.source.SourceDocument;
import dev.colloquy.importer.pipeline.Pipeline;
import dev.colloquy.importer.source.SourceDecoder;
import dev.colloquy.importer.transcript.TurnWeights;
import java.util.List;

/** The importer's entry point: source text in, {@link ParsedArticle} out. Thread-safe and stateless. */
public final class Importer {

    private final Pipeline pipeline;

    private Importer(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The importer with Colloquy's standard pipeline. */
    public static Importer standard() {
        return new Importer(Pipeline.standard());
    }

    /** The standard pipeline with other turn-scorer weights (see {@code colloquy-importer fit-weights}). */
    public static Importer withWeights(TurnWeights weights) {
        return new Importer(Pipeline.standard(weights));
    }

    public ParsedArticle parse(SourceDocument document) throws ImportException {
        return pipeline.run(document);
    }

    public ParsedArticle parse(SourceDocument document, ImportOptions options) throws ImportException {
        return pipeline.run(document, options, List.of());
    }

    /** Decodes and parses the bytes of a file. */
    public ParsedArticle parse(byte[] bytes, Origin origin) throws ImportException {
        return parse(bytes, origin, ImportOptions.DETECT);
    }

    /**
     * Decodes and parses the bytes of a file. Whatever the bytes, this ends in an article or an
     * {@link ImportException}: a defect of the importer's own is reported as one too, naming the document,
     * so that a caller working through a folder never sees a stack trace for one bad file.
     */
    public ParsedArticle parse(byte[] bytes, Origin origin, ImportOptions options) throws ImportException {
        SourceDecoder.Decoded decoded = SourceDecoder.read(bytes, origin);
        try {
            return pipeline.run(decoded.document(), options, decoded.warnings());
        } catch (RuntimeException | StackOverflowError bug) {
            throw new ImportException(origin.name(), "internal error while parsing (" + bug + "); please report it");
        }
    }

    public Pipeline pipeline() {
        return pipeline;
    }
}

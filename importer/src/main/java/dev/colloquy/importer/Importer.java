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
        return parse(read(bytes, origin), options);
    }

    /**
     * The bytes of a file as text, with what decoding had to guess (NOT_UTF8). Reading and parsing are two
     * steps so that a caller can recognise a text it has seen before (by its content hash) without parsing it.
     */
    public SourceDecoder.Decoded read(byte[] bytes, Origin origin) throws ImportException {
        return SourceDecoder.read(bytes, origin);
    }

    /** Text that is already a string (no bytes to decode), under the same limits as a file's bytes. */
    public SourceDecoder.Decoded read(String text, Origin origin) throws ImportException {
        return SourceDecoder.read(text, origin);
    }

    /** Parses what {@link #read} gave, keeping its warnings in the article's; defects as in {@link #parse(byte[], Origin, ImportOptions)}. */
    public ParsedArticle parse(SourceDecoder.Decoded decoded, ImportOptions options) throws ImportException {
        try {
            return pipeline.run(decoded.document(), options, decoded.warnings());
        } catch (RuntimeException | StackOverflowError bug) {
            throw new ImportException(
                    decoded.document().origin().name(),
                    "internal error while parsing (" + bug + "); please report it",
                    bug);
        }
    }

    public Pipeline pipeline() {
        return pipeline;
    }
}

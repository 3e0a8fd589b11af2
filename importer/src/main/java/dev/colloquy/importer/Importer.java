package dev.colloquy.importer;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.source.Origin;
import dev.colloquy.core.source.SourceDocument;
import dev.colloquy.importer.pipeline.Pipeline;
import dev.colloquy.importer.source.SourceDecoder;

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

    public ParsedArticle parse(SourceDocument document) throws ImportException {
        return pipeline.run(document);
    }

    /** Decodes and parses the bytes of a file. */
    public ParsedArticle parse(byte[] bytes, Origin origin) throws ImportException {
        return parse(SourceDecoder.decode(bytes, origin));
    }

    public Pipeline pipeline() {
        return pipeline;
    }
}

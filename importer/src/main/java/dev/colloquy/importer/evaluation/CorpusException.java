package dev.colloquy.importer.evaluation;

import java.nio.file.Path;

/** A corpus that cannot be evaluated as it stands: a missing document, an ill-formed gold file or split. */
public final class CorpusException extends Exception {

    public CorpusException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public CorpusException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}

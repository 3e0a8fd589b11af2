package dev.colloquy.api.ingest;

import io.smallrye.graphql.api.ErrorCode;

/** A document the importer could not turn into an article; the message is the importer's own one-liner. */
@ErrorCode("IMPORT_FAILED")
public class ImportFailedException extends RuntimeException {

    public ImportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

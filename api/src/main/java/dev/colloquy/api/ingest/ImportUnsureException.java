package dev.colloquy.api.ingest;

import io.smallrye.graphql.api.ErrorCode;

/** A strict import of a document the importer was unsure of: refused, nothing written. */
@ErrorCode("IMPORT_UNSURE")
public class ImportUnsureException extends RuntimeException {

    public ImportUnsureException(String message) {
        super(message);
    }
}

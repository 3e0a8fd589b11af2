package dev.colloquy.api.ingest;

import io.smallrye.graphql.api.ErrorCode;

/**
 * Other imports kept changing the same article (or taking the same slug) while this one was stored, more
 * often than it is worth trying again at once. Nothing of this import was written; sending it again works.
 */
@ErrorCode("IMPORT_CONFLICT")
public class ImportConflictException extends RuntimeException {

    public ImportConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}

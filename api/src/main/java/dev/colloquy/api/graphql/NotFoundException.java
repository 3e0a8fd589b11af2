package dev.colloquy.api.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** A well-formed ID of something that does not exist (any more: a re-import replaces exchanges). */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}

package dev.colloquy.api.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The request asks for something that cannot be meant: a malformed ID or cursor, a negative page size. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends RuntimeException {

    public BadUserInputException(String message) {
        super(message);
    }
}

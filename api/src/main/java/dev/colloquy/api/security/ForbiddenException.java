package dev.colloquy.api.security;

import io.smallrye.graphql.api.ErrorCode;

/** The caller is signed in but may not do this: a missing role, or someone else's lesson. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}

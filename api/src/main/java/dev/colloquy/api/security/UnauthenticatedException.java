package dev.colloquy.api.security;

import io.smallrye.graphql.api.ErrorCode;

/** A write was sent without credentials; reading needs none, writing needs a signed-in user. */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends RuntimeException {

    public UnauthenticatedException(String message) {
        super(message);
    }
}

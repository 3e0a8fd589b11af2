package dev.colloquy.api.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** A page larger than the service hands out in one response. */
@ErrorCode("PAGE_TOO_LARGE")
public class PageTooLargeException extends RuntimeException {

    public PageTooLargeException(int requested, int limit) {
        super("first: " + requested + " asks for more than " + limit + " items; page through with after: instead");
    }
}

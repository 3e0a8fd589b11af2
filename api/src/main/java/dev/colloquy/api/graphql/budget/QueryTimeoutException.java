package dev.colloquy.api.graphql.budget;

/**
 * Thrown by a field fetch that would start after the request's deadline. Clients never see it: the request's
 * answer is replaced by one TIMEOUT error.
 */
final class QueryTimeoutException extends RuntimeException {

    QueryTimeoutException() {
        super("the request's deadline has passed", null, false, false);
    }
}

package dev.colloquy.api.graphql;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The REST face of the api's error types: the same codes GraphQL puts in extensions.code, as a JSON body
 * {@code {"error": CODE, "message": …}} with the matching HTTP status, for every REST resource.
 */
public class RestErrors {

    /** The JSON body of every REST error. */
    public record Body(String error, String message) {}

    /** A JSON error answer with this status and code. */
    public static Response of(int status, String code, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new Body(code, message))
                .build();
    }

    @ServerExceptionMapper
    public Response badUserInput(BadUserInputException e) {
        return of(400, "BAD_USER_INPUT", e.getMessage());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return of(404, "NOT_FOUND", e.getMessage());
    }
}

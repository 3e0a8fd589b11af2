package dev.colloquy.api.graphql;

import dev.colloquy.api.validation.Violations;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The REST face of the api's error types: the same codes GraphQL puts in extensions.code, as a JSON body
 * {@code {"error": CODE, "message": …}} with the matching HTTP status, for every REST resource.
 */
public class RestErrors {

    /** The JSON body of every REST error. */
    public record Body(String error, String message) {
    }

    /** A JSON error answer with this status and code. */
    public static Response of(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new Body(code, message)).build();
    }

    @ServerExceptionMapper
    public Response badUserInput(BadUserInputException e) {
        return of(400, "BAD_USER_INPUT", e.getMessage());
    }

    /** Bean Validation at a service's edge: the same code and field-naming message as GraphQL gives. */
    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        return of(400, "BAD_USER_INPUT", Violations.message(e));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return of(404, "NOT_FOUND", e.getMessage());
    }
}

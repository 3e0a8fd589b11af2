package dev.colloquy.api.ingest;

import dev.colloquy.api.graphql.RestErrors;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The REST answers to the import's own errors, with the codes GraphQL gives them. */
public class ImportErrors {

    @ServerExceptionMapper
    public Response failed(ImportFailedException e) {
        return RestErrors.of(422, "IMPORT_FAILED", e.getMessage());
    }

    @ServerExceptionMapper
    public Response unsure(ImportUnsureException e) {
        return RestErrors.of(422, "IMPORT_UNSURE", e.getMessage());
    }

    /** Transient: the import lost every race with concurrent imports of the same article; sending it again works. */
    @ServerExceptionMapper
    public Response conflict(ImportConflictException e) {
        return Response.fromResponse(RestErrors.of(503, "IMPORT_CONFLICT", e.getMessage()))
                .header(HttpHeaders.RETRY_AFTER, 1)
                .build();
    }
}

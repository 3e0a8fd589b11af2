package dev.colloquy.api.ingest;

import dev.colloquy.api.article.Article;
import dev.colloquy.api.graphql.BadUserInputException;
import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.graphql.RestErrors;
import dev.colloquy.api.security.Roles;
import dev.colloquy.core.source.Origin;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** REST import for tools that would rather post a file than write a GraphQL mutation. */
@Path("/api/articles")
public class ArticleResource {

    @Inject
    ArticleIngest ingest;

    /** The JSON answer to a successful import. */
    public record Imported(String id, String slug, int exchanges, boolean created, int revision,
            List<ImportWarning> warnings) {
    }

    /**
     * Editors only: anonymous callers get 401 with a basic-auth challenge, other users 403. Answers 201 for a
     * new article or revision, 200 when exactly this text was imported before (also when it was posted
     * concurrently by someone else). revises takes the ID of the article the text is a new revision of.
     */
    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, "text/markdown"})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importArticle(byte[] body, @QueryParam("sourceUrl") String sourceUrl,
            @QueryParam("name") String name, @QueryParam("revises") String revises,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        ArticleClaim claim = ArticleClaim.posted(revises);
        ImportRequest request = ImportRequest.of("body", body == null ? new byte[0] : body, name, sourceUrl,
                baseType(contentType));
        ImportOutcome outcome = ingest.ingest(request.bytes(), request.origin(), claim);
        Imported imported = new Imported(GlobalId.of(Article.TYPE, outcome.articleKey()),
                outcome.slug(), outcome.exchangeCount(), outcome.created(), outcome.revision(),
                outcome.warnings().stream().map(ImportWarning::of).toList());
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK).entity(imported).build();
    }

    @ServerExceptionMapper
    public Response failed(ImportFailedException e) {
        return RestErrors.of(422, "IMPORT_FAILED", e.getMessage());
    }

    /** Transient: the import lost every race with concurrent imports of the same article; sending it again works. */
    @ServerExceptionMapper
    public Response conflict(ImportConflictException e) {
        return Response.fromResponse(RestErrors.of(503, "IMPORT_CONFLICT", e.getMessage()))
                .header(HttpHeaders.RETRY_AFTER, 1).build();
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return Origin.PLAIN_TEXT;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}

package dev.colloquy.api.ingest;

import dev.colloquy.api.article.Article;
import dev.colloquy.api.graphql.BadUserInputException;
import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** REST import for tools that would rather post a file than write a GraphQL mutation. */
@Path("/api/articles")
public class ArticleResource {

    @Inject
    ImportService imports;

    /** The JSON answer to a successful import. */
    public record Imported(
            String id, String slug, int exchanges, boolean created, int revision, List<ImportWarning> warnings) {}

    /**
     * Editors only: anonymous callers get 401 with a basic-auth challenge, other users 403. Answers 201 for a
     * new article or revision, 200 when exactly this text was imported before (also when it was posted
     * concurrently by someone else). revises takes the ID of the article the text is a new revision of;
     * layout and strict are the importer's options, as its command line has them (--layout qa, --strict).
     */
    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, "text/markdown"})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importArticle(
            byte[] body,
            @QueryParam("sourceUrl") String sourceUrl,
            @QueryParam("name") String name,
            @QueryParam("revises") String revises,
            @QueryParam("layout") String layout,
            @QueryParam("strict") String strict,
            @Context HttpHeaders headers) {
        ImportSettings settings = new ImportSettings(ImportLayout.of(layout), flag("strict", strict));
        ImportOutcome outcome = imports.importDocument(
                ImportCommand.ofBody(body, declaredType(headers), name, sourceUrl, revises, settings));
        Imported imported = new Imported(
                GlobalId.of(Article.TYPE, outcome.articleKey()),
                outcome.slug(),
                outcome.exchangeCount(),
                outcome.created(),
                outcome.revision(),
                outcome.warnings().stream().map(ImportWarning::of).toList());
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(imported)
                .build();
    }

    /** The type the client declared, without parameters (charset): a hint the importer weighs, not a decision. */
    private static String declaredType(HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        return type == null ? null : type.getType() + "/" + type.getSubtype();
    }

    /** A boolean query parameter: absent is false, true/false in any case, anything else BAD_USER_INPUT. */
    private static boolean flag(String parameter, String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new BadUserInputException(parameter + " must be true or false");
    }
}

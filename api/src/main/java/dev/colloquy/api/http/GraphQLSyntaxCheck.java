package dev.colloquy.api.http;

import dev.colloquy.api.graphql.ErrorCoding;
import dev.colloquy.api.graphql.ParsedQueries;
import graphql.parser.InvalidSyntaxException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a POST to /graphql whose body is not JSON, or whose query is not GraphQL, with a coded error. SmallRye
 * answers both itself before any instrumentation runs, with a fixed message and no {@code extensions.code}
 * ("Unparseable request", "Unparseable input document"), which breaks the rule that every error a client sees
 * has a code. Runs after the cross-site checks and sign-in, before SmallRye's route; a request that passes is
 * handed on with its body already read (SmallRye's body handler then has nothing left to do).
 */
@ApplicationScoped
public class GraphQLSyntaxCheck {

    /** After the filters (the cross-site guard has order -10) and before SmallRye's execution route (order 0). */
    private static final int ORDER = -5;

    private final String graphqlPath;
    private final long maxBodyBytes;
    private final ParsedQueries queries;

    GraphQLSyntaxCheck(
            ParsedQueries queries,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String root,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.graphqlPath = CrossSiteGuard.endpointPath(root);
        this.maxBodyBytes = maxBody.asLongValue();
        this.queries = queries;
    }

    void register(@Observes Router router) {
        router.post(graphqlPath)
                .order(ORDER)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes))
                .handler(this::check);
    }

    private void check(RoutingContext context) {
        String type = String.valueOf(context.request().getHeader(HttpHeaders.CONTENT_TYPE));
        // SmallRye reads every application/graphql… type, the +json ones too, as a bare query (see CrossSiteGuard).
        if (type.startsWith("application/graphql")) {
            checkQuery(context, context.body().asString());
            return;
        }
        Object request;
        try {
            request = JsonBody.of(context).orElse(null);
        } catch (DecodeException e) {
            refuse(context, 400, "the request body is not JSON: send {\"query\": \"…\", \"variables\": {…}}");
            return;
        }
        if (request instanceof JsonObject single) {
            checkQuery(context, single.getValue("query") instanceof String query ? query : null);
        } else if (request instanceof JsonArray) {
            context.next(); // a batch: SmallRye answers each operation in it
        } else {
            refuse(context, 400, "the request body must be a JSON object with a query");
        }
    }

    private void checkQuery(RoutingContext context, String query) {
        if (query == null) {
            context.next(); // persisted or malformed requests: SmallRye's own answer carries a code
            return;
        }
        try {
            queries.parse(query);
            context.next();
        } catch (InvalidSyntaxException e) {
            refuse(context, 200, "the query is not valid GraphQL: " + e.getMessage());
        }
    }

    private static void refuse(RoutingContext context, int status, String message) {
        JsonObject error = new JsonObject()
                .put("message", message)
                .put("extensions", new JsonObject().put("code", ErrorCoding.PARSE_FAILED));
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}

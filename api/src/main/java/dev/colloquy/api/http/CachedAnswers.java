package dev.colloquy.api.http;

import dev.colloquy.api.graphql.cache.ReadCache;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a kept answer ({@link ReadCache}) to a GraphQL request asked before since the corpus last changed,
 * without handing it to SmallRye: the request's parse, validation, cost analysis, execution and the answer's
 * serialisation are all skipped. Runs after the syntax check (which read the body) and before SmallRye's route.
 *
 * <p>Only plain anonymous requests are answered here: a POST of one JSON operation, with no Authorization
 * header and no session cookie (a signed-in reader's answer may depend on who they are). The answer is sent
 * with the Content-Type SmallRye chose for the same Accept header, learnt from SmallRye's own answers; until
 * one has been seen for an Accept header, requests with it go to SmallRye.
 */
@ApplicationScoped
public class CachedAnswers {

    /** After the syntax check (order -5), before SmallRye's execution route (order 0). */
    private static final int ORDER = -4;

    /** Distinct Accept headers whose answer type is remembered; clients send a handful. */
    private static final int ACCEPT_HEADERS = 64;

    private final String graphqlPath;
    private final String sessionCookie;
    private final ReadCache cache;
    private final Map<String, String> answerTypes = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > ACCEPT_HEADERS;
        }
    });

    CachedAnswers(
            ReadCache cache,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String root,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
                    String sessionCookie) {
        this.cache = cache;
        this.graphqlPath = CrossSiteGuard.endpointPath(root);
        this.sessionCookie = sessionCookie;
    }

    void register(@Observes Router router) {
        router.post(graphqlPath).order(ORDER).handler(this::answer);
    }

    private void answer(RoutingContext context) {
        Optional<JsonObject> operation = plainAnonymousOperation(context);
        if (operation.isEmpty()) {
            context.next();
            return;
        }
        String accept = String.valueOf(context.request().getHeader(HttpHeaders.ACCEPT));
        // The corpus generation is read from the database: never on the event loop.
        context.vertx()
                .executeBlocking(() -> keptAnswer(operation.get()), false)
                .onComplete(found -> {
                    String type = answerTypes.get(accept);
                    if (found.succeeded() && found.result().isPresent() && type != null) {
                        context.response()
                                .putHeader(HttpHeaders.CONTENT_TYPE, type)
                                .end(found.result().get());
                    } else {
                        learnAnswerType(context, accept);
                        context.next();
                    }
                });
    }

    private Optional<String> keptAnswer(JsonObject operation) {
        return cache.keyFor(
                        operation.getString("query"),
                        operation.getString("operationName"),
                        operation.getValue("variables"),
                        true)
                .flatMap(cache::kept);
    }

    /**
     * The request's one operation, if it is a plain anonymous JSON POST whose answer may have been kept; decided
     * from the parse alone, so that other requests (lessons, mutations) never wait for a worker thread here.
     */
    private Optional<JsonObject> plainAnonymousOperation(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getCookie(sessionCookie) != null
                || !String.valueOf(request.getHeader(HttpHeaders.CONTENT_TYPE)).startsWith("application/json")
                || context.body().buffer() == null) {
            return Optional.empty();
        }
        try {
            Object body = JsonBody.of(context).orElse(null);
            if (body instanceof JsonObject operation
                    && operation.getValue("query") instanceof String query
                    && (operation.getValue("operationName") == null
                            || operation.getValue("operationName") instanceof String)
                    && (operation.getValue("variables") == null
                            || operation.getValue("variables") instanceof JsonObject)
                    && cache.mayKeep(query, operation.getString("operationName"))) {
                return Optional.of(operation);
            }
        } catch (RuntimeException notJson) {
            // the syntax check has already answered such a body; nothing to keep
        }
        return Optional.empty();
    }

    /** Remembers the Content-Type SmallRye gives a successful answer for this Accept header. */
    private void learnAnswerType(RoutingContext context, String accept) {
        if (answerTypes.containsKey(accept)) {
            return;
        }
        context.addHeadersEndHandler(ignored -> {
            String type = context.response().headers().get(HttpHeaders.CONTENT_TYPE);
            if (context.response().getStatusCode() == 200 && type != null) {
                answerTypes.put(accept, type);
            }
        });
    }
}

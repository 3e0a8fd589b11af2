package dev.colloquy.api.http;

import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Closes cross-site request forgery. A page on another site can make a signed-in browser post a form or
 * text/plain body anywhere, with the user's basic-auth credentials, and without asking the server first; it
 * cannot send application/json cross-site without a CORS preflight, which this service does not grant. So:
 * <ul>
 * <li>POST /graphql must carry a GraphQL body type (GraphQL over HTTP: application/json,
 * application/graphql-response+json or application/graphql+json; or application/graphql); anything else,
 * text/plain, forms and multipart above all, is refused with 415 UNSUPPORTED_MEDIA_TYPE before it is read.</li>
 * <li>A state-changing request (any method but GET, HEAD and OPTIONS) that names the page it comes from
 * (Origin, or Referer when there is no Origin) must come from the service's own origin or one of
 * colloquy.http.allowed-origins; otherwise 403 FOREIGN_ORIGIN. Tools send neither header and pass, which
 * keeps POST /api/articles open to scripts that post text/plain with basic auth.</li>
 * <li>GET /graphql with a mutation is refused with 405 METHOD_NOT_ALLOWED (SmallRye answers GET at all only when
 * quarkus.smallrye-graphql.http.get.enabled is set).</li>
 * </ul>
 */
@ApplicationScoped
public class CrossSiteGuard {

    static final String FOREIGN_ORIGIN = "FOREIGN_ORIGIN";
    static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";

    /**
     * Runs before the routes, after Quarkus's own header filters (so that refusals carry the security headers too),
     * and before the CORS filter, which CrossOriginSharing installs when origins are listed: that filter answers a
     * foreign Origin with a bare 403, and clients and the tests rely on this guard's coded refusal instead. It also
     * runs before authentication, which answers a form sign-in (/j_security_check) by itself: another site's page
     * must not sign a browser in either.
     */
    private static final int PRIORITY = SecurityHandlerPriorities.CORS + 10;

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /**
     * The JSON body types of GraphQL over HTTP, and application/graphql, a bare query, which SmallRye also reads
     * (it reads every application/graphql… type so). None of them can be sent cross-site without a preflight.
     */
    private static final Set<String> GRAPHQL_BODY_TYPES = Set.of(
            "application/json", "application/graphql-response+json", "application/graphql+json", "application/graphql");

    private final List<WebOrigin> allowed;
    private final String graphqlPath;

    @Inject
    CrossSiteGuard(
            CrossSiteConfig config,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String graphqlRoot) {
        this.allowed = config.allowedOrigins().orElse(List.of()).stream()
                .map(origin -> WebOrigin.parse(origin)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "colloquy.http.allowed-origins: '" + origin + "' is no http(s) origin")))
                .toList();
        this.graphqlPath = endpointPath(graphqlRoot);
    }

    /** The GraphQL endpoint's path from quarkus.smallrye-graphql.root-path, however it is written ("graphql", "/graphql/"). */
    static String endpointPath(String graphqlRoot) {
        return "/" + graphqlRoot.replaceAll("^/+|/+$", "");
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        Optional<Refusal> refusal = refusal(context.request());
        if (refusal.isEmpty()) {
            context.next();
            return;
        }
        context.response()
                .setStatusCode(refusal.get().status())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(
                        isGraphQL(context.request())
                                ? refusal.get().asGraphQL()
                                : refusal.get().asRest());
    }

    private Optional<Refusal> refusal(HttpServerRequest request) {
        if (isGraphQL(request) && HttpMethod.GET.equals(request.method()) && isMutation(request.getParam("query"))) {
            return Optional.of(new Refusal(405, METHOD_NOT_ALLOWED, "mutations must be posted, never sent with GET"));
        }
        if (SAFE.contains(request.method())) {
            return Optional.empty();
        }
        Optional<String> page = claimedOrigin(request);
        if (page.isPresent() && !isAllowed(page.get(), request)) {
            return Optional.of(new Refusal(
                    403,
                    FOREIGN_ORIGIN,
                    "requests that change data are only accepted from"
                            + " this service's own pages and the configured allowed origins, not from " + page.get()));
        }
        if (isGraphQL(request) && HttpMethod.POST.equals(request.method()) && !isGraphQLBody(request)) {
            return Optional.of(new Refusal(
                    415,
                    UNSUPPORTED_MEDIA_TYPE,
                    "GraphQL requests must be posted as"
                            + " application/json (or application/graphql-response+json, application/graphql+json,"
                            + " application/graphql), not as "
                            + (bodyType(request).isEmpty() ? "a body without Content-Type" : bodyType(request))));
        }
        return Optional.empty();
    }

    /**
     * Whether a query sent with GET holds a mutation. SmallRye serves GET only when configured to, but a
     * mutation must never run from a link or an image address, whatever the configuration.
     */
    private static boolean isMutation(String query) {
        if (query == null) {
            return false;
        }
        try {
            return Parser.parse(query).getDefinitionsOfType(OperationDefinition.class).stream()
                    .anyMatch(operation -> operation.getOperation() == OperationDefinition.Operation.MUTATION);
        } catch (RuntimeException unparseable) {
            return false; // not a query at all; GraphQL answers it with its own error
        }
    }

    /** The page a browser says the request comes from: its Origin, or failing that the origin of its Referer. */
    private static Optional<String> claimedOrigin(HttpServerRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        return Optional.ofNullable(origin != null ? origin : request.getHeader(HttpHeaders.REFERER));
    }

    private boolean isAllowed(String page, HttpServerRequest request) {
        Optional<WebOrigin> origin = WebOrigin.parse(page);
        return origin.isPresent() && (origin.get().equals(own(request)) || allowed.contains(origin.get()));
    }

    /** The origin the request was sent to, as the browser saw it in its address bar (Host and scheme). */
    private static WebOrigin own(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        return authority == null ? null : WebOrigin.of(request.scheme(), authority.host(), authority.port());
    }

    private boolean isGraphQL(HttpServerRequest request) {
        String path = request.path();
        return path.equals(graphqlPath) || path.equals(graphqlPath + "/");
    }

    /**
     * Whether the body is declared as one of the GraphQL types. A browser joins a header set twice with ", ": GraphiQL
     * sets content-type and its page sets Content-Type, both application/json, and the service receives
     * "application/json, application/json". Such a list passes when every type in it is a GraphQL type; it cannot
     * come cross-site without a preflight, since a Content-Type holding a comma is none of the three a page may send
     * freely (text/plain, forms and multipart), and one that names text/plain among others is still refused.
     */
    private static boolean isGraphQLBody(HttpServerRequest request) {
        String declared = bodyType(request);
        return !declared.isEmpty()
                && Arrays.stream(declared.split(",", -1)).map(String::trim).allMatch(GRAPHQL_BODY_TYPES::contains);
    }

    /** The declared media type(s) without their parameters, e.g. "application/json" for "application/json; charset=UTF-8". */
    private static String bodyType(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null) {
            return "";
        }
        // parameters end at the next comma when the browser has joined several values
        return type.replaceAll(";[^,]*", "").trim().toLowerCase(Locale.ROOT);
    }

    /** Why a request is refused, in the error shape of the endpoint it was sent to. */
    record Refusal(int status, String code, String message) {

        /** As GraphQL clients read errors: errors[0].extensions.code. */
        String asGraphQL() {
            JsonObject error =
                    new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code));
            return new JsonObject().put("errors", new JsonArray().add(error)).encode();
        }

        /** As the REST endpoints answer errors (see ArticleResource.Failure). */
        String asRest() {
            return new JsonObject().put("error", code).put("message", message).encode();
        }
    }
}

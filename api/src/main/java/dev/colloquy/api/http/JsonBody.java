package dev.colloquy.api.http;

import io.vertx.core.json.DecodeException;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * A GraphQL request's body parsed as JSON once: the syntax check parses it and keeps the result on the request, and
 * the answer cache that runs after it reads it from there. Parsing the same kilobytes twice was a tenth of the
 * processor time of a kept answer.
 */
final class JsonBody {

    private static final String KEY = JsonBody.class.getName();

    private JsonBody() {}

    /**
     * The body as parsed JSON (an object, an array, or a bare value), or empty when there is no body.
     *
     * @throws DecodeException when the body is not JSON
     */
    static Optional<Object> of(RoutingContext context) {
        Optional<Object> kept = context.get(KEY);
        if (kept == null) {
            kept = context.body().buffer() == null
                    ? Optional.empty()
                    : Optional.ofNullable(context.body().buffer().toJson());
            context.put(KEY, kept);
        }
        return kept;
    }
}

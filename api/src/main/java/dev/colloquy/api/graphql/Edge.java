package dev.colloquy.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An item of a connection with its cursor. Generic once here; each node type has a one-line subclass
 * only because the schema needs a concrete name per type (ExchangeEdge, QuoteEdge…).
 */
public abstract class Edge<N> {

    private final String cursor;
    private final N node;

    protected Edge(String cursor, N node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("An opaque cursor for this item: pass it as after: to continue after it.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The item.")
    public N getNode() {
        return node;
    }
}

package dev.colloquy.api.exchange;

import dev.colloquy.api.graphql.Edge;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Names the generic {@link Edge} for the schema. */
@Type("ExchangeEdge")
@Description("One of exchanges with its cursor.")
public final class ExchangeEdge extends Edge<Exchange> {

    ExchangeEdge(String cursor, Exchange node) {
        super(cursor, node);
    }
}

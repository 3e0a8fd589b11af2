package dev.colloquy.api.quote;

import dev.colloquy.api.graphql.Edge;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Names the generic {@link Edge} for the schema. */
@Type("QuoteEdge")
@Description("One of quotes with its cursor.")
public final class QuoteEdge extends Edge<Quote> {

    QuoteEdge(String cursor, Quote node) {
        super(cursor, node);
    }
}

package dev.colloquy.api.quote;

import dev.colloquy.api.graphql.Connection;
import dev.colloquy.api.graphql.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Names the generic {@link Connection} for the schema. */
@Type("QuoteConnection")
@Description("A page of quotes, in the Relay connection format.")
public final class QuoteConnection extends Connection<Quote, QuoteEdge> {

    public QuoteConnection(Page<Quote> page) {
        super(page, Quote.TYPE, QuoteEdge::new);
    }
}

package dev.colloquy.api.exchange;

import dev.colloquy.api.graphql.Connection;
import dev.colloquy.api.graphql.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Names the generic {@link Connection} for the schema. */
@Type("ExchangeConnection")
@Description("A page of exchanges, in the Relay connection format.")
public final class ExchangeConnection extends Connection<Exchange, ExchangeEdge> {

    public ExchangeConnection(Page<Exchange> page) {
        super(page, Exchange.TYPE, ExchangeEdge::new);
    }
}

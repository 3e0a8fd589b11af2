package dev.colloquy.api.ingest;

import dev.colloquy.api.graphql.Connection;
import dev.colloquy.api.graphql.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Names the generic {@link Connection} for the schema. */
@Type("RejectedSourceConnection")
@Description("A page of rejected sources, in the Relay connection format.")
public final class RejectedSourceConnection extends Connection<RejectedSource, RejectedSourceEdge> {

    RejectedSourceConnection(Page<RejectedSource> page) {
        super(page, RejectedSource.TYPE, RejectedSourceEdge::new);
    }
}

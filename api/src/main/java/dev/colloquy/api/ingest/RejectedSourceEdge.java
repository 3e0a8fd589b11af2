package dev.colloquy.api.ingest;

import dev.colloquy.api.graphql.Edge;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Names the generic {@link Edge} for the schema. */
@Type("RejectedSourceEdge")
@Description("One rejected source with its cursor.")
public final class RejectedSourceEdge extends Edge<RejectedSource> {

    RejectedSourceEdge(String cursor, RejectedSource node) {
        super(cursor, node);
    }
}

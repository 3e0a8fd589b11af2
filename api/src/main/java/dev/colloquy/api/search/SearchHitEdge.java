package dev.colloquy.api.search;

import dev.colloquy.api.graphql.Edge;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Names the generic {@link Edge} for the schema. */
@Type("SearchHitEdge")
@Description("One search hit with its cursor.")
public final class SearchHitEdge extends Edge<SearchHit> {

    SearchHitEdge(String cursor, SearchHit node) {
        super(cursor, node);
    }
}

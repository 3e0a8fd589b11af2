package dev.colloquy.api.search;

import dev.colloquy.api.graphql.Connection;
import dev.colloquy.api.graphql.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/**
 * Names the generic {@link Connection} for the schema. A hit's cursor key is its rank: hits are not rows
 * with ids, and the next page of a search is "after rank n".
 */
@Type("SearchHitConnection")
@Description("A page of search hits, best first, in the Relay connection format.")
public final class SearchHitConnection extends Connection<SearchHit, SearchHitEdge> {

    static final String NODE_TYPE = "SearchHit";

    SearchHitConnection(Page<SearchHit> page) {
        super(page, NODE_TYPE, SearchHitEdge::new);
    }
}

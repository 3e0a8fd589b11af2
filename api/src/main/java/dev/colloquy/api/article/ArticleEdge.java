package dev.colloquy.api.article;

import dev.colloquy.api.graphql.Edge;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Names the generic {@link Edge} for the schema. */
@Type("ArticleEdge")
@Description("One of articles with its cursor.")
public final class ArticleEdge extends Edge<Article> {

    ArticleEdge(String cursor, Article node) {
        super(cursor, node);
    }
}

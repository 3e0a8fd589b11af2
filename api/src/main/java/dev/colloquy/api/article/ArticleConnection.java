package dev.colloquy.api.article;

import dev.colloquy.api.graphql.Connection;
import dev.colloquy.api.graphql.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Names the generic {@link Connection} for the schema. */
@Type("ArticleConnection")
@Description("A page of articles, in the Relay connection format.")
public final class ArticleConnection extends Connection<Article, ArticleEdge> {

    public ArticleConnection(Page<Article> page) {
        super(page, Article.TYPE, ArticleEdge::new);
    }
}
